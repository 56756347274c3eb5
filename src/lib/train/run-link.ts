/**
 * The training results link: one reader's run (one seed, the nets it trained) packed into a short URL
 * fragment a student pastes into the class page, `/train/class/#t1.<code>`. Each test digit travels as
 * one bit — classified correctly or not — so a net costs about 340 characters of link (2,000 digits,
 * 250 bytes), plus a few bytes per epoch for its curves. The code is base64url of a binary record
 * (src/lib/formats/byte-stream.ts: varints, a Fletcher-16 checksum), written and read only here.
 * No zod: /train/ loads this when the reader copies a link, the class page when one is pasted.
 *
 * The record, in order (every number an unsigned varint unless said otherwise):
 * configuration (index into LINK_CONFIGURATIONS), seed, backend (index into LINK_BACKENDS), the run's
 * minute (whole minutes since 1970 UTC), device name (byte length, then UTF-8), test digits scored,
 * networks; per network: its index (LINK_NETWORKS), ms per batch × 10, wall seconds × 10, epochs, and
 * per epoch loss × 1000, training accuracy × 10⁴, validation loss × 1000, validation accuracy × 10⁴,
 * seconds × 10; then the correctness bitmap (digit i is bit i % 8 of byte ⌊i / 8⌋, low bit first, unused
 * bits 0; the experiment's 2,000 digits fill 250 bytes exactly). Last, two bytes of checksum (high byte first) over everything before them.
 * The three tables are part of the format: new entries go at their ends, never in between.
 */
import type { BackendName } from '../backends';
import { base64UrlToBytes, bytesToBase64Url, isBase64Url } from '../formats/base64url';
import { ByteFieldError, ByteReader, ByteWriter, fletcher16 } from '../formats/byte-stream';
import { TRAIN_CLASS_ROUTE } from '../site/routes';
import { runLinkStrings as say } from '../strings/run-link';
import { TRAIN_CONFIGS, type ConfigName } from './config';
import type { ExperimentResults } from './experiment-format';
import type { NetworkId } from './networks';

/** The link format's version, written in its prefix. */
export const RUN_LINK_VERSION = 1;

/** What starts a training results link's fragment. */
export const RUN_LINK_PREFIX = `t${RUN_LINK_VERSION}.`;

/** The longest link read, in characters (three nets of the full configuration take about 1,700). */
export const MAX_RUN_LINK_LENGTH = 4000;

/** The longest device name a link carries, in UTF-8 bytes (longer names are cut when written). */
export const MAX_DEVICE_BYTES = 120;

/** Configurations by their index in a link (append only). */
export const LINK_CONFIGURATIONS: readonly ConfigName[] = ['quick', 'class', 'full'];
/** Networks by their index in a link (append only). */
export const LINK_NETWORKS: readonly NetworkId[] = ['standard', 'separable', 'thin'];
/** Backends by their index in a link (append only). */
export const LINK_BACKENDS: readonly BackendName[] = ['wasm', 'cpu', 'webgl', 'webgpu'];

/** One epoch as a link keeps it: losses to 0.001, accuracies to 0.01 points, seconds to 0.1. */
export interface LinkedEpoch {
  epoch: number;
  loss: number;
  accuracy: number;
  validationLoss: number;
  validationAccuracy: number;
  seconds: number;
}

/** One net's run in a link. */
export interface LinkedRun {
  network: NetworkId;
  /** Median ms per batch over the run, to 0.1 ms. */
  msPerBatch: number;
  wallSeconds: number;
  epochs: LinkedEpoch[];
  /**
   * 1 where the net classified test digit i correctly, else 0, in test order. src/lib/stats's pairedGap
   * reads it as predictions against labels that are all 1.
   */
  correct: Uint8Array;
  /** Share of the test digits classified correctly (from `correct`), 0–1. */
  testAccuracy: number;
}

/** A reader's run as a results link carries it: one seed under one configuration, one to three nets. */
export interface RunLink {
  configuration: ConfigName;
  seed: number;
  backend: BackendName;
  /** When the run was trained, to the minute (ISO 8601, UTC). */
  createdAt: string;
  /** Browser, operating system and cores ("Chrome on Linux, 2 cores"). */
  device: string;
  testCount: number;
  runs: LinkedRun[];
}

/** A link read: the run, or the sentence refusing it. */
export type RunLinkOutcome = { ok: true; link: RunLink } | { ok: false; error: string };

/** The correctness of each prediction (1 or 0) against the true labels, both as digit strings or arrays, in test order. */
export function correctness(predictions: ArrayLike<number>, labels: ArrayLike<number>): Uint8Array {
  if (predictions.length !== labels.length) throw new Error(`invalid predictions: ${predictions.length} for ${labels.length} test digits`);
  return Uint8Array.from({ length: labels.length }, (_, digit) => (predictions[digit] === labels[digit] ? 1 : 0));
}

const share = (correct: Uint8Array) => correct.reduce((sum, bit) => sum + bit, 0) / Math.max(1, correct.length);
const scaled = (value: number, scale: number) => Math.max(0, Math.round(value * scale));
const digitsOf = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0) - 48);

/** A reader's results file (format 2, every run of one configuration and seed) as a link's run; throws `invalid results: …` when it holds more than one run per net or mixes seeds. */
export function runLinkFromResults(file: Pick<ExperimentResults, 'backend' | 'createdAt' | 'testLabels' | 'runs'> & { device?: string }): RunLink {
  const [first] = file.runs;
  if (!first) throw new Error('invalid results: no runs');
  if (!(LINK_BACKENDS as readonly string[]).includes(file.backend)) throw new Error(`invalid results: backend ${file.backend}`);
  for (const run of file.runs) {
    if (run.configuration !== first.configuration || run.seed !== first.seed) throw new Error(`invalid results: runs of ${first.configuration}/${first.seed} and ${run.configuration}/${run.seed} in one link`);
  }
  const labels = digitsOf(file.testLabels);
  return {
    configuration: first.configuration, seed: first.seed, backend: file.backend as BackendName, createdAt: file.createdAt,
    device: file.device ?? '', testCount: labels.length,
    runs: file.runs.map((run) => {
      const correct = correctness(digitsOf(run.testPredictions), labels);
      return {
        network: run.network, msPerBatch: run.msPerBatch, wallSeconds: run.wallSeconds, correct, testAccuracy: share(correct),
        epochs: run.epochs.map(({ epoch, loss, accuracy, validationLoss, validationAccuracy, seconds }) => ({ epoch, loss, accuracy, validationLoss, validationAccuracy, seconds })),
      };
    }),
  };
}

/** Cuts a UTF-8 string to at most `max` bytes without splitting a character. */
function utf8Within(text: string, max: number): Uint8Array {
  let bytes = new TextEncoder().encode(text);
  let end = text.length;
  while (bytes.length > max) bytes = new TextEncoder().encode(text.slice(0, --end));
  return bytes;
}

/** The fragment (without `#`) that carries `link`. */
export function encodeRunLink(link: RunLink): string {
  const index = <T>(table: readonly T[], value: T) => {
    const at = table.indexOf(value);
    if (at === -1) throw new Error(`invalid link value: ${String(value)}`);
    return at;
  };
  const minute = Math.floor(Date.parse(link.createdAt) / 60_000);
  if (!Number.isFinite(minute)) throw new Error(`invalid createdAt: ${link.createdAt}`);
  const device = utf8Within(link.device, MAX_DEVICE_BYTES);
  const writer = new ByteWriter()
    .varint(index(LINK_CONFIGURATIONS, link.configuration)).varint(link.seed).varint(index(LINK_BACKENDS, link.backend))
    .varint(minute).varint(device.length).raw(device).varint(link.testCount).varint(link.runs.length);
  for (const run of link.runs) {
    if (run.correct.length !== link.testCount) throw new Error(`invalid run: ${run.correct.length} test digits of ${link.testCount}`);
    writer.varint(index(LINK_NETWORKS, run.network)).varint(scaled(run.msPerBatch, 10)).varint(scaled(run.wallSeconds, 10)).varint(run.epochs.length);
    for (const epoch of run.epochs) {
      writer.varint(scaled(epoch.loss, 1000)).varint(scaled(epoch.accuracy, 1e4)).varint(scaled(epoch.validationLoss, 1000))
        .varint(scaled(epoch.validationAccuracy, 1e4)).varint(scaled(epoch.seconds, 10));
    }
    const bitmap = new Uint8Array(Math.ceil(link.testCount / 8));
    run.correct.forEach((bit, digit) => { if (bit) bitmap[digit >> 3]! |= 1 << (digit & 7); });
    writer.raw(bitmap);
  }
  return sealRunLink(writer.finish());
}

/** A link fragment holding `record` as it is, its checksum appended (the encoder's last step; tests build hostile links with it). */
export function sealRunLink(record: Uint8Array): string {
  const sum = fletcher16(record);
  return `${RUN_LINK_PREFIX}${bytesToBase64Url(new ByteWriter().raw(record).raw([sum >> 8, sum & 0xff]).finish())}`;
}

/** A full training results link to the class page on `origin` ("https://example.org"). */
export function runLinkUrl(origin: string, link: RunLink): string {
  return `${origin}${TRAIN_CLASS_ROUTE}#${encodeRunLink(link)}`;
}

/** Why a link is refused (its sentence); thrown inside the reader, returned as `{ ok: false }`. */
class Refusal extends Error {}

const MINUTE_FIRST = Date.UTC(2024, 0, 1) / 60_000;
const MINUTE_LAST = Date.UTC(2100, 0, 1) / 60_000;

/** Reads a training results link (a whole URL or its fragment): the run, or why it is refused, naming the problem. */
export function readRunLink(text: string): RunLinkOutcome {
  const trimmed = text.trim();
  if (trimmed.length > MAX_RUN_LINK_LENGTH) return { ok: false, error: say.tooLong(trimmed.length, MAX_RUN_LINK_LENGTH) };
  const match = /(?:^|#)t(\d+)\.([^\s#]*)$/.exec(trimmed);
  if (!match) return { ok: false, error: say.noLinkPart };
  const version = Number(match[1]);
  if (version > RUN_LINK_VERSION) return { ok: false, error: say.newer(version) };
  if (version !== RUN_LINK_VERSION) return { ok: false, error: say.noLinkPart };
  const code = match[2] ?? '';
  if (!isBase64Url(code)) return { ok: false, error: say.notBase64 };
  const bytes = base64UrlToBytes(code);
  if (bytes.length < 3) return { ok: false, error: say.cutShort(say.fields.checksum) };
  const record = bytes.subarray(0, bytes.length - 2);
  if (fletcher16(record) !== ((bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!)) return { ok: false, error: say.checksum };
  try {
    return { ok: true, link: readRecord(new ByteReader(record)) };
  } catch (error) {
    if (error instanceof ByteFieldError) return { ok: false, error: error.kind === 'ended' ? say.cutShort(error.field) : say.hugeNumber(error.field) };
    if (error instanceof Refusal) return { ok: false, error: error.message };
    throw error;
  }
}

function pick<T>(table: readonly T[], index: number, what: string): T {
  const value = table[index];
  if (value === undefined) throw new Refusal(say.unknown(what, index));
  return value;
}

function atMost(value: number, limit: number, field: string, show: (value: number) => string): number {
  if (value > limit) throw new Refusal(say.tooLarge(field, show(value), show(limit)));
  return value;
}

const percent = (value: number) => `${(value * 100).toFixed(2)} %`;

function readRecord(reader: ByteReader): RunLink {
  const fields = say.fields;
  const configuration = pick(LINK_CONFIGURATIONS, reader.varint(fields.configuration), say.things.configuration);
  const config = TRAIN_CONFIGS[configuration];
  const seed = atMost(reader.varint(fields.seed), 2 ** 31 - 1, say.seedField, String);
  const backend = pick(LINK_BACKENDS, reader.varint(fields.backend), say.things.backend);
  const minute = reader.varint(fields.createdAt);
  if (minute < MINUTE_FIRST || minute > MINUTE_LAST) throw new Refusal(say.badDate);
  const deviceBytes = reader.raw(atMost(reader.varint(fields.device), MAX_DEVICE_BYTES, say.deviceField, (bytes) => `${bytes} bytes`), fields.device);
  let device: string;
  try {
    device = new TextDecoder('utf-8', { fatal: true }).decode(deviceBytes);
  } catch {
    throw new Refusal(say.badDevice);
  }
  const testCount = reader.varint(fields.testCount);
  if (testCount !== config.testCount) throw new Refusal(say.testCount(testCount, config.testCount));
  const count = reader.varint(fields.runs);
  if (count === 0) throw new Refusal(say.noRuns);
  if (count > LINK_NETWORKS.length) throw new Refusal(say.tooLarge(fields.runs, String(count), String(LINK_NETWORKS.length)));
  const runs: LinkedRun[] = [];
  for (let index = 0; index < count; index += 1) {
    const network = pick(LINK_NETWORKS, reader.varint(fields.network(index)), say.things.network);
    if (runs.some((run) => run.network === network)) throw new Refusal(say.repeatedNetwork(network));
    runs.push(readRun(reader, network, configuration, testCount));
  }
  if (reader.remaining > 0) throw new Refusal(say.extraBytes(reader.remaining));
  return { configuration, seed, backend, createdAt: new Date(minute * 60_000).toISOString(), device, testCount, runs };
}

function readRun(reader: ByteReader, network: NetworkId, configuration: ConfigName, testCount: number): LinkedRun {
  const field = say.fields.epochs(network);
  const msPerBatch = reader.varint(field) / 10;
  const wallSeconds = reader.varint(field) / 10;
  const epochCount = reader.varint(field);
  const expected = TRAIN_CONFIGS[configuration].epochs;
  if (epochCount !== expected) throw new Refusal(say.epochCount(network, epochCount, configuration, expected));
  const epochs = Array.from({ length: epochCount }, (_, at): LinkedEpoch => {
    const epoch = at + 1;
    const loss = reader.varint(field) / 1000;
    const accuracy = atMost(reader.varint(field) / 1e4, 1, say.epochField('accuracy', epoch, network), percent);
    const validationLoss = reader.varint(field) / 1000;
    const validationAccuracy = atMost(reader.varint(field) / 1e4, 1, say.epochField('validationAccuracy', epoch, network), percent);
    return { epoch, loss, accuracy, validationLoss, validationAccuracy, seconds: reader.varint(field) / 10 };
  });
  const bitmap = reader.raw(Math.ceil(testCount / 8), say.fields.correct(network));
  const correct = Uint8Array.from({ length: testCount }, (_, digit) => (bitmap[digit >> 3]! >> (digit & 7)) & 1);
  return { network, msPerBatch, wallSeconds, epochs, correct, testAccuracy: share(correct) };
}
