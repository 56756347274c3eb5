// A roofline sketch as geometry: a device's roofs and layers placed at their intensities, on log–log axes.
import { attainable, type RooflineBackend } from '../lab/analysis';

/** One roof: a label, the memory bandwidth in GB/s and the compute peak in GFLOP/s. */
export interface Roof {
  readonly label: string;
  readonly bandwidth: number;
  readonly peak: number;
}

/** A layer on the sketch: its name, kind, arithmetic intensity in FLOP per byte and the index of the roof that caps it (default 0). */
export interface RooflineLayer {
  readonly label: string;
  readonly kind: 'depthwise' | 'pointwise' | 'standard';
  readonly intensity: number;
  readonly roof?: number;
}

/** The sketch in SVG units: each roof as a path with its ridge point, each layer at its intensity on the roof that caps it. */
export interface RooflineGeometry {
  readonly width: number;
  readonly height: number;
  readonly roofs: { label: string; path: string; ridge: number; ridgeX: number; ridgeY: number }[];
  readonly layers: (RooflineLayer & { x: number; y: number; gflops: number; fractionOfPeak: number })[];
  readonly xTicks: { value: number; x: number }[];
  readonly yTicks: { value: number; y: number }[];
  readonly plot: { left: number; top: number; right: number; bottom: number };
}

const asBackend = (roof: Roof): RooflineBackend => ({ backend: 'cpu', bandwidth: roof.bandwidth, peak: roof.peak, ridge: roof.peak / roof.bandwidth });

/** Lays roofs and layers out on log axes from 0.1 to 1,000 FLOP/B; each layer sits on its own roof (`layer.roof`, default the first). */
export function rooflineGeometry(roofs: readonly Roof[], layers: readonly RooflineLayer[], size = { width: 640, height: 360 }): RooflineGeometry {
  if (roofs.length === 0) throw new Error('invalid roofs: none');
  const plot = { left: 70, top: 20, right: size.width - 20, bottom: size.height - 50 };
  const [xMin, xMax] = [0.1, 1000];
  const peaks = roofs.map((roof) => roof.peak);
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...peaks)));
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...roofs.map((roof) => roof.bandwidth * xMin))));
  const x = (value: number) => plot.left + ((Math.log10(value) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - ((Math.log10(value) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (plot.bottom - plot.top);
  const round = (value: number) => Math.round(value * 10) / 10;
  const drawn = roofs.map((roof) => {
    const backend = asBackend(roof);
    const points = [xMin, backend.ridge, xMax].map((intensity) => `${round(x(intensity))},${round(y(attainable(backend, intensity)))}`);
    return { label: roof.label, path: `M ${points.join(' L ')}`, ridge: backend.ridge, ridgeX: round(x(backend.ridge)), ridgeY: round(y(roof.peak)) };
  });
  const placed = layers.map((layer) => {
    const roof = roofs[layer.roof ?? 0];
    if (!roof) throw new Error(`invalid roof: ${String(layer.roof)} (for ${layer.label})`);
    const base = asBackend(roof);
    const gflops = attainable(base, layer.intensity);
    return { ...layer, gflops, fractionOfPeak: gflops / base.peak, x: round(x(layer.intensity)), y: round(y(gflops)) };
  });
  const decades = (low: number, high: number) => Array.from({ length: Math.round(Math.log10(high / low)) + 1 }, (_, i) => low * 10 ** i);
  return {
    width: size.width,
    height: size.height,
    roofs: drawn,
    layers: placed,
    xTicks: decades(xMin, xMax).map((value) => ({ value, x: round(x(value)) })),
    yTicks: decades(yMin, yMax).map((value) => ({ value, y: round(y(value)) })),
    plot,
  };
}
