// The experiment's charts drawn at build time: Observable Plot into a jsdom document, shipped as SVG markup,
// so /effective/ shows them without any page script and prints them. One document serves the whole build.
import { JSDOM } from 'jsdom';
import * as Plot from '@observablehq/plot';
import type { ChartBase } from '../../client/train/evidence-charts';

let document: Document | undefined;

/** Plot and a document to draw in, with `title` as the chart's name. */
export function buildChart(title: string): ChartBase {
  document ??= new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return { Plot, document, title };
}

/** A drawn chart as markup for `set:html`. */
export function markup(chart: Element): string {
  return chart.outerHTML;
}
