/**
 * A schema's first objection to a file, as the reader-facing sentence that names the field:
 * `it has no "results[3].summary" field.`, `its "status" should be one of complete, cancelled, failed.`
 * Reads zod's issues as plain data, so it costs no schema code.
 */
import type { SchemaIssue } from '../jobs/spec';
import { formatStrings } from '../strings/formats';

/** Where `issue` is, written as a reader would look for it: `results[3].summary.median`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function expectedOf(issue: SchemaIssue & { minimum?: unknown; maximum?: unknown; origin?: unknown; inclusive?: unknown }): string | undefined {
  const { expected } = formatStrings;
  if (issue.values) return expected.oneOf(issue.values.map(String));
  const what = issue.origin === 'array' ? 'list' : 'number';
  const exclusive = issue.inclusive === false;
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') return exclusive ? expected.moreThan(issue.minimum) : expected.atLeast(issue.minimum, what);
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') return exclusive ? expected.lessThan(issue.maximum) : expected.atMost(issue.maximum, what);
  const types: Readonly<Record<string, string>> = expected.types;
  return issue.code === 'invalid_type' && typeof issue.expected === 'string' && Object.hasOwn(types, issue.expected) ? types[issue.expected] : undefined;
}

/**
 * The sentence for the first of `issues` found checking `data`: a missing field, or what the field should be.
 * `label` names a field's path for the reader (default {@link fieldPath}; a packed format maps its short keys).
 */
export function describeIssue(issues: readonly SchemaIssue[], data: unknown, label: (path: readonly PropertyKey[]) => string = fieldPath): string {
  const issue = issues[0];
  if (!issue) return formatStrings.notAllowed('');
  const path = label(issue.path);
  if (issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(data, issue.path) === undefined) return formatStrings.missing(path);
  if (issue.code === 'custom' && issue.message) return formatStrings.refusedBecause(path, issue.message);
  const expected = expectedOf(issue);
  return expected === undefined ? formatStrings.notAllowed(path) : formatStrings.wrongType(path, expected);
}
