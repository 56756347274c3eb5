// A lesson's worksheet as data: its quiz questions (src/lib/quiz/catalog, answers computed by the same builders the
// lesson uses), its checked exercises (src/lib/exercises) and the figures to print (src/lib/lessons/figures.ts).
import { exercisesFor, type Exercise } from '../exercises';
import { formatExpected, questionOf, quizzesFor, type QuizQuestion } from '../quiz';
import { figuresFor, type LessonFigure } from '../lessons/figures';

/** One question of the worksheet: the prompt as the lesson shows it (Markdown with `code` and $math$) and its question. */
export interface WorksheetQuestion {
  id: string;
  prompt: string;
  question: QuizQuestion;
  /** The answer as the answer key prints it ("[1, 28, 28, 6]", "3,456"). */
  answer: string;
}

/** A figure of the lesson to draw statically: the component and its props, as the lesson draws it. */
export type WorksheetFigure = Pick<LessonFigure, 'kind' | 'props'>;

/** Everything a lesson's worksheet and answer key print. */
export interface Worksheet {
  lesson: string;
  questions: WorksheetQuestion[];
  exercises: Exercise[];
  figures: WorksheetFigure[];
}

/** The worksheet of lesson `lesson` (a route segment such as `depthwise`). */
export function worksheetOf(lesson: string): Worksheet {
  return {
    lesson,
    questions: quizzesFor(lesson).map((quiz) => {
      const question = questionOf(quiz.ask);
      return { id: quiz.id, prompt: quiz.prompt, question, answer: formatExpected(question) };
    }),
    exercises: exercisesFor(lesson),
    figures: figuresFor(lesson).map(({ kind, props }) => ({ kind, props })),
  };
}
