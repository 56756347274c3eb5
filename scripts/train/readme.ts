// `npm run train:readme`: rewrites README.md's sentence on how long the shipped reference took, from the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { readExperimentFile } from '../../src/lib/train/experiment-format';
import { referenceDurationSentence, withReferenceDuration } from '../../src/lib/train/readme-reference';

const FILE = 'src/data/experiment-reference.json';
const sentence = referenceDurationSentence(readExperimentFile(JSON.parse(readFileSync(FILE, 'utf8')), FILE));
writeFileSync('README.md', withReferenceDuration(readFileSync('README.md', 'utf8'), sentence));
console.log(sentence);
