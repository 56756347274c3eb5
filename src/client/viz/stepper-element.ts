/** <viz-stepper>: steps a convolution one output value at a time; configured by data-mode, data-ch-mul, data-seed, data-in-channels, data-size. */
import { stepAnnouncement, stepForKey, stepModes, stepperModel, type StepMode, type StepperModel } from '../../lib/viz/stepper';
import { stepStageMarkup } from '../../lib/viz/stepper-markup';
import { vizStrings } from '../../lib/strings/viz';

/** Milliseconds between automatic steps while playing. */
const playInterval = 900;

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

class VizStepper extends HTMLElement {
  #model: StepperModel | undefined;
  #index = 0;
  #timer: number | undefined;

  connectedCallback(): void {
    if (this.dataset.enhanced !== undefined) return;
    this.dataset.enhanced = '';
    for (const needsScript of this.querySelectorAll('[data-controls], [data-keys-hint]')) needsScript.removeAttribute('hidden');
    this.#on('[data-prev]', 'click', () => this.go(this.#index - 1));
    this.#on('[data-next]', 'click', () => this.go(this.#index + 1));
    this.#on('[data-play]', 'click', () => (this.#timer === undefined ? this.play() : this.pause()));
    this.#on('[data-scrubber]', 'input', (event) => this.go(Number((event.target as HTMLInputElement).value) - 1));
    this.#on('[data-mode-switch]', 'change', () => this.#rebuild());
    this.#on('[data-ch-mul]', 'change', () => this.#rebuild());
    this.addEventListener('keydown', (event) => this.#onKey(event));
    if (reducedMotion()) this.querySelector('[data-motion-note]')?.removeAttribute('hidden');
    this.#rebuild();
  }

  disconnectedCallback(): void {
    this.pause();
  }

  #on(selector: string, type: string, listener: (event: Event) => void): void {
    this.querySelector(selector)?.addEventListener(type, listener);
  }

  #options(): { mode: StepMode; chMul: number } {
    const checked = this.querySelector<HTMLInputElement>('[data-mode-switch] input:checked');
    const mode = (checked?.value ?? this.dataset.mode ?? 'depthwise') as StepMode;
    const chMul = Number(this.querySelector<HTMLSelectElement>('[data-ch-mul]')?.value ?? this.dataset.chMul ?? 1);
    return { mode: stepModes.includes(mode) ? mode : 'depthwise', chMul };
  }

  #rebuild(): void {
    const { mode, chMul } = this.#options();
    const size = Number(this.dataset.size ?? 6);
    this.#model = stepperModel({ mode, chMul, inHeight: size, inChannels: Number(this.dataset.inChannels ?? 3), seed: Number(this.dataset.seed ?? 1) });
    this.dataset.mode = mode;
    const explanation = this.querySelector('[data-mode-explanation]');
    if (explanation) explanation.textContent = vizStrings.modeExplanation[mode];
    const scrubber = this.querySelector<HTMLInputElement>('[data-scrubber]');
    if (scrubber) scrubber.max = String(this.#model.steps.length);
    this.go(0, false);
  }

  /** Shows step `index` (clamped to the sequence); `announce` false keeps the live region quiet (first paint). */
  go(index: number, announce = true): void {
    const model = this.#model;
    if (!model) return;
    const count = model.steps.length;
    this.#index = Math.min(count - 1, Math.max(0, index));
    const step = model.steps[this.#index]!;
    const stage = this.querySelector('[data-stage]');
    if (stage) stage.innerHTML = stepStageMarkup(model, this.#index);
    const scrubber = this.querySelector<HTMLInputElement>('[data-scrubber]');
    if (scrubber) {
      scrubber.value = String(this.#index + 1);
      scrubber.setAttribute('aria-valuetext', `${vizStrings.stepCount(this.#index, count)}: ${stepAnnouncement(step)}`);
    }
    const counter = this.querySelector('[data-counter]');
    if (counter) counter.textContent = vizStrings.stepCount(this.#index, count);
    const live = this.querySelector<HTMLElement>('[data-live]');
    if (live) {
      live.textContent = stepAnnouncement(step);
      live.setAttribute('aria-live', announce && this.#timer === undefined ? 'polite' : 'off');
    }
    if (this.#index === count - 1) this.pause();
  }

  /** Advances one step every {@link playInterval} ms; does nothing when the reader asks for reduced motion. */
  play(): void {
    if (reducedMotion() || this.#timer !== undefined) return;
    if (this.#index === (this.#model?.steps.length ?? 1) - 1) this.go(0);
    this.#timer = window.setInterval(() => this.go(this.#index + 1), playInterval);
    this.#setPlayLabel(vizStrings.pause);
  }

  /** Stops playing and announces where it stopped. */
  pause(): void {
    if (this.#timer === undefined) return;
    window.clearInterval(this.#timer);
    this.#timer = undefined;
    this.#setPlayLabel(vizStrings.play);
    this.querySelector('[data-live]')?.setAttribute('aria-live', 'polite');
  }

  #setPlayLabel(label: string): void {
    const button = this.querySelector<HTMLButtonElement>('[data-play]');
    if (button) button.textContent = label;
  }

  #onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    // Form controls keep their own keys (the range input steps natively and fires 'input').
    if (target.matches('input, select, textarea')) return;
    if (event.key === ' ' && !target.matches('button')) {
      event.preventDefault();
      if (this.#timer === undefined) this.play(); else this.pause();
      return;
    }
    const [, , outWidth, outChannels] = this.#model?.output.shape ?? [0, 0, 1, 1];
    const next = stepForKey(event.key, this.#index, this.#model?.steps.length ?? 0, outWidth * outChannels);
    if (next === null) return;
    event.preventDefault();
    this.go(next);
  }
}

/** Registers <viz-stepper> once. */
export function defineStepper(): void {
  if (!customElements.get('viz-stepper')) customElements.define('viz-stepper', VizStepper);
}
