// What the lab is likely to show a class: per backend, the median measured speed-up of separable over standard
// against the median multiply-add ratio, from a results file.
import type { SpeedupPoint } from '../lab/analysis';
import { median } from '../lab/stats';

/** One backend's outlook: how many layers were measured, and the medians of speed-up and MAC ratio over them. */
export interface BackendOutlook {
  backend: string;
  layers: number;
  medianSpeedup: number;
  medianMacRatio: number;
}

/** Groups speed-up points by backend (first-seen order) into median speed-up and median MAC ratio. */
export function backendOutlook(points: readonly SpeedupPoint[]): BackendOutlook[] {
  const backends = [...new Set(points.map((point) => point.backend))];
  return backends.map((backend) => {
    const mine = points.filter((point) => point.backend === backend);
    return {
      backend,
      layers: mine.length,
      medianSpeedup: median(mine.map((point) => point.speedup)),
      medianMacRatio: median(mine.map((point) => point.macRatio)),
    };
  });
}
