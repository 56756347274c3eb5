/**
 * The class experiment as a teacher runs it on /train/class/: two students' exports pooled with their intervals and the
 * class's verdict, a broken file refused by name while the pool stays, a duplicate seed flagged, a run of another
 * configuration pooled apart, the pool kept across a reload and cleared.
 */
import { readFileSync } from 'node:fs';
import { expect, expectNoA11yViolations, test } from './fixtures';
import type { Page } from '@playwright/test';
import { poolSources, type PoolSource } from '../../src/lib/train/class-pool';
import { comparisonsOf } from '../../src/lib/train/experiment-stats';
import { readExperimentFile, type ExperimentResults, type ExperimentRun } from '../../src/lib/train/experiment-format';
import type { ConfigName } from '../../src/lib/train/config';
import type { NetworkId } from '../../src/lib/train/networks';
import { readerResults } from '../../src/lib/train/reader-results';
import { digitsFingerprint } from '../../src/lib/train/class-pool';
import { runLinkFromResults, runLinkUrl } from '../../src/lib/train/run-link';
import { experimentStrings } from '../../src/lib/strings/experiment';
import { evidenceStrings } from '../../src/lib/strings/evidence';
import { trainClassStrings as s } from '../../src/lib/strings/train-class';

const FILE = 'src/data/experiment-reference.json';
const reference = readExperimentFile(JSON.parse(readFileSync(FILE, 'utf8')), FILE);

/**
 * Student `student`'s run of `configuration`: the reference's run of its `student`-th seed where the reference has one;
 * otherwise (a provisional reference with fewer seeds) the first seed's run under a six-digit seed of its own, with a
 * seeded tenth of the digits it got wrong now right, so students still differ as real runs would.
 */
function studentRuns(configuration: ConfigName, student: number, networks: readonly NetworkId[]): ExperimentRun[] {
  const seeds = [...new Set(reference.runs.filter((run) => run.configuration === configuration).map((run) => run.seed))].sort((a, b) => a - b);
  const seed = seeds[student] ?? seeds[0]!;
  const runs = networks.map((network) => reference.runs.find((run) => run.configuration === configuration && run.network === network && run.seed === seed));
  if (runs.some((run) => !run)) throw new Error(`the reference has no ${configuration} runs of seed ${seed} for ${networks.join(', ')}`);
  if (seeds[student] !== undefined) return runs as ExperimentRun[];
  const labels = reference.testLabels;
  return (runs as ExperimentRun[]).map((run, index) => {
    const predictions = [...run.testPredictions].map((label, digit) => (label !== labels[digit] && (digit * 7919 + student * 131 + index * 17) % 10 === 0 ? labels[digit]! : label)).join('');
    const right = [...predictions].filter((label, digit) => label === labels[digit]).length;
    return { ...run, seed: 100_000 + student * 1_111, testPredictions: predictions, testAccuracy: right / labels.length };
  });
}

/**
 * One student's export, written by /train/'s own exporter (readerResults) from `studentRuns`, then read back by the
 * format's reader, as the page reads it.
 */
function studentExport(configuration: ConfigName, student: number, networks: NetworkId[] = ['standard', 'separable'], device = 'Chromium on Linux, 2 cores'): ExperimentResults {
  const runs = studentRuns(configuration, student, networks);
  const file = readerResults({
    createdAt: reference.createdAt, configuration, seed: runs[0]!.seed, backend: reference.backend, threads: false, device, cores: reference.cores,
    versions: reference.versions, split: reference.split, testLabels: reference.testLabels,
    networks: runs.map((run) => ({ network: run.network, stopped: false, epochs: run.epochs, testAccuracy: run.testAccuracy, testPredictions: run.testPredictions, msPerBatch: run.msPerBatch, wallSeconds: run.wallSeconds })),
  });
  return readExperimentFile(JSON.parse(JSON.stringify(file)), `${configuration}-${student}.json`);
}

const json = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });
const drop = (page: Page) => page.getByLabel(s.dropLabel);
const status = (page: Page) => page.getByRole('status').filter({ hasText: /in the pool/ });

test('pools two students\' exports: the class\'s intervals and verdict, computed as the lesson computes them', async ({ page }) => {
  const ana = studentExport('class', 0);
  const ben = studentExport('class', 1);
  await page.goto('/train/class/');
  await expect(page.getByText(s.emptyState)).toBeVisible();
  await drop(page).setInputFiles([json('ana.json', ana), json('ben.json', ben)]);
  await expect(status(page)).toHaveText(s.added(4, 4));
  await expect(page.getByText(s.emptyState)).toBeHidden();

  const sources: PoolSource[] = [{ name: 'ana.json', file: ana }, { name: 'ben.json', file: ben }];
  const group = poolSources(sources, digitsFingerprint(reference.testLabels)).groups[0]!;
  const [separableStandard] = comparisonsOf(group.runs, { trainCount: group.setup.trainCount, epochs: group.setup.epochs, digits: group.setup.digits });
  if (separableStandard?.kind !== 'compared') throw new Error('two seeds of both nets should compare');
  const verdict = experimentStrings.verdict(separableStandard.comparison.verdict, 'separable', 'standard');
  const section = page.getByRole('region', { name: s.groupHeading(evidenceStrings.configurationNames.class, 4, 2) });
  await expect(section.getByText(verdict)).toBeVisible();
  const intervals = section.getByRole('table', { name: evidenceStrings.intervalsCaption });
  await expect(intervals.getByRole('row', { name: new RegExp(evidenceStrings.pairShort('separable', 'standard')) }))
    .toContainText(evidenceStrings.intervalCell(separableStandard.comparison.verdict.lowPoints, separableStandard.comparison.verdict.highPoints));
  await expect(section.getByRole('img', { name: evidenceStrings.intervalsTitle })).toBeVisible();
  const everyRun = section.getByRole('table', { name: s.spreadCaption });
  await expect(everyRun.getByRole('row')).toHaveCount(1 + 4);
  await expect(everyRun.getByRole('row', { name: /ana\.json/ }).first()).toContainText(evidenceStrings.percent(ana.runs[0]!.testAccuracy));
  await expect(section.getByRole('img', { name: s.curvesTitle })).toBeVisible();
  await expect(page.getByRole('region', { name: s.setAsideHeading }).getByText(s.noneSetAside)).toBeVisible();
  await expectNoA11yViolations(page);
  await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
  await expectNoA11yViolations(page);
});

test('refuses a broken and a foreign file by name, keeps the pool, flags a duplicate seed, pools another configuration apart; survives a reload; Clear empties it', async ({ page }) => {
  const ana = studentExport('class', 0);
  const ben = studentExport('class', 1);
  await page.goto('/train/class/');
  await drop(page).setInputFiles([json('ana.json', ana), json('ben.json', ben)]);
  await expect(status(page)).toHaveText(s.added(4, 4));

  const broken = JSON.parse(JSON.stringify(ben)) as { runs: { testAccuracy: unknown }[] };
  broken.runs[1]!.testAccuracy = 'high';
  // Cara trained the thin net with Ana's seed (a seed counted twice), and ran the Quick configuration too.
  const cara = studentExport('class', 0, ['standard', 'thin']);
  const quick = studentExport('quick', 2);
  await drop(page).setInputFiles([
    json('broken.json', broken),
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') },
    json('cara.json', cara),
    json('dan-quick.json', quick),
  ]);
  await expect(page.getByRole('listitem').filter({ hasText: s.refused('broken.json', 'its "runs[1].testAccuracy" should be a number.') })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: s.refused('notes.json', s.foreign) })).toBeVisible();
  // Nothing already loaded is lost: Ana's and Ben's runs are all still pooled, Cara's new thin run joins them.
  const main = page.getByRole('region', { name: s.groupHeading(evidenceStrings.configurationNames.class, 5, 3) });
  await expect(main).toBeVisible();
  const setAside = page.getByRole('region', { name: s.setAsideHeading });
  await expect(setAside.getByText(s.duplicateSeed('cara.json', evidenceStrings.networkName('standard'), ana.runs[0]!.seed, 'ana.json'))).toBeVisible();
  await expect(setAside.getByText(s.apart('dan-quick.json', evidenceStrings.configurationNames.quick, 2))).toBeVisible();
  await expect(page.getByRole('region', { name: s.groupHeading(evidenceStrings.configurationNames.quick, 2, 1) })).toBeVisible();

  // The same file again is recognised, not pooled twice.
  await drop(page).setInputFiles([json('ana-again.json', ana)]);
  await expect(page.getByRole('listitem').filter({ hasText: s.repeated('ana-again.json') })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('region', { name: s.groupHeading(evidenceStrings.configurationNames.class, 5, 3) })).toBeVisible();
  await page.getByRole('button', { name: s.clear }).click();
  await expect(page.getByText(s.emptyState)).toBeVisible();
  await page.reload();
  await expect(page.getByText(s.emptyState)).toBeVisible();
});

test('a student\'s results link, opened or pasted, pools with the exported files; a damaged link is refused by name', async ({ page, baseURL }) => {
  const ana = studentExport('class', 0);
  const ben = studentExport('class', 1, ['standard', 'separable'], 'Firefox on Windows, 8 cores');
  const link = runLinkUrl(baseURL!, runLinkFromResults(ben));
  await page.goto('/train/class/');
  await drop(page).setInputFiles([json('ana.json', ana)]);
  await expect(status(page)).toHaveText(s.added(2, 2));
  await page.goto(link);
  await expect(status(page)).toHaveText(s.added(2, 4));
  const name = s.linkName(ben.runs[0]!.seed, 'Firefox on Windows, 8 cores');
  const section = page.getByRole('region', { name: s.groupHeading(evidenceStrings.configurationNames.class, 4, 2) });
  await expect(section.getByRole('table', { name: s.spreadCaption }).getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) })).toHaveCount(2);
  await expect(section.locator('[data-class-verdicts] li').first()).toContainText('95 % interval');
  await page.getByLabel(s.pasteLabel).fill(`${link.slice(0, -6)}\n`);
  await page.getByRole('button', { name: s.addPasted }).click();
  await expect(page.getByRole('listitem').filter({ hasText: /^pasted item 1 was refused: This link/ })).toBeVisible();
  await expect(status(page)).toHaveText(s.added(0, 4));
});

test('projected at 1024×768 (?present): the class\'s charts fill the screen, their labels project at about 20 px, axe-clean in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/train/class/?present');
  await drop(page).setInputFiles([json('ana.json', studentExport('class', 0)), json('ben.json', studentExport('class', 1))]);
  const chart = page.getByRole('img', { name: evidenceStrings.intervalsTitle });
  // The pool is read and drawn asynchronously: step through the screens once the chart exists (projector mode hides
  // the screens not shown, the status line too, so it is found by its hook here, not by its role).
  await expect(page.locator('[data-class-status]')).toHaveText(s.added(4, 4));
  // A chart on a screen not shown is hidden, so it has no role until its screen comes: step (as a clicker does) until it shows.
  for (let pressed = 0; pressed < 30 && !(await chart.isVisible()); pressed++) {
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(150);
  }
  await expect(chart).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  expect((await chart.boundingBox())!.width, 'the chart is as wide as the screen allows').toBeGreaterThan(0.9 * 1024 - 80);
  const smallest = await chart.evaluate((svg: SVGSVGElement) => {
    const view = svg.viewBox.baseVal;
    const box = svg.getBoundingClientRect();
    const scale = Math.min(box.width / view.width, box.height / view.height);
    return Math.min(...[...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale));
  });
  expect(smallest).toBeGreaterThanOrEqual(19.5);
  await expectNoA11yViolations(page);
  await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
  await expectNoA11yViolations(page);
});
