// `npm run train:readme`: rewrites README.md's sentence on how long the shipped reference took, and its findings, from the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { readExperimentFile } from '../../src/lib/train/experiment-format';
import { README_FINDINGS_MARKERS, referenceDurationSentence, referenceFindings, withReferenceDuration } from '../../src/lib/train/readme-reference';

const FILE = 'src/data/experiment-reference.json';
const file = readExperimentFile(JSON.parse(readFileSync(FILE, 'utf8')), FILE);
const sentence = referenceDurationSentence(file);
const findings = referenceFindings(file);
writeFileSync('README.md', withReferenceDuration(withReferenceDuration(readFileSync('README.md', 'utf8'), sentence), findings, README_FINDINGS_MARKERS));
console.log(`${sentence}\n\n${findings}`);
