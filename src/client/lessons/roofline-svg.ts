/**
 * Draws a roofline sketch (src/lib/diagrams/roofline.ts's geometry) as SVG in the browser, with the same
 * classes as the build's static sketches (src/notebook/RooflineSketch.astro, diagrams.css), so a measured
 * roofline looks like the lesson's datasheet ones.
 */
import { formatCount } from '../../lib/cost';
import type { RooflineGeometry } from '../../lib/diagrams';
import { lessonStrings as s } from '../../lib/strings/lessons';

const SVG = 'http://www.w3.org/2000/svg';

function node<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const tick = (value: number) => (value >= 1 ? formatCount(value) : String(value));

/** The sketch as an SVG image named `title` (its table, beside it, holds the numbers). */
export function rooflineSvg(geometry: RooflineGeometry, title: string): SVGSVGElement {
  const { plot } = geometry;
  const svg = node('svg', { viewBox: `0 0 ${geometry.width} ${geometry.height}`, width: geometry.width, height: geometry.height, role: 'img', 'aria-label': title });
  for (const t of geometry.xTicks) {
    svg.append(node('line', { x1: t.x, x2: t.x, y1: plot.top, y2: plot.bottom, class: 'diagram-grid' }), node('text', { x: t.x, y: plot.bottom + 16, 'text-anchor': 'middle', class: 'diagram-tick' }, tick(t.value)));
  }
  for (const t of geometry.yTicks) {
    svg.append(node('line', { x1: plot.left, x2: plot.right, y1: t.y, y2: t.y, class: 'diagram-grid' }), node('text', { x: plot.left - 6, y: t.y + 4, 'text-anchor': 'end', class: 'diagram-tick' }, tick(t.value)));
  }
  const middleY = (plot.top + plot.bottom) / 2;
  svg.append(
    node('text', { x: (plot.left + plot.right) / 2, y: geometry.height - 8, 'text-anchor': 'middle' }, s.rooflineXAxis),
    node('text', { x: 14, y: middleY, 'text-anchor': 'middle', transform: `rotate(-90 14 ${middleY})` }, s.rooflineYAxis),
  );
  geometry.roofs.forEach((roof, index) => {
    svg.append(node('path', { d: roof.path, class: `diagram-roof diagram-roof-${index}` }), node('text', { x: roof.ridgeX - 6, y: roof.ridgeY - 8 - 16 * index, 'text-anchor': 'end' }, roof.label));
  });
  geometry.layers.forEach((layer, index) => {
    const right = layer.x > plot.right - 120;
    svg.append(
      node('circle', { cx: layer.x, cy: layer.y, r: 5, class: `diagram-${layer.kind}` }),
      node('text', { x: right ? layer.x + 4 : layer.x + 8, y: layer.y + 20 + 15 * (index % 2), 'text-anchor': right ? 'end' : 'start', class: 'diagram-shape' }, layer.label),
    );
  });
  return svg;
}
