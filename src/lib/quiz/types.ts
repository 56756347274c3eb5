// What a lesson's quiz is, as data: the prompt a reader answers and the layer its answer is computed from.
import type { ConvWorkload, LayerSpec } from '../cost';
import type { ShapeQuestionOptions } from './questions';

/** The lessons that carry quizzes, by route segment (`depthwise` → `/depthwise/`). */
export type QuizLesson = 'convolution' | 'depthwise' | 'pointwise' | 'separable' | 'cost' | 'effective';

/** What a quiz asks, and of which layer: its answer and known mistakes are computed from this by src/lib/quiz/questions.ts. */
export type QuizAsk =
  | { builder: 'parameters'; layer: LayerSpec }
  | { builder: 'shape'; layer: ShapeQuestionOptions }
  | { builder: 'multiplyAdds'; layer: ConvWorkload };

/** One "predict, then check" question of a lesson: `<Quiz id="…" />` in the lesson's MDX shows it. */
export interface Quiz {
  /** Stable id, unique on the site: the quiz's element ids and its seal's salt derive from it. */
  id: string;
  lesson: QuizLesson;
  /** What the reader is asked, as Markdown with `code` and $math$ spans (the lesson and the worksheet print it). */
  prompt: string;
  ask: QuizAsk;
}
