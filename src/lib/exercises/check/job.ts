// The `check` job of the notebook worker, as data: its input and its result, as zod/mini schemas.
import * as z from 'zod/mini';

/**
 * Input of a check: which exercise (its checker names the function to read from the cells' shared scope) and the
 * code the exercise cell just ran, so a function left in the scope by an earlier version of the cell is not checked.
 */
export const CheckInputSchema = z.object({ exerciseId: z.string(), code: z.string() });

/** A check's input. */
export type CheckInput = z.infer<typeof CheckInputSchema>;

/** Result of a check: the verdict in a student's words, and the line (in the exercise cell) where their function threw. */
export const CheckResultSchema = z.object({
  status: z.enum(['pass', 'fail', 'error']),
  passed: z.int(),
  total: z.int(),
  caseNumber: z.optional(z.int()),
  message: z.string(),
  line: z.optional(z.int()),
});

/** A check's result. */
export type CheckResult = z.infer<typeof CheckResultSchema>;
