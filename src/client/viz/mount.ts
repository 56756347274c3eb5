// The light half of the views: wires the scale toggle and draws lazily — Observable Plot is
// imported only when a view comes near the viewport (or is interacted with), keeping first-load JS small.
import type { DepthwiseFilter } from '../../lib/viz/kernels';
import type { Tensor3 } from '../../lib/viz/image-tensor';
import { vizStrings } from '../../lib/strings/viz';

type Draw = typeof import('./draw');
let drawModule: Promise<Draw> | undefined;

/** The Plot-based drawing module, loaded once on first need. */
function loadDraw(): Promise<Draw> {
  drawModule ??= import('./draw');
  return drawModule;
}

/** Calls `callback` once, when `element` is within 300 px of the viewport (at once where IntersectionObserver is missing). */
export function whenVisible(element: Element, callback: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return callback();
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    callback();
  }, { rootMargin: '300px' });
  observer.observe(element);
}

function isShared(root: HTMLElement, sharedSource?: () => boolean): boolean {
  if (sharedSource) return sharedSource();
  return root.querySelector<HTMLInputElement>('[data-shared-toggle]')?.checked ?? true;
}

async function draw(root: HTMLElement, planes: (module: Draw) => import('./draw').Planes, shared: boolean): Promise<void> {
  root.dataset.drawn = 'pending';
  try {
    const module = await loadDraw();
    module.drawPlanes(root, planes(module), shared);
  } catch (error) {
    root.dataset.drawn = 'failed';
    const message = document.createElement('p');
    message.className = 'viz-error';
    message.setAttribute('role', 'alert');
    message.textContent = vizStrings.renderFailed(error instanceof Error ? error.message : String(error));
    root.append(message);
  }
}

/** Options of the mount functions: where the shared/independent choice comes from (default: the view's own toggle). */
export interface MountOptions {
  sharedSource?: () => boolean;
  /** Draw now instead of waiting for the view to scroll into view. */
  eager?: boolean;
}

function mount(root: HTMLElement, planes: (module: Draw) => import('./draw').Planes, options: MountOptions): void {
  let visible = options.eager ?? false;
  const redraw = () => { if (visible) void draw(root, planes, isShared(root, options.sharedSource)); };
  root.querySelector('[data-shared-toggle]')?.addEventListener('change', () => { visible = true; redraw(); });
  if (visible) redraw();
  else whenVisible(root, () => { visible = true; redraw(); });
  (root as HTMLElement & { vizRedraw?: () => void }).vizRedraw = redraw;
}

/** Draws a kernel view (`data-viz="kernels"` markup with its JSON filter) when it scrolls into view. */
export function mountKernelView(root: HTMLElement, options: MountOptions = {}): void {
  const json = root.querySelector('script[data-viz-data]')?.textContent ?? '{}';
  const parsed = JSON.parse(json) as Omit<DepthwiseFilter, 'values'> & { values: number[] };
  const filter: DepthwiseFilter = { ...parsed, values: Float32Array.from(parsed.values) };
  mount(root, (module) => module.kernelPlanes(filter), options);
}

/** Draws a feature-map group (`data-viz="feature-maps"` markup) for `tensor` when it scrolls into view. */
export function mountFeatureMapGroup(root: HTMLElement, tensor: Tensor3, options: MountOptions = {}): void {
  mount(root, (module) => module.featureMapPlanes(tensor), options);
}

/** Redraws a mounted view (after the shared/independent choice changed elsewhere); no-op before it is visible. */
export function redrawView(root: HTMLElement): void {
  (root as HTMLElement & { vizRedraw?: () => void }).vizRedraw?.();
}
