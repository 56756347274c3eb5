/** UI strings of exercise progress, apart from the other exercise strings so the counters every page shows stay tiny. */
export const progressStrings = {
  /** A lesson's exercises solved unaided, of all, and (when there are any) how many passed only with the solution shown. */
  solvedOf: (solved: number, total: number, withSolution = 0) => `${solved} of ${total} solved${withSolution > 0 ? ` · ${withSolution} with the solution shown` : ''}`,
} as const;
