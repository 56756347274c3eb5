import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classCsv, CLASS_CSV_COLUMNS, classRows, csvField, deviceLabel, encodeMachine, groupByBackend, layerId, machineFromRun,
  machinesFromCsv, macRatio, parseCsv, parseLayerId, poolMachines, PRESETS, resultsLink, shortGpu, summarise, toCsv,
} from '../../../src/lib/lab';
import { decodeMachine } from '../../../src/lib/lab/class-link-format';
import { readClassInput } from '../../../src/lib/lab/class-import';
import { classResultsStrings } from '../../../src/lib/strings/class-results';
import { makeRun } from './make-run';

const sample = readFileSync(new URL('../../../docs/lab-results-sample.json', import.meta.url), 'utf8');
const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('class machines from lab runs', () => {
  it('keeps one row per backend and layer, with the speed-up inputs and the model MAC ratio', () => {
    const run = makeRun({ backends: ['cpu', 'wasm'] });
    const rows = classRows(run.results);
    expect(rows).toHaveLength(2 * PRESETS.quick.layers.length);
    const first = rows[0]!;
    expect(first.standardMs / first.separableMs).toBeCloseTo(4 * 5 / (4 * 2));
    expect(first.macRatio).toBe(macRatio(first.layer));
    expect(first.fusedMs).toBe(8);
  });
  it('names the device by browser, system and cores, and the GPU without the ANGLE wrapper', () => {
    expect(deviceLabel({ userAgent: CHROME_WINDOWS, hardwareConcurrency: 8 })).toBe('Chrome on Windows, 8 cores');
    expect(deviceLabel({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) Gecko/20100101 Firefox/133.0', hardwareConcurrency: 1 })).toBe('Firefox on macOS, 1 core');
    expect(deviceLabel({ userAgent: 'curl/8', hardwareConcurrency: 0 })).toBe(classResultsStrings.unknownDevice);
    expect(shortGpu('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)')).toBe('Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2)');
    expect(shortGpu(null)).toBeNull();
  });
  it('summarises a machine per backend with a plain-language conclusion, noisy above CV 20 %', () => {
    const machine = machineFromRun(makeRun());
    const summary = summarise(machine, 'cpu')!;
    expect(summary.speedup).toBeCloseTo(2.5);
    const ratio = macRatio(PRESETS.quick.layers[0]!);
    expect(summary.conclusion).toBe(`On this cpu the separable block ran 2.5× faster for ${Number(summary.macRatio.toPrecision(2))}× fewer multiply-adds.`);
    expect(summary.macRatio).toBeGreaterThan(1);
    expect(ratio).toBeGreaterThan(1);
    expect(summarise(machine, 'webgl')).toBeNull();
    const noisy = { ...machine, rows: machine.rows.map((row) => ({ ...row, cv: 0.4 })) };
    expect(summarise(noisy, 'cpu')!.conclusion).toMatch(/; noisy: CV 40 %\.$/);
    const slower = { ...machine, rows: machine.rows.map((row) => ({ ...row, separableMs: row.standardMs * 1.3 })) };
    expect(summarise(slower, 'cpu')!.conclusion).toMatch(/^On this cpu the separable block ran 1\.3× slower despite /);
  });
});

describe('pooling a class', () => {
  const runs = [
    makeRun({ id: 'a', machine: 'Ana', msFor: (_b, kind) => (kind === 'standard' ? 6 : 2) }),
    makeRun({ id: 'b', machine: 'Ben', msFor: (_b, kind) => (kind === 'standard' ? 4 : 2) }),
    makeRun({ id: 'c', machine: 'Cy', msFor: (_b, kind) => (kind === 'standard' ? 2 : 2) }),
  ];
  const machines = runs.map(machineFromRun);
  it('keeps a run imported twice once and reports the duplicate', () => {
    const first = poolMachines([], machines.slice(0, 2));
    const second = poolMachines(first.machines, [machines[1]!, machines[2]!]);
    expect(second.machines.map((machine) => machine.machine)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(second.duplicates.map((machine) => machine.id)).toEqual(['b']);
  });
  it('groups by backend then device, with the class median of the machines’ speed-ups', () => {
    const other = { ...machines[2]!, id: 'd', machine: 'Dee', device: 'Chrome on Windows, 8 cores' };
    const groups = groupByBackend([...machines, other]);
    expect(groups.map((group) => group.backend)).toEqual(['cpu', 'wasm']);
    const cpu = groups[0]!;
    expect(cpu.machines).toBe(4);
    expect(cpu.devices.map((device) => device.device)).toEqual(['Chrome on Windows, 8 cores', deviceLabel(runs[0]!.environment)]);
    expect(cpu.devices[1]!.machines.map((summary) => summary.machine)).toEqual(['Ana', 'Ben', 'Cy']);
    expect(cpu.medianSpeedup).toBeCloseTo((2 + 1) / 2);
  });
  it('writes one combined CSV row per machine, backend and layer with the class median', () => {
    const lines = classCsv(machines).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CLASS_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 3 * 2 * PRESETS.quick.layers.length);
    const cells = parseCsv(classCsv(machines))[1]!;
    expect(cells[CLASS_CSV_COLUMNS.indexOf('machine')]).toBe('Ana');
    expect(Number(cells[CLASS_CSV_COLUMNS.indexOf('speedup')])).toBeCloseTo(3);
    expect(Number(cells[CLASS_CSV_COLUMNS.indexOf('class_median_speedup')])).toBeCloseTo(2);
  });
});

describe('results links', () => {
  it('round-trips a machine through the link (4 significant figures), layers rebuilt from their ids', () => {
    const machine = { ...machineFromRun(makeRun({ machine: 'Zoë’s laptop, room 4' })), gpu: 'Apple M2' };
    const link = resultsLink('https://example.org', machine);
    expect(link.startsWith('https://example.org/lab/class/#r1.')).toBe(true);
    expect(link.split('#')[1]).toMatch(/^r1\.[A-Za-z0-9_-]+$/);
    // Times and CVs travel with 4 significant figures.
    const four = (value: number) => Number(value.toPrecision(4));
    expect(decodeMachine(link)).toEqual({ ...machine, rows: machine.rows.map((row) => ({ ...row, cv: four(row.cv) })) });
  });
  it('parses layer ids back into shapes, batch and padding included', () => {
    const layer = { batch: 2, inHeight: 14, inWidth: 7, inChannels: 32, outChannels: 64, filterSize: 5, chMul: 2, stride: 2, pad: 'valid' as const };
    expect(parseLayerId(layerId(layer))).toEqual(layer);
    expect(() => parseLayerId('16x16')).toThrow('invalid layer id: 16x16');
  });
  it('refuses a link cut short, with a reason', () => {
    const code = encodeMachine(machineFromRun(makeRun()));
    expect(() => decodeMachine(code.slice(0, 40))).toThrow('it was cut short or changed when copied');
  });
});

describe('reading what a teacher drops or pastes', () => {
  it('accepts a real lab JSON export, a lab CSV export and pasted links', () => {
    const json = readClassInput('ana.json', sample);
    expect(json.ok && json.machines[0]!.rows.length).toBeGreaterThan(0);
    const csv = readClassInput('ben.csv', toCsv([makeRun({ id: 'csv-run', machine: 'Ben' })]));
    expect(csv.ok && csv.machines.map((machine) => [machine.id, machine.machine, machine.rows.length])).toEqual([['csv-run', 'Ben', 2 * PRESETS.quick.layers.length]]);
    expect(csv.ok && csv.machines[0]!.rows[0]!.macRatio).toBe(macRatio(PRESETS.quick.layers[0]!));
    const links = `${resultsLink('http://x', machineFromRun(makeRun({ id: 'l1' })))}\n\n${resultsLink('http://x', machineFromRun(makeRun({ id: 'l2' })))}`;
    const pasted = readClassInput('pasted item 1', links);
    expect(pasted.ok && pasted.machines.map((machine) => machine.id)).toEqual(['l1', 'l2']);
  });
  it('refuses broken, foreign and unrecognised inputs by name', () => {
    expect(readClassInput('broken.json', sample.slice(0, 200))).toEqual({ ok: false, name: 'broken.json', error: expect.stringMatching(/^broken\.json was refused: it is not valid JSON/) });
    expect(readClassInput('notes.json', '{"hello": 1}')).toMatchObject({ ok: false, error: expect.stringContaining('notes.json was refused: it is not a Depthwise Lab results file') });
    expect(readClassInput('essay.txt', 'Dear teacher')).toMatchObject({ ok: false, error: classResultsStrings.refused('essay.txt', classResultsStrings.unknownFormat) });
    expect(readClassInput('bad.csv', 'machine,run_id,created_at\r\nA,1,2\r\n')).toMatchObject({ ok: false, error: expect.stringContaining('no "backend" column') });
  });
  it('refuses a run with no layer timed as both standard and separable', () => {
    const run = makeRun();
    run.results = run.results.filter((result) => result.kind !== 'separable');
    expect(readClassInput('partial.json', JSON.stringify(run))).toMatchObject({ ok: false, error: classResultsStrings.refused('partial.json', classResultsStrings.noPairs) });
  });
  it('reads quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, ""c""","d\r\ne"\r\n1,2,3\n')).toEqual([['a', 'b, "c"', 'd\r\ne'], ['1', '2', '3']]);
    expect(machinesFromCsv(toCsv([makeRun({ machine: 'Room 4, "blue" laptop' })]))[0]!.machine).toBe('Room 4, "blue" laptop');
  });
});

describe('the device, from every kind of export (issue 22, item 14)', () => {
  const run = makeRun({ id: 'same-run', machine: 'Student laptop A' });
  run.environment = { ...run.environment, userAgent: CHROME_WINDOWS, hardwareConcurrency: 8, webglRenderer: 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)' };
  const fromJson = machineFromRun(run);
  /** The CSV an older lab wrote: the same rows without the device columns. */
  const olderCsv = () => {
    const [header, ...rows] = parseCsv(toCsv([run]));
    const keep = header!.map((_, index) => index).filter((index) => !['user_agent', 'cores', 'webgl_renderer'].includes(header![index]!));
    return [header!, ...rows].map((fields) => keep.map((index) => csvField(fields[index] ?? '')).join(',')).join('\r\n');
  };

  it('a CSV export carries the device and GPU, named as from the JSON of the same run', () => {
    const [fromCsv] = machinesFromCsv(toCsv([run]));
    expect(fromCsv!.device).toBe('Chrome on Windows, 8 cores');
    expect([fromCsv!.device, fromCsv!.gpu]).toEqual([fromJson.device, fromJson.gpu]);
    expect(summarise(fromCsv!, 'cpu')!.device).toBe(summarise(fromJson, 'cpu')!.device);
  });
  it('an older CSV without them reads with the device not recorded (null), shown as such', () => {
    const [older] = machinesFromCsv(olderCsv());
    expect([older!.device, older!.gpu]).toEqual([null, null]);
    expect(summarise(older!, 'cpu')!.device).toBe(classResultsStrings.unknownDevice);
    expect(parseCsv(classCsv([older!]))[1]![CLASS_CSV_COLUMNS.indexOf('device')]).toBe('');
  });
  it('a later, fuller copy of a pooled run replaces the poorer one in its place and says what it adds; a poorer or equal copy is kept once', () => {
    const [older] = machinesFromCsv(olderCsv());
    const other = machineFromRun(makeRun({ id: 'other' }));
    const pooled = poolMachines([], [older!, other]).machines;
    const richer = poolMachines(pooled, [fromJson]);
    expect(richer.machines.map((machine) => [machine.id, machine.device])).toEqual([['same-run', 'Chrome on Windows, 8 cores'], ['other', other.device]]);
    expect(richer.replaced).toEqual([{ machine: fromJson, more: { device: true, gpu: true, rows: 0 } }]);
    expect(richer.duplicates).toEqual([]);
    expect(classResultsStrings.replaced('Student laptop A', richer.replaced[0]!.more)).toBe('Student laptop A: the same run as one already in the class, but recording the device and the GPU; it replaces the earlier copy.');
    const poorer = poolMachines(richer.machines, [older!, fromJson]);
    expect(poorer.machines).toEqual(richer.machines);
    expect(poorer.duplicates.map((machine) => machine.id)).toEqual(['same-run', 'same-run']);
    expect(poorer.replaced).toEqual([]);
  });
  it('a link carries a missing device as null; a pool kept by an earlier page (its placeholder text) reads as not recorded', () => {
    const [older] = machinesFromCsv(olderCsv());
    expect(decodeMachine(encodeMachine(older!)).device).toBeNull();
    const legacy = encodeMachine({ ...older!, device: 'device not recorded' });
    expect(decodeMachine(legacy).device).toBeNull();
    expect(decodeMachine(encodeMachine(fromJson)).device).toBe(fromJson.device);
  });
});

describe('a class of 30', () => {
  it('groups 30 machines on 5 kinds of laptop into 5 device groups per backend, every machine once', () => {
    const agents = ['Windows NT 10.0', 'Macintosh; Intel Mac OS X 14_1', 'X11; Linux x86_64', 'X11; CrOS x86_64 14541.0.0', 'Linux; Android 14'];
    const machines = Array.from({ length: 30 }, (_, index) => {
      const run = makeRun({ id: `s${index}`, machine: `Student ${String(index + 1).padStart(2, '0')}`, msFor: (_b, kind) => (kind === 'standard' ? 2 + index / 10 : 2) });
      run.environment = { ...run.environment, userAgent: `Mozilla/5.0 (${agents[index % 5]}) Chrome/131.0.0.0 Safari/537.36`, hardwareConcurrency: 8 };
      return machineFromRun(run);
    });
    const groups = groupByBackend(machines);
    for (const group of groups) {
      expect(group.machines).toBe(30);
      expect(group.devices).toHaveLength(5);
      expect(group.devices.flatMap((device) => device.machines.map((summary) => summary.id)).sort()).toEqual(machines.map((machine) => machine.id).sort());
      // Speed-ups 1.0 … 2.45 in steps of 0.05: the median of 30 is the mean of the 15th and 16th.
      expect(group.medianSpeedup).toBeCloseTo((1 + 14 * 0.05 + 1 + 15 * 0.05) / 2);
    }
  });
});
