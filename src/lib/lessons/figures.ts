// The lessons' figures that a worksheet reprints, as data: the lesson writes `<Stepper {...figureProps('dw-stepper')} />`
// and the worksheet draws the same figure from the same props, so paper and screen cannot drift apart.
import type { QuizLesson } from '../quiz/types';
import { MOBILENET_V2_EXPANSION } from '../sources/citations';

/** A prop value of a figure: what the figure components take. */
export type FigureProp = string | number | boolean | readonly string[];

/** One figure of a lesson: the component that draws it and its props, in the lesson's page order. */
export interface LessonFigure {
  lesson: QuizLesson;
  kind: 'Stepper' | 'KernelView' | 'FeatureMaps' | 'BlockDiagram';
  props: Readonly<Record<string, FigureProp>>;
}

const FIGURES = {
  'conv-stepper': { lesson: 'convolution', kind: 'Stepper', props: { id: 'conv-stepper', mode: 'standard' } },
  'dw-stepper': { lesson: 'depthwise', kind: 'Stepper', props: { id: 'dw-stepper', mode: 'depthwise' } },
  'dw-kernels': { lesson: 'depthwise', kind: 'KernelView', props: { preset: 'sobelX', channels: 3 } },
  'dw-maps': { lesson: 'depthwise', kind: 'FeatureMaps', props: { id: 'dw-maps', photo: 'colour-shapes', preset: 'mixed' } },
  'pw-stepper': { lesson: 'pointwise', kind: 'Stepper', props: { id: 'pw-stepper', mode: 'pointwise' } },
  'pw-maps': { lesson: 'pointwise', kind: 'FeatureMaps', props: { id: 'pw-maps', photo: 'colour-shapes', preset: 'mixed', pointwise: 4 } },
  'sep-stepper': { lesson: 'separable', kind: 'Stepper', props: { id: 'sep-stepper', mode: 'separable', modes: ['separable', 'depthwise', 'standard', 'pointwise'] } },
  'sep-v1-diagram': { lesson: 'separable', kind: 'BlockDiagram', props: { id: 'sep-v1-diagram', block: 'mobilenet-v1', height: 32, inChannels: 64, outChannels: 128 } },
  'sep-v2-diagram': { lesson: 'separable', kind: 'BlockDiagram', props: { id: 'sep-v2-diagram', block: 'inverted-residual', height: 16, inChannels: 24, expansion: MOBILENET_V2_EXPANSION } },
} as const satisfies Record<string, LessonFigure>;

/** A figure's name in the lessons (`dw-stepper`, `pw-maps`, …). */
export type FigureName = keyof typeof FIGURES;

/** Every lesson figure a worksheet reprints, by name, in lesson order and page order. */
export const LESSON_FIGURES: Readonly<Record<FigureName, LessonFigure>> = FIGURES;

/** The props of figure `name`, for the lesson to spread onto its component. */
export function figureProps<Name extends FigureName>(name: Name): (typeof FIGURES)[Name]['props'] {
  return FIGURES[name].props;
}

/** The figures of one lesson, in page order. */
export function figuresFor(lesson: string): LessonFigure[] {
  return Object.values(LESSON_FIGURES).filter((figure) => figure.lesson === lesson);
}
