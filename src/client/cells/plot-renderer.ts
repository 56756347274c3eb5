/**
 * Renders `show.plot` payloads with Observable Plot (loaded only when a cell first plots), with the
 * plotted data as a table beside it for readers who cannot see the chart.
 */
import * as Plot from '@observablehq/plot';
import { PLOT_MARKS, tableFromRows, type PlotPayload } from '../../lib/notebook/display';
import { cellStrings } from '../../lib/strings/cells';
import { renderTable } from './table-renderer';

type MarkFactory = (data?: unknown, options?: Record<string, unknown>) => Plot.Markish;

/** Draws the plot into `target`, followed by a collapsible data table of each mark with data. */
export function renderPlot(payload: PlotPayload, target: HTMLElement): void {
  const marks = payload.marks.map((spec) => {
    const factory = (Plot as unknown as Record<string, MarkFactory | undefined>)[spec.mark];
    if (!PLOT_MARKS.has(spec.mark) || typeof factory !== 'function') throw new Error(`invalid plot mark: ${spec.mark}`);
    return spec.data === undefined ? factory(spec.options) : factory(spec.data, spec.options);
  });
  const figure = Plot.plot({ ...(payload.options as Plot.PlotOptions), marks });
  figure.setAttribute('role', 'img');
  if (!figure.getAttribute('aria-label')) {
    const title = typeof payload.options.title === 'string' ? payload.options.title : `${payload.marks.map((mark) => mark.mark).join(', ')} plot`;
    figure.setAttribute('aria-label', title);
  }
  // The figure is one image with a label; Plot's labelled <g> groups inside it would be prohibited ARIA.
  figure.querySelectorAll('g[aria-label]').forEach((group) => group.removeAttribute('aria-label'));
  target.append(figure);
  const withData = payload.marks.filter((mark) => Array.isArray(mark.data) && mark.data.length > 0);
  if (withData.length === 0) return;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = cellStrings.dataTable;
  details.append(summary);
  for (const mark of withData) renderTable(tableFromRows(mark.data, `${mark.mark}`), details);
  target.append(details);
}
