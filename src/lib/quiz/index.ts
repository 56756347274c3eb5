export { parseCount, parseShape, type Parsed } from './parse';
export { formatShapeAnswer } from './shape-answer';
export { formatAnswer, formatExpected, type KnownMistake, type QuizQuestion, type QuizVerdict } from './question';
export { multiplyAddQuestion, parameterQuestion, shapeQuestion, type ShapeQuestionOptions } from './questions';
export { explainDepthwiseShape, type ShapeExplanation, type ShapeFieldLabels, type ShapeFields } from './shape-formula';
export { checkSealedAnswer, openReveal, sealQuestion, type QuizReveal, type SealedQuestion } from './sealed';
export { questionOf, quizById, quizzes, quizzesFor } from './catalog';
export type { Quiz, QuizAsk, QuizLesson } from './types';
export { promptRuns, type PromptRun } from './prompt';
