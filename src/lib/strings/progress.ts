/** UI strings of exercise progress, apart from the other exercise strings so the counters every page shows stay tiny. */
export const progressStrings = {
  solvedOf: (solved: number, total: number) => `${solved} of ${total} solved`,
} as const;
