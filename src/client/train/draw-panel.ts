/**
 * Draw a digit (or pick a test digit), see it as the networks see it (MNIST-style 28 × 28), and read
 * each network's answer with its probabilities — from the weights the reader chooses: the shipped ones
 * or those trained on this page; plus the kernels and feature maps of a test digit.
 */
import { mnistStyle } from '../../lib/digits';
import type { NetworkId } from '../../lib/train/networks';
import type { PredictResult, Weights } from '../../lib/train/protocol';
import { trainStrings } from '../../lib/strings/train';
import { paintDigit } from './digit-image';
import { drawPad } from './draw-pad';
import type { TrainSession } from './session';

/** The drawing and inspecting parts of the page, bound to their elements under `root`. */
export class DrawPanel {
  private readonly pad: ReturnType<typeof drawPad>;
  private version = 0;
  private readonly trained = new Set<NetworkId>();
  /** The digit on show (drawn or picked), answered again when the reader changes the weights. */
  private shown: number[] | undefined;

  constructor(private readonly root: HTMLElement, private readonly session: () => TrainSession) {
    this.pad = drawPad(this.q<HTMLCanvasElement>('[data-train-canvas]'), () => void this.classifyDrawing());
    this.q('[data-train-clear]').addEventListener('click', () => this.clear());
    this.q('[data-train-pick]').addEventListener('click', () => void this.pickTestDigit());
    this.q('[data-train-inspect]').addEventListener('click', () => void this.inspect());
    for (const radio of this.root.querySelectorAll<HTMLInputElement>('[data-train-weights]')) {
      radio.addEventListener('change', () => { if (this.shown) void this.classify(this.shown); });
    }
  }

  /** Nets now trained in the worker (`trained` adds to those of earlier runs; an empty list with `replace` forgets them all, as when the worker is lost). */
  setTrained(trained: readonly NetworkId[], replace = false): void {
    if (replace) this.trained.clear();
    for (const id of trained) this.trained.add(id);
    const radio = this.root.querySelector<HTMLInputElement>('[data-train-weights][value="trained"]');
    if (!radio) return;
    const had = !radio.disabled;
    radio.disabled = this.trained.size === 0;
    this.q('[data-train-weights-trained]').textContent = this.trained.size ? trainStrings.weightsTrained : trainStrings.weightsTrainedNone;
    if (radio.disabled && radio.checked) this.root.querySelector<HTMLInputElement>('[data-train-weights][value="shipped"]')!.checked = true;
    // The first nets trained here answer from then on; the reader can go back to the shipped ones.
    if (!had && !radio.disabled) radio.checked = true;
  }

  private get weights(): Weights {
    return this.root.querySelector<HTMLInputElement>('[data-train-weights]:checked')?.value === 'trained' && this.trained.size > 0 ? 'trained' : 'shipped';
  }

  /** The test digit number in `input`, or undefined after saying in `status` why there is none. */
  private testIndex(input: HTMLInputElement, status: HTMLElement): number | undefined {
    const text = input.value.trim();
    const index = Number(text);
    if (text !== '' && Number.isInteger(index) && index >= 0 && index < 2000) return index;
    status.textContent = trainStrings.noSuchDigit(text);
    return undefined;
  }

  private q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  private clear(): void {
    this.version += 1;
    this.shown = undefined;
    this.pad.clear();
    for (const slot of this.root.querySelectorAll('[data-prediction]')) slot.textContent = trainStrings.predictionIdle;
    this.q('[data-train-probabilities]').replaceChildren();
    this.q('[data-train-seen]').hidden = true;
    this.q('[data-train-picked]').textContent = '';
  }

  private async classifyDrawing(): Promise<void> {
    const digit = mnistStyle(this.pad.read());
    if (!digit) return;
    this.q('[data-train-picked]').textContent = '';
    await this.classify(Array.from(digit));
  }

  private async pickTestDigit(): Promise<void> {
    const picked = this.q('[data-train-picked]');
    const index = this.testIndex(this.q<HTMLInputElement>('[data-train-pick-index]'), picked);
    if (index === undefined) return;
    picked.textContent = trainStrings.predictionWorking;
    try {
      const digit = await this.session().testDigit(index, (event) => { picked.textContent = trainStrings.downloading(event.loaded, event.total); });
      picked.textContent = trainStrings.pickedDigit(index, digit.label);
      this.pad.clear();
      await this.classify(digit.pixels.map((level) => level / 255));
    } catch (error) {
      picked.textContent = trainStrings.callFailed(error instanceof Error ? error.message : String(error));
    }
  }

  private async classify(pixels: number[]): Promise<void> {
    const version = ++this.version;
    this.shown = pixels;
    const seen = this.q<HTMLCanvasElement>('[data-train-seen-canvas]');
    paintDigit(seen, pixels, 1);
    this.q('[data-train-seen]').hidden = false;
    for (const slot of this.root.querySelectorAll('[data-prediction]')) slot.textContent = trainStrings.predictionWorking;
    try {
      const result = await this.session().predict(pixels, this.weights);
      if (version === this.version) this.showPrediction(result);
    } catch (error) {
      if (version === this.version) for (const slot of this.root.querySelectorAll('[data-prediction]')) slot.textContent = trainStrings.callFailed(error instanceof Error ? error.message : String(error));
    }
  }

  private showPrediction(result: PredictResult): void {
    const table = document.createElement('table');
    table.createCaption().textContent = trainStrings.probabilitiesHeading;
    const head = table.createTHead().insertRow();
    head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: trainStrings.columns.network }));
    for (let digit = 0; digit < 10; digit += 1) head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: String(digit) }));
    const body = table.createTBody();
    for (const slot of this.root.querySelectorAll('[data-prediction]')) slot.textContent = trainStrings.notTrainedHere;
    for (const prediction of result.predictions) {
      const slot = this.root.querySelector(`[data-prediction="${prediction.network}"]`);
      if (slot) slot.textContent = trainStrings.prediction(prediction.digit, prediction.probabilities[prediction.digit] ?? 0);
      const row = body.insertRow();
      row.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: trainStrings.networkNames[prediction.network] }));
      prediction.probabilities.forEach((probability, digit) => {
        const cell = row.insertCell();
        cell.textContent = trainStrings.percent(probability, 0);
        if (digit === prediction.digit) cell.className = 'hit';
      });
    }
    this.q('[data-train-probabilities]').replaceChildren(table);
    this.q('[data-train-source]').textContent = trainStrings.predictionSource(result.source);
  }

  private async inspect(): Promise<void> {
    const status = this.q('[data-train-inspect-status]');
    const index = this.testIndex(this.q<HTMLInputElement>('[data-train-inspect-index]'), status);
    if (index === undefined) return;
    const weights = this.weights;
    if (weights === 'trained' && !(this.trained.has('standard') && this.trained.has('separable'))) {
      status.textContent = trainStrings.inspectNeedsBoth;
      return;
    }
    status.textContent = trainStrings.predictionWorking;
    try {
      const [result, views] = await Promise.all([this.session().inspect(index, weights), import('../viz/cell-views')]);
      status.textContent = `${trainStrings.pickedDigit(index, result.label)} ${trainStrings.predictionSource(result.source)}`;
      views.renderKernels(result.kernels, this.q('[data-train-kernels]'));
      const maps = this.q('[data-train-maps]');
      maps.replaceChildren();
      for (const map of result.maps) {
        const block = document.createElement('div');
        maps.append(block);
        views.renderFeatureMaps(map, block);
      }
    } catch (error) {
      status.textContent = trainStrings.callFailed(error instanceof Error ? error.message : String(error));
    }
  }
}
