/**
 * <viz-feature-maps>: a picture's channels, its depthwise outputs and (optionally) pointwise outputs,
 * redrawn when the reader picks a photo, uploads/drops/snaps their own, or changes the kernel.
 * Configured by data-source ('photo' | 'random'), data-photo, data-channels, data-preset, data-pointwise, data-seed, data-size.
 */
import type { Kernel } from '../../lib/viz/kernels';
import { featureMapSets } from '../../lib/viz/feature-map-sets';
import { parseKernel } from '../../lib/viz/kernel-parse';
import { imageToTensor, type Tensor3 } from '../../lib/viz/image-tensor';
import { randomMaps } from '../../lib/viz/separable-maps';
import { colourShapes, testCardName } from '../../lib/viz/test-card';
import { featureMapGroupMarkup } from '../../lib/viz/view-markup';
import { vizStrings } from '../../lib/strings/viz';
import { readImageFile, readImageUrl, snapshot, startWebcam, webcamPossible, type ImageResult } from './image-input';
import { mountFeatureMapGroup, redrawView, whenVisible } from './mount';
import { drawPreview } from './preview';

/** The value of the Photograph select's entry for the reader's own picture (file, drop or webcam). */
const OWN_PICTURE = 'own-picture';

class VizFeatureMaps extends HTMLElement {
  #input: Tensor3 | undefined;
  /** The menu choice ('sobelX', 'mixed', …) or the reader's own kernel for every channel. */
  #kernelChoice: string | Kernel = 'sobelX';
  #visible = false;
  #stopWebcam: (() => void) | null = null;

  connectedCallback(): void {
    if (this.dataset.enhanced !== undefined) return;
    this.dataset.enhanced = '';
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
    const preset = this.dataset.preset ?? 'sobelX';
    if (preset !== 'custom') this.#kernelChoice = preset;
    this.#wireKernel();
    this.#wireImageInputs();
    this.#q('[data-shared-toggle]')?.addEventListener('change', () => this.#redraw());
    // Nothing is fetched or computed until the block comes near the viewport.
    whenVisible(this, () => { this.#visible = true; void this.#start(); });
  }

  disconnectedCallback(): void {
    this.#stopWebcam?.();
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  async #start(): Promise<void> {
    if (this.dataset.source === 'random') {
      const size = Number(this.dataset.size ?? 16);
      this.#use(randomMaps(size, size, Number(this.dataset.channels ?? 3), Number(this.dataset.seed ?? 1)), null);
      return;
    }
    await this.#loadPhoto(this.#q<HTMLSelectElement>('[data-photo-select]')?.value ?? this.dataset.photo ?? 'nagasaki-boats');
  }

  async #loadPhoto(name: string): Promise<void> {
    const option = [...(this.#q<HTMLSelectElement>('[data-photo-select]')?.options ?? [])].find((entry) => entry.value === name);
    if (name === testCardName) {
      const image = colourShapes();
      return this.#accept({ ok: true, name: option?.textContent?.trim() || name, image, width: image.width, height: image.height }, 'menu');
    }
    this.#accept(await readImageUrl(`/images/${name}.png`, option?.textContent?.trim() || name), 'menu');
  }

  /**
   * Uses a decoded picture, or shows why not and keeps the previous one. Either way the Photograph select and the
   * message name the picture in use: the reader's own picture gets its own entry in the select while it is in use.
   */
  #accept(result: ImageResult, from: 'menu' | 'own'): void {
    if (!result.ok) return this.#message(result.error, true);
    const side = Number(this.dataset.size ?? 48);
    this.#use(imageToTensor(result.image, { outHeight: side, outWidth: side }), result.name);
    this.dataset.inputName = result.name;
    this.#nameInSelect(from === 'own' ? result.name : null);
    this.#message(vizStrings.imageLoaded(result.name, result.width, result.height), false);
  }

  /** Selects an entry naming the reader's own picture (`ownName`), or removes that entry once a listed picture is in use. */
  #nameInSelect(ownName: string | null): void {
    const select = this.#q<HTMLSelectElement>('[data-photo-select]');
    if (!select) return;
    let own = select.querySelector<HTMLOptionElement>('option[data-own]');
    if (ownName === null) {
      own?.remove();
      return;
    }
    if (!own) {
      own = document.createElement('option');
      own.value = OWN_PICTURE;
      own.dataset.own = '';
      select.append(own);
    }
    own.textContent = vizStrings.ownPicture(ownName);
    own.selected = true;
  }

  #use(input: Tensor3, name: string | null): void {
    this.#input = input;
    const preview = this.#q<HTMLCanvasElement>('[data-preview]');
    if (preview && name !== null) {
      drawPreview(preview, input);
      preview.setAttribute('aria-label', vizStrings.previewLabel(name));
    }
    this.#render();
  }

  #message(text: string, isError: boolean): void {
    const status = this.#q('[data-message]');
    if (!status) return;
    status.textContent = text;
    status.dataset.kind = isError ? 'error' : 'info';
  }

  #render(): void {
    const input = this.#input;
    const groups = this.#q('[data-groups]');
    if (!input || !groups) return;
    const sets = featureMapSets({
      input, choice: this.#kernelChoice, source: this.dataset.source === 'random' ? 'random' : 'photo',
      pointwise: Number(this.dataset.pointwise ?? 0), seed: Number(this.dataset.seed ?? 1),
    });
    groups.innerHTML = sets.map((set) => featureMapGroupMarkup(set.tensor, set)).join('');
    const shared = () => this.#q<HTMLInputElement>('[data-shared-toggle]')?.checked ?? true;
    groups.querySelectorAll<HTMLElement>('[data-viz="feature-maps"]').forEach((root, i) => {
      mountFeatureMapGroup(root, sets[i]!.tensor, { sharedSource: shared, eager: this.#visible });
    });
    this.dataset.version = String(Number(this.dataset.version ?? 0) + 1);
  }

  #redraw(): void {
    for (const root of this.querySelectorAll<HTMLElement>('[data-groups] [data-viz="feature-maps"]')) redrawView(root);
  }

  #wireKernel(): void {
    const select = this.#q<HTMLSelectElement>('[data-preset]');
    const editor = this.#q('[data-editor]');
    const text = this.#q<HTMLTextAreaElement>('[data-kernel-text]');
    const error = this.#q('[data-kernel-error]');
    select?.addEventListener('change', () => {
      if (editor) editor.hidden = select.value !== 'custom';
      if (select.value === 'custom') return text?.focus();
      this.#kernelChoice = select.value;
      this.#render();
    });
    this.#q('[data-apply]')?.addEventListener('click', () => {
      const parsed = parseKernel(text?.value ?? '');
      if (error) error.textContent = parsed.ok ? vizStrings.kernelApplied(parsed.kernel.filterHeight, parsed.kernel.filterWidth) : parsed.error;
      error?.setAttribute('data-kind', parsed.ok ? 'info' : 'error');
      text?.setAttribute('aria-invalid', String(!parsed.ok));
      if (!parsed.ok) return;
      this.#kernelChoice = parsed.kernel;
      this.#render();
    });
  }

  #wireImageInputs(): void {
    this.#q<HTMLSelectElement>('[data-photo-select]')?.addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      // The reader's own picture is already in use when its entry is chosen again.
      if (value !== OWN_PICTURE) void this.#loadPhoto(value);
    });
    const file = this.#q<HTMLInputElement>('[data-file]');
    file?.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      if (chosen) this.#accept(await readImageFile(chosen, chosen.name), 'own');
      file.value = '';
    });
    const drop = this.#q('[data-drop]');
    drop?.addEventListener('dragover', (event) => { event.preventDefault(); drop.dataset.over = ''; });
    drop?.addEventListener('dragleave', () => { delete drop.dataset.over; });
    drop?.addEventListener('drop', async (event) => {
      event.preventDefault();
      delete drop.dataset.over;
      const dropped = event.dataTransfer?.files[0];
      if (dropped) this.#accept(await readImageFile(dropped, dropped.name), 'own');
    });
    this.#wireWebcam();
  }

  #wireWebcam(): void {
    const button = this.#q<HTMLButtonElement>('[data-webcam]');
    const panel = this.#q('[data-webcam-panel]');
    const video = this.#q<HTMLVideoElement>('video');
    if (!button || !panel || !video || !webcamPossible()) return;
    button.hidden = false;
    const stop = () => { this.#stopWebcam?.(); this.#stopWebcam = null; panel.hidden = true; button.focus(); };
    button.addEventListener('click', async () => {
      this.#stopWebcam = await startWebcam(video);
      if (!this.#stopWebcam) return this.#message(vizStrings.webcamUnavailable, true);
      panel.hidden = false;
      this.#q<HTMLButtonElement>('[data-capture]')?.focus();
    });
    this.#q('[data-capture]')?.addEventListener('click', () => { this.#accept(snapshot(video), 'own'); stop(); });
    this.#q('[data-cancel]')?.addEventListener('click', stop);
  }
}

/** Registers <viz-feature-maps> once. */
export function defineFeatureMaps(): void {
  if (!customElements.get('viz-feature-maps')) customElements.define('viz-feature-maps', VizFeatureMaps);
}
