/** UI strings of checked exercises: verdicts in a student's words, the exercise controls and progress. */
import { plural } from './units';
export const exerciseStrings = {
  // Verdicts (built by src/lib/exercises/check)
  passed: (total: number) => `Passed ${total} of ${total}: your function matches the reference on every case.`,
  caseHeading: (number: number, total: number, label: string) => `Case ${number} of ${total} (${label}):`,
  valueMismatch: (position: string, expected: string, got: string) => `${position} should be ${expected}, but yours is ${got}.`,
  returnMismatch: (call: string, expected: string, got: string) => `${call} should return ${expected}, but your function returned ${got}.`,
  shapeMismatch: (got: string, expected: string, axis: string) => `your result has shape ${got}, but it should be ${expected} (${axis}).`,
  notArray: (position: string, got: string) => `${position} should be a list, but yours is ${got}.`,
  notNumber: (position: string, got: string) => `${position} should be a number, but yours is ${got}.`,
  returnedNothing: 'your function returned undefined: did you forget a return?',
  threw: (number: number, total: number, label: string) => `Your function threw an error in case ${number} of ${total} (${label}).`,
  missingFunction: (name: string) => `The cell does not define a function named ${name}: keep the name from the starter code.`,
  /** A long list as a student reads it in a verdict, and where it sits. */
  listOf: (length: number) => `a list of ${length}`,
  listAt: (length: number, where: string) => `a list of ${length} at ${where}`,
  raggedLists: 'ragged lists',
  /** Which axis of a nested result is off. */
  levelsOfLists: (got: number, expected: number) => `${got} levels of lists instead of ${expected}`,
  axisOff: (axis: string, got: number | undefined, expected: number | undefined) => `${axis} is ${got} instead of ${expected}`,
  /** The label of a check case: the shapes and settings it runs with. */
  cases: {
    convolution: (input: string, filterHeight: number, filterWidth: number, chMul: number, stride: number, pad: string) =>
      `input ${input}, ${filterHeight}×${filterWidth} filter, chMul ${chMul}, stride ${stride}, pad '${pad}'`,
    pointwise: (input: string, inChannels: number, outChannels: number) => `input ${input}, weights [${inChannels}][${outChannels}]`,
    withOutChannels: (setting: string, outChannels: number) => `${setting}, ${outChannels} output channels`,
    kernels: (depthwise: string, pointwise: string) => `depthwise filter ${depthwise}, pointwise filter ${pointwise}`,
  },
  passedBefore: (count: number) => (count === 0 ? '' : ` It passed the ${plural(count, { one: '# case', other: '# cases' })} before this one.`),
  // Controls
  check: 'Check',
  hint: 'Hint',
  nextHint: 'Next hint',
  noMoreHints: 'No more hints',
  hintHeading: (number: number, total: number) => `Hint ${number} of ${total}`,
  showSolution: 'Show solution',
  confirmSolution: 'Replace your code with the solution? Your own code stays one click away.',
  confirmYes: 'Yes, show the solution',
  confirmNo: 'Cancel',
  backToMine: 'Back to my code',
  toSolution: 'Show the solution again',
  solutionShown: 'The solution is in the cell. Run Check to see it pass.',
  solutionMissing: 'The solution is only on the teacher\'s link in class mode.',
  checking: 'Checking…',
  stopCheck: 'Stop check',
  checkStopped: 'Check stopped. The runtime was restarted; Check again when your function is ready.',
  checkTimedOut: (seconds: number) => `Your function was still running after ${seconds} s, so the check was stopped (an endless loop?). The runtime was restarted.`,
  verdictError: (detail: string) => `Your code stopped with an error: ${detail}`,
  solved: 'Solved',
  solvedWithSolution: 'Solved with the solution shown',
  notSolved: 'Not solved yet',
  exerciseHeading: (title: string) => `Exercise: ${title}`,
} as const;
