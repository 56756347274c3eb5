/** Reader-facing strings of training results links: why a link is refused, naming the problem. */
import { trainStrings } from './train';
import { plural } from './units';

const net = (network: string) => trainStrings.networkNames[network] ?? network;

export const runLinkStrings = {
  noLinkPart: 'This is not a training results link: it has no part starting with “t1.” after the #.',
  tooLong: (length: number, max: number) => `This link is ${length.toLocaleString('en')} characters long; a training results link is at most ${max.toLocaleString('en')}.`,
  notBase64: 'This link’s code holds characters a training results link never has: it may have been changed when it was copied.',
  cutShort: (field: string) => `This link is cut short (it ends before ${field}): copy the whole link, up to its last character.`,
  checksum: 'This link was changed or cut when it was copied: its check digits do not match. Copy the whole link again.',
  newer: (version: number) => `This link was written by a newer version of the site (t${version}.); this page reads t1. links. Reload the page to get the newest version.`,
  extraBytes: (count: number) => `This link holds ${plural(count, { one: '# byte', other: '# bytes' })} more than its runs need, so it is not one the site wrote.`,
  unknown: (what: string, index: number) => `This link names an unknown ${what} (number ${index}).`,
  noRuns: 'This link holds no trained network.',
  repeatedNetwork: (network: string) => `This link holds two runs of the ${net(network)}.`,
  epochCount: (network: string, epochs: number, configuration: string, expected: number) =>
    `The ${net(network)}’s run in this link has ${plural(epochs, { one: '# epoch', other: '# epochs' })}; the ${configuration} configuration trains ${expected}.`,
  testCount: (count: number, expected: number) => `This link scores ${count.toLocaleString('en')} test digits; the experiment has ${expected.toLocaleString('en')}.`,
  tooLarge: (field: string, value: string, limit: string) => `In this link, ${field} is ${value}, more than ${limit}.`,
  hugeNumber: (field: string) => `In this link, ${field} is a number far too large for any run.`,
  badDevice: 'This link’s device name is not readable text.',
  badDate: 'This link’s date is not one a run could have been trained on.',
  /** What a short link ends before, by field. */
  fields: {
    configuration: 'its configuration',
    seed: 'its seed',
    backend: 'its backend',
    createdAt: 'its date',
    device: 'its device name',
    testCount: 'its number of test digits',
    runs: 'its number of networks',
    network: (index: number) => `network ${index + 1}`,
    epochs: (network: string) => `the ${net(network)}’s epochs`,
    correct: (network: string) => `the ${net(network)}’s test digits`,
    checksum: 'its check digits',
  },
  /** A value's name in a refusal: "the validation accuracy of epoch 2 of the Standard CNN". */
  epochField: (field: 'accuracy' | 'validationAccuracy', epoch: number, network: string) =>
    `the ${field === 'accuracy' ? 'training accuracy' : 'validation accuracy'} of epoch ${epoch} of the ${net(network)}`,
  seedField: 'the seed',
  deviceField: 'the device name',
  /** What a unknown-index refusal calls each table. */
  things: { configuration: 'configuration', backend: 'backend', network: 'network' },
} as const;
