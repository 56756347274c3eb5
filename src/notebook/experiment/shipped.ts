// The shipped reference (src/data/experiment-reference.json), read once at build time through its format:
// a file that does not fit stops the build, naming the file and the field.
import data from '../../data/experiment-reference.json';
import { readExperimentFile, type ExperimentResults } from '../../lib/train/experiment-format';
import { referenceEvidence, type ReferenceEvidence } from '../../lib/train/reference-evidence';

/** Where the shipped reference lives, as build errors name it. */
export const SHIPPED_REFERENCE_PATH = 'src/data/experiment-reference.json';

let reference: ExperimentResults | undefined;
let evidence: ReferenceEvidence | undefined;

/** The shipped reference, checked. */
export function shippedReference(): ExperimentResults {
  reference ??= readExperimentFile(data, SHIPPED_REFERENCE_PATH);
  return reference;
}

/** The shipped reference's evidence under the experiment's configuration (computed once per build). */
export function shippedEvidence(): ReferenceEvidence {
  evidence ??= referenceEvidence(shippedReference());
  return evidence;
}
