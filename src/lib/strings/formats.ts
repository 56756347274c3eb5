/** Reader-facing refusals of a file (a results export, a class pool, the shipped metrics) that does not fit its format. */
import { formatBytes } from './units';

/** Every sentence that refuses a file, in one place: each names the field or the limit that failed. */
export const formatStrings = {
  tooLarge: (bytes: number, limit: number) => `the file is ${formatBytes(bytes, { unit: 'MB' })}, more than the ${formatBytes(limit, { unit: 'MB' })} a results file can be.`,
  empty: 'the file is empty.',
  notJson: (detail: string) => `it is not valid JSON, perhaps truncated or corrupted (${detail}).`,
  missing: (path: string) => `it has no "${path}" field.`,
  wrongType: (path: string, expected: string) => `its "${path}" should be ${expected}.`,
  notAllowed: (path: string) => `its "${path}" is not a value this page accepts.`,
  /** A check across fields failed (a run's epochs against its configuration, a seed twice): the check's own reason. */
  refusedBecause: (path: string, reason: string) => `its "${path}" is refused: ${reason}.`,
  labResultsForeign: 'it is not a Depthwise Lab results file (no "schema": "depthwise-lab-results").',
  badVersion: (version: string) => `its version ${version} is not one this page knows.`,
  futureVersion: (version: number, known: number) => `it was written by a newer lab (format version ${version}); this page reads version ${known}.`,
  /** What a field should be, by the kind of value its schema expects. */
  expected: {
    /** By the type a schema expects, as zod names it. */
    types: { number: 'a number', int: 'a whole number', string: 'text', boolean: 'true or false', object: 'an object', record: 'an object', array: 'a list', tuple: 'a list', null: 'null' },
    oneOf: (values: readonly string[]) => `one of ${values.join(', ')}`,
    atLeast: (minimum: number, what: 'number' | 'list') => (what === 'list' ? `a list of at least ${minimum}` : `at least ${minimum}`),
    atMost: (maximum: number, what: 'number' | 'list') => (what === 'list' ? `a list of at most ${maximum}` : `at most ${maximum}`),
    moreThan: (minimum: number) => `more than ${minimum}`,
    lessThan: (maximum: number) => `less than ${maximum}`,
  },
  /** Why a training results file (format 2) is refused: checks across its fields. */
  experiment: {
    digitString: 'a string of the digits 0–9',
    /** A run, named so the reader can find it in the file, then what is wrong with it. */
    run: (index: number, configuration: string, network: string, seed: number, reason: string) => `invalid run ${index} (${configuration}, ${network}, seed ${seed}): ${reason}`,
    duplicate: 'a second run of this configuration, network and seed',
    noConfiguration: (name: string) => `the file has no configuration "${name}"`,
    epochs: (found: number, expected: number) => `${found} epochs, its configuration has ${expected}`,
    noCosts: (network: string) => `the file has no cost figures for "${network}"`,
    predictions: (found: number, digits: number) => `${found} test predictions for ${digits} test digits`,
  },
  /** A file refused at build time: its path, then why. */
  inFile: (file: string, reason: string) => `${file}: ${reason}`,
} as const;
