import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/lib/conv/random';
import { ByteWriter } from '../../../src/lib/formats/byte-stream';
import { bytesToBase64Url } from '../../../src/lib/formats/base64url';
import { runLinkStrings } from '../../../src/lib/strings/run-link';
import type { ExperimentRun } from '../../../src/lib/train/experiment-format';
import {
  correctness, encodeRunLink, LINK_NETWORKS, MAX_RUN_LINK_LENGTH, readRunLink, runLinkFromResults, runLinkUrl, sealRunLink, type RunLink,
} from '../../../src/lib/train/run-link';

const random = mulberry32(7);
const labels = Array.from({ length: 2000 }, () => Math.floor(random() * 10));
const labelText = labels.join('');

/** A run whose predictions are right with probability `skill` (seeded), with plausible epochs. */
function run(network: ExperimentRun['network'], skill: number, epochs = 2): ExperimentRun {
  const predictions = labels.map((label) => (random() < skill ? label : (label + 1 + Math.floor(random() * 9)) % 10)).join('');
  return {
    configuration: 'quick', network, seed: 1_234_567_890,
    epochs: Array.from({ length: epochs }, (_, at) => ({
      epoch: at + 1, learningRate: 0.003 * 0.85 ** at, loss: 0.81234 / (at + 1), accuracy: 0.7512 + at * 0.1, validationLoss: 0.40117 / (at + 1),
      validationLossStandardError: 0.01, validationAccuracy: 0.8765 + at * 0.05, seconds: 21.37 + at, msPerBatch: 330.4,
    })),
    testAccuracy: 0, testPredictions: predictions, msPerBatch: 331.26, wallSeconds: 45.71,
  };
}

const file = (runs: ExperimentRun[]) => ({ backend: 'wasm', createdAt: '2026-12-07T09:41:27.512Z', testLabels: labelText, runs, device: 'Chrome on Linux, 2 cores' });

/** A sealed link from fields written by hand (what a hostile or mistaken writer could send). */
const sealed = (write: (writer: ByteWriter) => ByteWriter) => sealRunLink(write(new ByteWriter()).finish());
const MINUTE = Math.floor(Date.parse('2026-12-07T09:41:00Z') / 60_000);
/** The header of a valid quick run on wasm: configuration, seed, backend, minute, device "x", test digits, networks. */
const header = (writer: ByteWriter, networks = 1) => writer.varint(0).varint(5).varint(0).varint(MINUTE).varint(1).raw([120]).varint(2000).varint(networks);
const epochs = (writer: ByteWriter, count = 2, accuracy = 9000) => {
  writer.varint(3300).varint(457).varint(count);
  for (let epoch = 0; epoch < count; epoch += 1) writer.varint(812).varint(accuracy).varint(401).varint(8765).varint(214);
  return writer;
};

const refusal = (text: string) => {
  const outcome = readRunLink(text);
  if (outcome.ok) throw new Error('the link was read');
  return outcome.error;
};

describe('training results links', () => {
  it('round trip: two nets of a quick run come back with their seed, configuration, device, epochs and every test digit', () => {
    const original = runLinkFromResults(file([run('standard', 0.88), run('separable', 0.7)]));
    const outcome = readRunLink(runLinkUrl('https://example.org', original));
    if (!outcome.ok) throw new Error(outcome.error);
    const { link } = outcome;
    expect(link).toMatchObject({ configuration: 'quick', seed: 1_234_567_890, backend: 'wasm', createdAt: '2026-12-07T09:41:00.000Z', device: 'Chrome on Linux, 2 cores', testCount: 2000 });
    expect(link.runs.map((each) => each.network)).toEqual(['standard', 'separable']);
    link.runs.forEach((each, index) => {
      const before = original.runs[index]!;
      expect(Array.from(each.correct)).toEqual(Array.from(before.correct));
      expect(each.testAccuracy).toBe(before.testAccuracy);
      expect(each.msPerBatch).toBe(331.3);
      expect(each.wallSeconds).toBe(45.7);
      expect(each.epochs[1]).toEqual({ epoch: 2, loss: 0.406, accuracy: 0.8512, validationLoss: 0.201, validationAccuracy: 0.9265, seconds: 22.4 });
    });
  });

  it('the test accuracy a link carries is the share of correct digits of the run it came from', () => {
    const one = run('thin', 0.9);
    const expected = labels.filter((label, digit) => Number(one.testPredictions[digit]) === label).length / 2000;
    const outcome = readRunLink(encodeRunLink(runLinkFromResults(file([one]))));
    expect(outcome.ok && outcome.link.runs[0]!.testAccuracy).toBe(expected);
  });

  it('a net costs about 340 characters of link (2,000 digits as bits), a few more per epoch', () => {
    const lengths = [1, 2, 3].map((count) => encodeRunLink(runLinkFromResults(file(LINK_NETWORKS.slice(0, count).map((network) => run(network, 0.9))))).length);
    const perNet = lengths[1]! - lengths[0]!;
    expect(perNet).toBeGreaterThanOrEqual(334);
    expect(perNet).toBeLessThanOrEqual(375);
    expect(lengths[2]! - lengths[1]!).toBe(perNet);
    const full = LINK_NETWORKS.map((network) => ({ ...run(network, 0.9, 15), configuration: 'full' as const }));
    expect(encodeRunLink(runLinkFromResults(file(full))).length).toBeLessThan(MAX_RUN_LINK_LENGTH / 2);
  });

  it('correctness marks each prediction right or wrong against its label', () => {
    expect(Array.from(correctness([1, 2, 3], [1, 0, 3]))).toEqual([1, 0, 1]);
    expect(() => correctness([1], [1, 2])).toThrow('invalid predictions: 1 for 2 test digits');
  });

  it('one link holds one seed: runs of two seeds are refused when the link is written', () => {
    expect(() => runLinkFromResults(file([run('standard', 0.9), { ...run('separable', 0.9), seed: 2 }]))).toThrow('invalid results: runs of quick/1234567890 and quick/2 in one link');
  });

  it('device names longer than 120 bytes are cut when written, never mid-character', () => {
    const link: RunLink = { ...runLinkFromResults(file([run('standard', 0.9)])), device: 'é'.repeat(100) };
    const outcome = readRunLink(encodeRunLink(link));
    expect(outcome.ok && outcome.link.device).toBe('é'.repeat(60));
  });
});

describe('hostile training results links are refused with a message naming the problem', () => {
  const good = encodeRunLink(runLinkFromResults(file([run('standard', 0.9)])));

  it('text without a t1. part, or a lab results link', () => {
    expect(refusal('https://example.org/train/class/')).toBe(runLinkStrings.noLinkPart);
    expect(refusal('https://example.org/lab/class/#r1.eyJ2IjoxfQ')).toBe(runLinkStrings.noLinkPart);
    expect(refusal('t0.AAAA')).toBe(runLinkStrings.noLinkPart);
  });
  it('a link from a newer version of the site', () => {
    expect(refusal(`https://example.org/train/class/#t2.${good.slice(3)}`)).toBe(runLinkStrings.newer(2));
  });
  it('characters base64url never has', () => {
    expect(refusal('t1.abc$def')).toBe(runLinkStrings.notBase64);
    expect(refusal('t1.abcde')).toBe(runLinkStrings.notBase64);
  });
  it('a link cut short, or with one character changed, fails its checksum', () => {
    expect(refusal(good.slice(0, -12))).toBe(runLinkStrings.checksum);
    const at = 40;
    const changed = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
    expect(refusal(changed)).toBe(runLinkStrings.checksum);
    expect(refusal('t1.AA')).toBe(runLinkStrings.cutShort(runLinkStrings.fields.checksum));
  });
  it('a link far longer than any run needs', () => {
    expect(refusal(`t1.${'A'.repeat(MAX_RUN_LINK_LENGTH)}`)).toBe(runLinkStrings.tooLong(MAX_RUN_LINK_LENGTH + 3, MAX_RUN_LINK_LENGTH));
  });
  it('a sealed record that ends early names the field it lacks', () => {
    expect(refusal(sealed((writer) => writer.varint(0).varint(5)))).toBe(runLinkStrings.cutShort(runLinkStrings.fields.backend));
    expect(refusal(sealed((writer) => epochs(header(writer).varint(0)).raw(new Uint8Array(100)))))
      .toBe(runLinkStrings.cutShort(runLinkStrings.fields.correct('standard')));
  });
  it('unknown configurations, backends and networks, by number', () => {
    expect(refusal(sealed((writer) => writer.varint(7)))).toBe(runLinkStrings.unknown('configuration', 7));
    expect(refusal(sealed((writer) => writer.varint(0).varint(5).varint(9)))).toBe(runLinkStrings.unknown('backend', 9));
    expect(refusal(sealed((writer) => header(writer).varint(5)))).toBe(runLinkStrings.unknown('network', 5));
  });
  it('no networks, too many, or the same network twice', () => {
    expect(refusal(sealed((writer) => header(writer, 0)))).toBe(runLinkStrings.noRuns);
    expect(refusal(sealed((writer) => header(writer, 4)))).toBe(runLinkStrings.tooLarge(runLinkStrings.fields.runs, '4', '3'));
    const twice = sealed((writer) => epochs(epochs(header(writer, 2).varint(1)).raw(new Uint8Array(250)).varint(1)).raw(new Uint8Array(250)));
    expect(refusal(twice)).toBe(runLinkStrings.repeatedNetwork('separable'));
  });
  it('epochs that do not match the configuration, and a test set of another size', () => {
    expect(refusal(sealed((writer) => epochs(header(writer).varint(0), 3)))).toBe(runLinkStrings.epochCount('standard', 3, 'quick', 2));
    expect(refusal(sealed((writer) => writer.varint(0).varint(5).varint(0).varint(MINUTE).varint(0).varint(1999)))).toBe(runLinkStrings.testCount(1999, 2000));
  });
  it('an accuracy above 100 %, a seed past 2³¹ − 1, a device name too long or not UTF-8, a date no run had', () => {
    expect(refusal(sealed((writer) => epochs(header(writer).varint(0), 2, 12_000)))).toBe(runLinkStrings.tooLarge(runLinkStrings.epochField('accuracy', 1, 'standard'), '120.00 %', '100.00 %'));
    expect(refusal(sealed((writer) => writer.varint(0).varint(2 ** 31)))).toBe(runLinkStrings.tooLarge(runLinkStrings.seedField, '2147483648', '2147483647'));
    expect(refusal(sealed((writer) => writer.varint(0).varint(5).varint(0).varint(MINUTE).varint(121)))).toBe(runLinkStrings.tooLarge(runLinkStrings.deviceField, '121 bytes', '120 bytes'));
    expect(refusal(sealed((writer) => writer.varint(0).varint(5).varint(0).varint(MINUTE).varint(2).raw([0xc3, 0x28])))).toBe(runLinkStrings.badDevice);
    expect(refusal(sealed((writer) => writer.varint(0).varint(5).varint(0).varint(60)))).toBe(runLinkStrings.badDate);
  });
  it('bytes after the last run', () => {
    expect(refusal(sealed((writer) => epochs(header(writer).varint(0)).raw(new Uint8Array(250)).raw([1, 2])))).toBe(runLinkStrings.extraBytes(2));
  });
  it('a varint too large for exact arithmetic', () => {
    const huge = sealRunLink(Uint8Array.from([0, ...new Array(7).fill(0xff), 1]));
    expect(refusal(huge)).toBe(runLinkStrings.hugeNumber(runLinkStrings.fields.seed));
    expect(bytesToBase64Url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
  });
});
