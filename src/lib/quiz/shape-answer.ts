// How the lessons, quizzes and widgets write a shape: [1, 28, 28, 3]. Apart from the answer parser (and its
// sentences), so a widget that only writes shapes ships only this.
import { formatShape } from '../conv/tensor';

/** Writes a shape the way the lessons do: [1, 28, 28, 3] (the conv library's formatShape, under the quiz's name). */
export const formatShapeAnswer: (shape: readonly number[]) => string = formatShape;
