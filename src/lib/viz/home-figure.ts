// The home page's figure, drawn at build time: one small RGB tensor through a standard, a depthwise and a pointwise
// convolution side by side, each with its parameter count from the cost library (a static SVG string, no script).
import { compareSeparable, formatCount, formatRatio, parameterCount, type LayerSpec } from '../cost';
import { homeFigureStrings as s } from '../strings/home-figure';
import { escapeHtml } from './stepper-markup';

/** One panel of the figure: an op on the shared input, its kernels and output channels, and its exact parameter count. */
export interface FigurePanel {
  kind: 'standard' | 'depthwise' | 'pointwise';
  title: string;
  spec: LayerSpec;
  /** How many kernels the op learns and how deep each one is (channels it reads). */
  kernels: { count: number; side: number; depth: number };
  outChannels: number;
  parameters: number;
  formula: string;
}

/** The figure's numbers: a 3-channel input, 3×3 kernels, 4 output channels, no bias (as in the seed's examples). */
export function homeFigurePanels(options: { inChannels?: number; outChannels?: number; kernelSize?: number } = {}): FigurePanel[] {
  const { inChannels = 3, outChannels = 4, kernelSize = 3 } = options;
  const specs: Record<FigurePanel['kind'], LayerSpec> = {
    standard: { kind: 'standard', kernelSize, inChannels, outChannels, bias: false },
    depthwise: { kind: 'depthwise', kernelSize, inChannels, bias: false },
    pointwise: { kind: 'pointwise', inChannels, outChannels, bias: false },
  };
  const k = kernelSize;
  return [
    { kind: 'standard', title: s.standard(k), spec: specs.standard, kernels: { count: outChannels, side: k, depth: inChannels }, outChannels, parameters: parameterCount(specs.standard), formula: `${k}·${k}·${inChannels}·${outChannels}` },
    { kind: 'depthwise', title: s.depthwise(k), spec: specs.depthwise, kernels: { count: inChannels, side: k, depth: 1 }, outChannels: inChannels, parameters: parameterCount(specs.depthwise), formula: `${k}·${k}·${inChannels}` },
    { kind: 'pointwise', title: s.pointwise, spec: specs.pointwise, kernels: { count: outChannels, side: 1, depth: inChannels }, outChannels, parameters: parameterCount(specs.pointwise), formula: `${inChannels}·${outChannels}` },
  ];
}

/** The text alternative: what each panel shows, with its numbers, and the block against the standard convolution. */
export function homeFigureDescription(panels: readonly FigurePanel[] = homeFigurePanels()): string {
  const [standard, depthwise, pointwise] = panels as [FigurePanel, FigurePanel, FigurePanel];
  const block = compareSeparable({ inHeight: 8, inChannels: standard.spec.inChannels, outChannels: standard.outChannels, kernelSize: standard.kernels.side, pad: 'same', bias: false });
  return s.description({
    standard: formatCount(standard.parameters), depthwise: formatCount(depthwise.parameters), pointwise: formatCount(pointwise.parameters),
    block: formatCount(block.separableParameters), factor: formatRatio(block.parameterFactor), inChannels: standard.spec.inChannels, outChannels: standard.outChannels,
  });
}

const CHANNEL_FILLS = ['#d94c4c', '#3f9a4a', '#3b6fd1'];
const MIXED_FILLS = ['#8a5fbf', '#b0773a', '#3a8f8f', '#7a7a7a', '#a0527a', '#5a7a3a'];
const PANEL_WIDTH = 250;

function square(x: number, y: number, size: number, fill: string): string {
  return `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${fill}" stroke="currentColor" stroke-width="1"/>`;
}

/** A stack of `fills.length` squares, front one last (drawn over the others), offset down-right. */
function stack(x: number, y: number, size: number, fills: readonly string[]): string {
  return fills.map((fill, index) => square(x + index * 6, y + index * 6, size, fill)).reverse().join('');
}

function panelMarkup(panel: FigurePanel): string {
  const input = stack(10, 48, 46, CHANNEL_FILLS);
  const kernelFills = (kernel: number) => (panel.kind === 'depthwise' ? [CHANNEL_FILLS[kernel]!] : CHANNEL_FILLS.slice(0, panel.kernels.depth));
  // Kernels stacked in a column centred on the arrows (y = 80), each as deep as the channels it reads.
  const kernelSize = panel.kernels.side === 1 ? 8 : 14;
  const extent = kernelSize + 6 * (panel.kernels.depth - 1);
  const spacing = extent + 5;
  const top = 80 - ((panel.kernels.count - 1) * spacing + extent) / 2;
  const kernels = Array.from({ length: panel.kernels.count }, (_, kernel) => stack(98, top + kernel * spacing, kernelSize, kernelFills(kernel))).join('');
  const outFills = panel.kind === 'depthwise' ? CHANNEL_FILLS : MIXED_FILLS.slice(0, panel.outChannels);
  const output = stack(160, 48, 46, outFills);
  const arrow = (from: number, to: number) => `<path d="M${from} 80 H${to}" stroke="currentColor" stroke-width="1.5" marker-end="url(#home-figure-arrow-${panel.kind})"/>`;
  const text = (y: number, content: string, weight = 400) =>
    `<text x="${PANEL_WIDTH / 2 - 10}" y="${y}" text-anchor="middle" font-weight="${weight}">${escapeHtml(content)}</text>`;
  return `<g data-panel="${panel.kind}">${text(20, panel.title, 700)}${input}${arrow(76, 92)}${kernels}${arrow(128, 156)}${output}` +
    `${text(160, s.channels(panel.spec.inChannels, panel.outChannels))}${text(180, s.parameters(formatCount(panel.parameters)), 700)}${text(198, `(${panel.formula})`)}</g>`;
}

/** One panel as its own small SVG (so narrow screens stack the panels at a readable size instead of shrinking one wide drawing). */
function panelSvg(panel: FigurePanel): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PANEL_WIDTH - 10} 210" width="${PANEL_WIDTH - 10}" height="210" aria-hidden="true" ` +
    'font-family="system-ui, sans-serif" font-size="13" fill="currentColor">' +
    `<defs><marker id="home-figure-arrow-${panel.kind}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">` +
    '<path d="M0 0 L8 4 L0 8 z" fill="currentColor"/></marker></defs>' +
    `${panelMarkup(panel)}</svg>`;
}

/**
 * The figure as static markup: one image (role img, named by its title, described by the text alternative) made of
 * three panel SVGs side by side, which wrap onto separate lines on a phone.
 */
export function homeFigureSvg(panels: readonly FigurePanel[] = homeFigurePanels()): string {
  return '<div class="home-figure-panels" role="img" aria-labelledby="home-figure-title" aria-describedby="home-figure-desc">' +
    `${panels.map(panelSvg).join('')}</div>` +
    `<p id="home-figure-title" hidden>${escapeHtml(s.title)}</p><p id="home-figure-desc" hidden>${escapeHtml(homeFigureDescription(panels))}</p>`;
}
