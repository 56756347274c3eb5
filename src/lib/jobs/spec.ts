/**
 * What a job is, as data: the schemas of its input, its result, each event it emits by name and
 * the detail it reports beside a failure. The page's `JobWorker.start()` and the worker's
 * `defineJob()` take their types from these schemas, and check with them at run time, so a job's
 * name, input, events and result cannot drift between the two sides.
 *
 * This module holds types and three small helpers (checking with a schema it is given, and summing up a
 * refusal for developers): importing it costs a page no schema code. The schemas themselves live in each feature's protocol module, which the
 * job table (./table.ts) loads with the worker.
 */
import type * as z from 'zod/mini';
import { runtimeStrings } from '../strings/runtime';

/** Any schema of a job's data. */
export type Schema = z.ZodMiniType;

/** One job: the schemas the page and the worker both check its data with. */
export interface JobSpec {
  /** What the page sends with `start` (checked by the worker before the job runs). */
  readonly input: Schema;
  /** What the job returns (checked by the page before `onEnd` sees it). */
  readonly result: Schema;
  /** Each event the job may emit, by name (checked by the page; a malformed one is reported and dropped). */
  readonly events: { readonly [name: string]: Schema };
  /** The job's own detail beside a failure's name and message (a cell's located error); `NO_DETAIL` when it has none. */
  readonly failure: Schema;
}

/** The jobs one worker runs, by name. */
export type JobGroup = { readonly [name: string]: JobSpec };

/** A job name of group `G`. */
export type JobName<G extends JobGroup> = keyof G & string;

/** What the page sends to start job `S`. */
export type InputOf<S extends JobSpec> = z.input<S['input']>;

/** Job `S`'s input as its run function receives it (parsed). */
export type ParsedInputOf<S extends JobSpec> = z.output<S['input']>;

/** What job `S` returns on the worker side (nothing, for a job whose result is `undefined`). */
export type ReturnOf<S extends JobSpec> = undefined extends z.input<S['result']> ? z.input<S['result']> | void : z.input<S['result']>;

/** Job `S`'s result as the page receives it (parsed). */
export type ResultOf<S extends JobSpec> = z.output<S['result']>;

/** The names of job `S`'s events. */
export type EventName<S extends JobSpec> = keyof S['events'] & string;

/** Event `E` of job `S` as the worker emits it. */
export type EmitOf<S extends JobSpec, E extends EventName<S>> = z.input<S['events'][E]>;

/** Event `E` of job `S` as the page receives it (parsed). */
export type EventOf<S extends JobSpec, E extends EventName<S>> = z.output<S['events'][E]>;

/** Job `S`'s failure detail as the page receives it (undefined for a job without one). */
export type FailureOf<S extends JobSpec> = z.output<S['failure']>;

/** Job `S`'s failure detail as the worker reports it. */
export type FailureInputOf<S extends JobSpec> = z.input<S['failure']>;

/** What checking data with a schema gave: the parsed value, or the issues (where it does not fit, and how). */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: readonly SchemaIssue[] };

/**
 * `data` checked by `schema`. Inside generic code, name the schema's type (`checkWith<S['result']>(spec.result, …)`):
 * TypeScript infers a generic property's schema as its constraint, and the output would widen to unknown.
 */
export function checkWith<S extends Schema>(schema: S, data: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: parsed.error.issues };
}

/** `data` parsed by `schema`, or undefined when it does not fit (the one "parse or nothing" of the site). */
export function parseWith<S extends Schema>(schema: S, data: unknown): z.output<S> | undefined {
  const checked = checkWith<S>(schema, data);
  return checked.ok ? checked.value : undefined;
}

/** One schema issue as zod reports it (the parts read here). */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  /** The schema's own message; a custom check's names what is wrong with the field. */
  readonly message?: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
}

/** A short, developer-facing account of the first of `issues`: where, and what was expected (`"network": expected one of standard, separable`). */
export function issueSummary(issues: readonly SchemaIssue[]): string {
  const [issue] = issues;
  if (!issue) return runtimeStrings.noIssue;
  const where = issue.path.length > 0 ? `"${issue.path.map(String).join('.')}": ` : '';
  // A custom check's message says what the field should be (the schema's own words, from src/lib/strings).
  const custom = issue.code === 'custom' && issue.message ? issue.message : undefined;
  const expected = issue.values ? runtimeStrings.expectedOneOf(issue.values.map(String)) : custom ?? (issue.expected === undefined ? issue.code : String(issue.expected));
  return `${where}expected ${expected}`;
}
