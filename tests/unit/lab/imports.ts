// One import point for the lab tests that need strings next to the pure core.
export * from '../../../src/lib/lab';
export { labStrings as labStringsForTest } from '../../../src/lib/strings/lab';
