/**
 * Large charts in projector mode: CSS stretches every Observable Plot chart to the width of the screen,
 * and this raises a chart's type until its labels project at {@link MIN_PROJECTED_PX} or more (charts
 * are drawn with 10 px labels at a fixed width, which a projector shrinks out of sight). Charts drawn
 * while projecting (a run finishing, a file dropped on the class page) are enlarged as they appear.
 */

/** The smallest type, in CSS pixels on the screen, that a projected chart may show. */
export const MIN_PROJECTED_PX = 20;

/** Plot's charts (`<svg class="plot-…">`), not the heatmaps and legends the views zoom as a whole. */
const CHARTS = 'svg[class^="plot-"]:not(.viz-slot svg):not(.viz-legend svg)';

/** How many screen pixels one unit of a chart's viewBox covers (its drawn size over its viewBox), or 0 when it is not drawn. */
function scaleOf(svg: SVGSVGElement): number {
  const box = svg.viewBox.baseVal;
  const rect = svg.getBoundingClientRect();
  if (!box || box.width === 0 || box.height === 0 || rect.width === 0) return 0;
  return Math.min(rect.width / box.width, rect.height / box.height);
}

/** Raises each drawn chart's base type under `root` so it projects at MIN_PROJECTED_PX at least; returns the charts changed. */
export function enlargeCharts(root: ParentNode): SVGSVGElement[] {
  const changed: SVGSVGElement[] = [];
  for (const svg of root.querySelectorAll<SVGSVGElement>(CHARTS)) {
    const scale = scaleOf(svg);
    if (scale === 0) continue;
    svg.style.removeProperty('font-size');
    const base = parseFloat(getComputedStyle(svg).fontSize);
    if (base * scale >= MIN_PROJECTED_PX) continue;
    svg.style.fontSize = `${(MIN_PROJECTED_PX / scale).toFixed(2)}px`;
    svg.dataset.projectorEnlarged = '';
    changed.push(svg);
  }
  return changed;
}

/** Gives every chart enlarged by {@link enlargeCharts} its own type back. */
export function restoreCharts(root: ParentNode): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-projector-enlarged]')) {
    svg.style.removeProperty('font-size');
    delete svg.dataset.projectorEnlarged;
  }
}

/** Enlarges charts under `root` now and whenever new ones are drawn, until the returned function is called. */
export function watchCharts(root: HTMLElement): () => void {
  let pending = 0;
  const pass = () => {
    pending = 0;
    enlargeCharts(root);
  };
  const schedule = () => { if (pending === 0) pending = requestAnimationFrame(pass); };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some((node) => node instanceof Element && (node.matches('svg') || node.querySelector('svg'))))) schedule();
  });
  observer.observe(root, { childList: true, subtree: true });
  schedule();
  return () => {
    observer.disconnect();
    if (pending) cancelAnimationFrame(pending);
    restoreCharts(root);
  };
}
