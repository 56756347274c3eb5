/**
 * The class results page as a teacher uses it: three students' exports dropped at once (JSON, CSV
 * and a broken file refused by name), machines side by side by backend with conclusions and the
 * class median, one combined CSV; and a student's "Copy results link" from /lab/ opening it.
 */
import { readFile } from 'node:fs/promises';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { CLASS_CSV_COLUMNS, classRows, csvField, deviceLabel, groupByBackend, machineFromRun, machinesFromCsv, parseCsv, recordsMore, toCsv, type LabRun } from '../../src/lib/lab';
import { parseResults } from '../../src/lib/lab/results-format';
import { classResultsStrings } from '../../src/lib/strings/class-results';
import { labPageStrings } from '../../src/lib/strings/lab-page';

async function sampleRun(): Promise<LabRun> {
  const outcome = parseResults(await readFile('docs/lab-results-sample.json', 'utf8'));
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.run;
}

test('pools three exports: a JSON and a CSV are kept, the broken file is refused by name', async ({ page }) => {
  const json = await sampleRun();
  // A second student's machine, exported as CSV: the same run measured twice as slow on the standard conv.
  const csvRun: LabRun = { ...json, id: 'student-2', machine: 'Room 4, laptop 2', results: json.results.map((r) => (r.kind === 'standard' ? { ...r, summary: { ...r.summary, median: r.summary.median * 2 } } : r)) };
  await page.goto('/lab/');
  await page.getByRole('link', { name: /class results page/ }).click();
  await expect(page).toHaveURL(/\/lab\/class\/$/);
  await expect(page.getByText(classResultsStrings.emptyState)).toBeVisible();
  await page.getByLabel(classResultsStrings.dropLabel).setInputFiles([
    { name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) },
    { name: 'ben.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv([csvRun])) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json).slice(0, 500)) },
  ]);
  await expect(page.getByRole('status').filter({ hasText: classResultsStrings.added(2, 2) })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^broken\.json was refused: it is not valid JSON/ })).toBeVisible();
  await expect(page.getByText(classResultsStrings.emptyState)).toBeHidden();

  // The CSV carries the device, so both machines are named as their JSON would name them.
  const expected = groupByBackend([machineFromRun(json), machineFromRun(csvRun)]);
  for (const group of expected) {
    const table = page.getByRole('table', { name: classResultsStrings.tableCaption(group.backend, 2) });
    await expect(table).toBeVisible();
    await expect(table.getByRole('rowheader', { name: json.machine })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: csvRun.machine })).toBeVisible();
    for (const device of group.devices) for (const summary of device.machines) await expect(table.getByText(summary.conclusion)).toBeVisible();
    await expect(page.getByText(classResultsStrings.medianSummary(group.backend, group.medianSpeedup, group.medianMacRatio, 2))).toBeVisible();
    await expect(page.getByRole('img', { name: classResultsStrings.chartLabel(group.backend) })).toBeVisible();
  }
  await expectNoA11yViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: classResultsStrings.downloadCsv }).click();
  const rows = parseCsv(await readFile(await (await download).path(), 'utf8'));
  expect(rows[0]).toEqual([...CLASS_CSV_COLUMNS]);
  expect(rows).toHaveLength(1 + 2 * classRows(json.results).length);
  expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set([json.machine, csvRun.machine]));

  // The pool stays in this browser across a reload, and a repeated file is kept once.
  await page.reload();
  await expect(page.getByRole('table', { name: classResultsStrings.tableCaption(expected[0]!.backend, 2) })).toBeVisible();
  await page.getByLabel(classResultsStrings.dropLabel).setInputFiles([{ name: 'ana-again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) }]);
  await expect(page.getByRole('listitem').filter({ hasText: classResultsStrings.duplicate(json.machine) })).toBeVisible();
  await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
  await expectNoA11yViolations(page);
});

test('a student copies a results link in the lab and the class page opens with their machine', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const run = await sampleRun();
  await page.goto('/lab/');
  await expect(page.locator('form[data-ready]')).toBeAttached();
  // WebGL is offered by default wherever the browser has it ("no speed-up on a GPU" is one of the lessons).
  const webgl = page.getByRole('checkbox', { name: /^webgl\b/ });
  await expect(webgl).toBeChecked({ checked: await webgl.isEnabled() });
  await page.getByLabel('Import results').setInputFiles([{ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(run)) }]);
  await page.getByRole('button', { name: classResultsStrings.copyLink }).click();
  await expect(page.getByRole('status').filter({ hasText: labPageStrings.link.copied })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/lab\/class\/#r1\./);
  await page.goto('/lab/class/');
  await page.getByRole('button', { name: classResultsStrings.clear }).or(page.getByText(classResultsStrings.emptyState)).first().waitFor();
  await page.getByLabel(classResultsStrings.pasteLabel).fill(`${link}\n`);
  await page.getByRole('button', { name: classResultsStrings.addPasted }).click();
  await expect(page.getByRole('status').filter({ hasText: classResultsStrings.added(1, 1) })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: run.machine }).first()).toBeVisible();
  await page.goto(link);
  await expect(page.getByRole('listitem').filter({ hasText: classResultsStrings.duplicate(run.machine) })).toBeVisible();
});

/** The CSV an older lab wrote: the same rows without the columns that name the machine. */
function csvWithoutDevice(run: LabRun): string {
  const [header, ...rows] = parseCsv(toCsv([run]));
  const keep = header!.flatMap((name, index) => (['user_agent', 'cores', 'webgl_renderer'].includes(name) ? [] : [index]));
  return [header!, ...rows].map((fields) => keep.map((index) => csvField(fields[index] ?? '')).join(',')).join('\r\n');
}

test('a CSV export names its machine\'s device; after an older CSV without it, the JSON of the same run replaces it and says so', async ({ page }) => {
  const json = await sampleRun();
  const device = deviceLabel(json.environment);
  const groups = page.getByRole('region', { name: /machines?, grouped by device/ });
  await page.goto('/lab/class/');
  await page.getByRole('button', { name: classResultsStrings.clear }).or(page.getByText(classResultsStrings.emptyState)).first().waitFor();

  // A student's CSV export: the device it ran on is shown, as for a JSON export.
  await page.getByLabel(classResultsStrings.dropLabel).setInputFiles([{ name: 'ana.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv([json])) }]);
  await expect(page.getByRole('status').filter({ hasText: classResultsStrings.added(1, 1) })).toBeVisible();
  await expect(groups.first().getByText(`${classResultsStrings.columns.device}: ${device}`, { exact: true })).toBeVisible();
  await expect(page.getByText(classResultsStrings.unknownDevice)).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: classResultsStrings.downloadCsv }).click();
  const rows = parseCsv(await readFile(await (await download).path(), 'utf8'));
  expect(new Set(rows.slice(1).map((row) => row[CLASS_CSV_COLUMNS.indexOf('device')]))).toEqual(new Set([device]));

  // An older lab's CSV has no device; the same run's JSON, dropped later, records it and takes the CSV's place.
  await page.getByRole('button', { name: classResultsStrings.clear }).click();
  await page.getByLabel(classResultsStrings.dropLabel).setInputFiles([{ name: 'ana-old.csv', mimeType: 'text/csv', buffer: Buffer.from(csvWithoutDevice(json)) }]);
  await expect(groups.first().getByText(`${classResultsStrings.columns.device}: ${classResultsStrings.unknownDevice}`, { exact: true })).toBeVisible();
  await page.getByLabel(classResultsStrings.dropLabel).setInputFiles([{ name: 'ana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) }]);
  const more = recordsMore(machineFromRun(json), machinesFromCsv(csvWithoutDevice(json))[0]!);
  expect(more).not.toBeNull();
  await expect(page.getByRole('listitem').filter({ hasText: classResultsStrings.replaced(json.machine, more!) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: classResultsStrings.added(0, 1) })).toBeVisible();
  await expect(groups.first().getByText(`${classResultsStrings.columns.device}: ${device}`, { exact: true })).toBeVisible();
  await expect(page.getByText(classResultsStrings.unknownDevice)).toHaveCount(0);
  // The fuller copy is what the pool keeps.
  await page.reload();
  await expect(groups.first().getByText(`${classResultsStrings.columns.device}: ${device}`, { exact: true })).toBeVisible();
});

/** Each machine label of the chart named `name`: whether it is there whole, its font size, and whether it lies inside the chart. */
async function chartLabels(page: import('@playwright/test').Page, name: string, labels: readonly string[]) {
  const chart = page.getByRole('img', { name });
  await expect(chart).toBeVisible();
  return chart.evaluate((svg, wanted) => {
    const box = svg.getBoundingClientRect();
    const squash = (text: string) => text.replace(/\s+/g, '');
    const texts = [...svg.querySelectorAll('text')];
    return wanted.map((label) => {
      const found = texts.find((text) => squash(text.textContent ?? '') === squash(label));
      if (!found) return { label, whole: false, fontSize: 0, inside: false };
      const rect = found.getBoundingClientRect();
      return { label, whole: true, fontSize: Number.parseFloat(getComputedStyle(found).fontSize), inside: rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5 && rect.width > 0 };
    });
  }, labels);
}

test('the class chart writes every machine\'s label whole at a readable size, and larger at projector type', async ({ page }) => {
  const json = await sampleRun();
  const long: LabRun = { ...json, id: 'student-a', machine: 'Student laptop A, second row by the window' };
  const other: LabRun = { ...json, id: 'student-b', machine: 'Ben' };
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/lab/class/');
  await page.getByRole('button', { name: classResultsStrings.clear }).or(page.getByText(classResultsStrings.emptyState)).first().waitFor();
  await page.getByLabel(classResultsStrings.dropLabel).setInputFiles([
    { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(long)) },
    { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
  ]);
  await expect(page.getByRole('status').filter({ hasText: classResultsStrings.added(2, 2) })).toBeVisible();
  const groups = groupByBackend([machineFromRun(long), machineFromRun(other)]);
  const labelsOf = (group: (typeof groups)[number]) => group.devices.flatMap((device) => device.machines.map((summary) => `${summary.machine} · ${device.device}`));
  for (const group of groups) {
    const seen = await chartLabels(page, classResultsStrings.chartLabel(group.backend), labelsOf(group));
    for (const label of seen) expect(label, label.label).toMatchObject({ whole: true, inside: true });
    for (const label of seen) expect(label.fontSize, label.label).toBeGreaterThanOrEqual(14);
  }
  // Projector mode sets the page's type at 160 %: the chart follows it, labels still whole and inside.
  await page.evaluate(() => { document.documentElement.dataset.projector = ''; document.documentElement.style.fontSize = '160%'; });
  for (const group of groups) {
    await expect.poll(async () => Math.min(...(await chartLabels(page, classResultsStrings.chartLabel(group.backend), labelsOf(group))).map((label) => label.fontSize))).toBeGreaterThanOrEqual(20);
    const seen = await chartLabels(page, classResultsStrings.chartLabel(group.backend), labelsOf(group));
    for (const label of seen) expect(label, label.label).toMatchObject({ whole: true, inside: true });
  }
  await expectNoA11yViolations(page);
});
