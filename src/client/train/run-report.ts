/**
 * What a run shows as it goes: the results table (one row per net, those not in the run said so), the
 * per-epoch table (a part-epoch labelled as one), each finished net's confusion matrix and wrong digits,
 * and the speed sentence once the standard and separable nets have both finished.
 */
import { networkCostOf, type NetworkId } from '../../lib/train/networks';
import type { EpochEvent, NetworkEvent } from '../../lib/train/protocol';
import { trainStrings } from '../../lib/strings/train';
import { confusionTable, wrongDigits } from './reports';

/** The report slots under `root`, for one run at a time. */
export class RunReport {
  private readonly finished = new Map<NetworkId, NetworkEvent>();
  private backend = '';

  constructor(private readonly root: HTMLElement) {}

  private q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  private setRow(id: string, values: string[]): void {
    const cells = this.root.querySelectorAll<HTMLTableCellElement>(`[data-train-results] tr[data-network="${id}"] td`);
    values.forEach((value, index) => { if (cells[index]) cells[index].textContent = value; });
  }

  /** Clears the previous run's report; `networks` are this run's nets, the others are marked as not in it. */
  reset(networks: readonly NetworkId[]): void {
    this.finished.clear();
    for (const slot of ['[data-train-confusion]', '[data-train-wrong]', '[data-train-speed]', '[data-train-epochs] tbody']) this.q(slot).replaceChildren();
    for (const row of this.root.querySelectorAll<HTMLTableRowElement>('[data-train-results] tr[data-network]')) {
      const id = row.dataset.network ?? '';
      this.setRow(id, [(networks as readonly string[]).includes(id) ? trainStrings.notTrained : trainStrings.notInRun, '', '']);
    }
  }

  /** The backend that trains, as its name reads (for the speed sentence). */
  setBackend(name: string): void {
    this.backend = name;
  }

  /** One epoch's row; a part-epoch (Stop came mid-epoch) says how many of its batches trained. */
  addEpoch(event: EpochEvent, batchesPerEpoch: number): void {
    const row = this.q<HTMLTableSectionElement>('[data-train-epochs] tbody').insertRow();
    const epoch = event.batches < batchesPerEpoch ? trainStrings.partEpoch(event.epoch, event.batches, batchesPerEpoch) : String(event.epoch);
    for (const text of [trainStrings.networkNames[event.network] ?? event.network, epoch, event.loss.toFixed(3), trainStrings.percent(event.accuracy), trainStrings.percent(event.validationAccuracy, 2), event.seconds.toFixed(1)]) {
      row.insertCell().textContent = text;
    }
  }

  /** A net finished (or was stopped): its row, confusion matrix and wrong digits, and the speed sentence when both nets it compares are in. */
  addNetwork(report: NetworkEvent): void {
    this.finished.set(report.network, report);
    const accuracy = trainStrings.percent(report.testAccuracy, 2);
    this.setRow(report.network, [
      report.stopped ? trainStrings.stoppedAccuracy(accuracy) : accuracy, report.msPerBatch.toFixed(0),
      report.secondsPerEpoch > 0 ? report.secondsPerEpoch.toFixed(1) : trainStrings.noWholeEpoch,
    ]);
    this.q('[data-train-confusion]').append(confusionTable(report));
    // The wrong digits (24 small canvases) in a task of their own, after the table.
    setTimeout(() => this.q('[data-train-wrong]').append(wrongDigits(report)), 0);
    const standard = this.finished.get('standard');
    const separable = this.finished.get('separable');
    if (standard && separable && standard.msPerBatch > 0) {
      const macRatio = networkCostOf('separable').multiplyAdds / networkCostOf('standard').multiplyAdds;
      this.q('[data-train-speed]').textContent = trainStrings.speedSentence(this.backend, separable.msPerBatch / standard.msPerBatch, macRatio);
    }
  }
}
