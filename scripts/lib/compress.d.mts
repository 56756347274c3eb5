/** Writes `<file>.br` and `<file>.gz` beside each compressible file of `dist` where that saves bytes. */
export function precompress(dist: string): Promise<void>;
