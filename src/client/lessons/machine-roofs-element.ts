/**
 * <dw-machine-roofs>: measures this machine's roofs (the lab's machine probes, src/client/lab/machine-probes.ts,
 * loaded on the button) and places the lesson's layers under the one-thread roof: a roofline drawn like the
 * lesson's datasheet sketches, a table beside it, and what each kind of layer could reach with perfect kernels.
 */
import { kindCeilings, machineRoofs, type LayerAtIntensity, type Roof } from '../../lib/lab';
import { rooflineGeometry } from '../../lib/diagrams';
import { formatDecimal, formatCount } from '../../lib/cost';
import { labStrings } from '../../lib/strings/lab';
import { rooflineStrings } from '../../lib/strings/roofline';
import { lessonStrings } from '../../lib/strings/lessons';
import { rooflineSvg } from './roofline-svg';

const s = rooflineStrings.lesson;

class DwMachineRoofs extends HTMLElement {
  private running = false;

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    const found = this.querySelector<T>(`[data-roofs-${name}]`);
    if (!found) throw new Error(`invalid machine-roofs markup: no [data-roofs-${name}]`);
    return found;
  }

  connectedCallback(): void {
    if (this.dataset.enhanced !== undefined) return;
    this.dataset.enhanced = '';
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
    this.piece<HTMLButtonElement>('start').addEventListener('click', () => void this.measure());
  }

  private async measure(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const button = this.piece<HTMLButtonElement>('start');
    const status = this.piece('status');
    button.disabled = true;
    try {
      const { startMachineProbes } = await import('../lab/machine-probes');
      const run = startMachineProbes({ threads: navigator.hardwareConcurrency ?? 1, gpu: false }, {
        onStage: (stage) => { status.textContent = s.measuring(labStrings.probeStages[stage]); },
      });
      const end = await run.ended;
      const [one, ...others] = machineRoofs(end.results);
      if (!one) throw new Error(end.stopped ?? s.noRoof);
      this.show(one, others);
      status.textContent = s.done;
    } catch (error) {
      status.textContent = s.failed(error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
      this.running = false;
    }
  }

  /** Draws the roofs (one thread first) with the layers under the one-thread roof, fills the table and the sentences. */
  private show(one: Roof, others: Roof[]): void {
    const layers = JSON.parse(this.dataset.layers ?? '[]') as LayerAtIntensity[];
    const roofs = [one, ...others.filter((roof) => roof.id === 'cpu-all-threads')];
    const label = (roof: Roof) => lessonStrings.rooflineRoofLabel(rooflineStrings.roof(roof.id, roof.threads), formatDecimal(roof.peak / roof.bandwidth, 1));
    const geometry = rooflineGeometry(roofs.map((roof) => ({ label: label(roof), bandwidth: roof.bandwidth, peak: roof.peak })), layers);
    this.piece('chart').replaceChildren(rooflineSvg(geometry, s.chartTitle));
    const body = this.piece('table').querySelector('tbody');
    body?.replaceChildren(...geometry.layers.map((layer) => {
      const row = document.createElement('tr');
      const cells = [layer.label, formatDecimal(layer.intensity, 2), formatCount(Math.round(layer.gflops)), `${formatDecimal(layer.fractionOfPeak * 100, 0)}\u00a0%`];
      cells.forEach((text, index) => {
        const cell = document.createElement(index === 0 ? 'th' : 'td');
        if (index === 0) cell.setAttribute('scope', 'row');
        cell.textContent = text;
        row.append(cell);
      });
      return row;
    }));
    this.piece('table').hidden = false;
    const sentences = [
      s.ridge(rooflineStrings.roof(one.id, one.threads), one.bandwidth, one.peak),
      ...kindCeilings(one, layers).map((ceiling) => s.ceiling({ kind: s.kinds[ceiling.kind], intensity: ceiling.intensity, gflops: ceiling.gflops, share: ceiling.shareOfPeak, bound: ceiling.bound })),
    ];
    this.piece('words').replaceChildren(...sentences.map((sentence) => Object.assign(document.createElement('li'), { textContent: sentence })));
  }
}

/** Defines <dw-machine-roofs> (called by lazyDefine when one nears the viewport or is used). */
export function defineMachineRoofs(): void {
  if (!customElements.get('dw-machine-roofs')) customElements.define('dw-machine-roofs', DwMachineRoofs);
}
