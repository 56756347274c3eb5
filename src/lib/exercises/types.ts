// What a checked exercise is, as data: the prompt, the cell's starter code, the reference solution and hints.

/** The lessons that carry exercises, by route segment (`depthwise` → `/depthwise/`). */
export type ExerciseLesson = 'convolution' | 'depthwise' | 'pointwise' | 'separable' | 'cost' | 'effective';

/** One checked exercise: the student writes `functionName` in an editable cell, and Check runs it against the reference. */
export interface Exercise {
  /** Stable id, used as `data-exercise="<id>"`, as the cell id and as the progress key. */
  id: string;
  /** The lesson it belongs to. */
  lesson: ExerciseLesson;
  title: string;
  /** Minutes a student typically needs, for the teacher's lesson plan. */
  minutes: number;
  /** Plain text (may contain `code` spans): what the student must write. */
  prompt: string;
  /** The function the student's cell must define. */
  functionName: string;
  /** Starter code for the editable cell: runs, defines the function, and fails Check. */
  starter: string;
  /** Reference solution (not shipped to the student's page in class mode). */
  solution: string;
  /** Hints, revealed one at a time, from a nudge to nearly the answer. */
  hints: string[];
}
