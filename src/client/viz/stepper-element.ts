/** <viz-stepper>: steps a convolution one output value at a time; configured by data-mode, data-ch-mul, data-seed, data-in-channels, data-size, data-out-channels. */
import { allStepModes, stepForKey, usesDepthMultiplier, type StepMode } from '../../lib/viz/stepper';
import { stepperView, type StepperView } from '../../lib/viz/stepper-view';
import { vizStrings } from '../../lib/strings/viz';

/** Milliseconds between automatic steps at each speed; reduced motion plays at the slowest. */
const playIntervals = { slow: 2500, normal: 900, fast: 330 } as const;
type Speed = keyof typeof playIntervals;

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

class VizStepper extends HTMLElement {
  #view: StepperView | undefined;
  #index = 0;
  #timer: number | undefined;

  connectedCallback(): void {
    if (this.dataset.enhanced !== undefined) return;
    this.dataset.enhanced = '';
    for (const needsScript of this.querySelectorAll('[data-controls], [data-step-bar], [data-keys-hint]')) needsScript.removeAttribute('hidden');
    this.#on('[data-prev]', 'click', () => this.go(this.#index - 1));
    this.#on('[data-next]', 'click', () => this.go(this.#index + 1));
    this.#on('[data-play]', 'click', () => (this.#timer === undefined ? this.play() : this.pause()));
    this.#on('[data-scrubber]', 'input', (event) => this.go(Number((event.target as HTMLInputElement).value) - 1));
    this.#on('[data-mode-switch]', 'change', () => this.#rebuild());
    this.#on('[data-ch-mul]', 'change', () => this.#rebuild());
    this.#on('[data-speed]', 'change', () => this.#restart());
    this.addEventListener('keydown', (event) => this.#onKey(event));
    // Focus arriving by keyboard (Tab from outside) counts as using one.
    this.addEventListener('focusin', (event) => { if ((event.target as Element).matches(':focus-visible')) this.dataset.keyboard = ''; });
    if (reducedMotion()) {
      this.querySelector('[data-motion-note]')?.removeAttribute('hidden');
      const speed = this.querySelector<HTMLSelectElement>('[data-speed]');
      if (speed) speed.value = 'slow';
    }
    this.#rebuild();
  }

  disconnectedCallback(): void {
    this.pause();
  }

  #on(selector: string, type: string, listener: (event: Event) => void): void {
    this.querySelector(selector)?.addEventListener(type, listener);
  }

  #mode(): StepMode {
    const checked = this.querySelector<HTMLInputElement>('[data-mode-switch] input:checked');
    const mode = (checked?.value ?? this.dataset.mode ?? 'depthwise') as StepMode;
    return allStepModes.includes(mode) ? mode : 'depthwise';
  }

  /** The depth multiplier where it applies; elsewhere the select is disabled (with its reason) and m is 1. */
  #chMul(mode: StepMode): number {
    const select = this.querySelector<HTMLSelectElement>('[data-ch-mul]');
    const applies = usesDepthMultiplier(mode);
    if (select) select.disabled = !applies;
    const reason = this.querySelector('[data-ch-mul-note]');
    if (reason) reason.textContent = applies ? vizStrings.chMulOn : vizStrings.chMulOff;
    return applies ? Number(select?.value ?? this.dataset.chMul ?? 1) : 1;
  }

  #rebuild(): void {
    const mode = this.#mode();
    this.#view = stepperView({
      mode, chMul: this.#chMul(mode), size: Number(this.dataset.size ?? 6), inChannels: Number(this.dataset.inChannels ?? 3),
      seed: Number(this.dataset.seed ?? 1), outChannels: Number(this.dataset.outChannels ?? 4),
    });
    this.dataset.mode = mode;
    const explanation = this.querySelector('[data-mode-explanation]');
    if (explanation) explanation.textContent = vizStrings.modeExplanation[mode];
    const scrubber = this.querySelector<HTMLInputElement>('[data-scrubber]');
    if (scrubber) scrubber.max = String(this.#view.count);
    this.go(0, false);
  }

  /** Shows step `index` (clamped to the sequence); `announce` false keeps the live region quiet (first paint). */
  go(index: number, announce = true): void {
    const view = this.#view;
    if (!view) return;
    this.#index = Math.min(view.count - 1, Math.max(0, index));
    const sentence = view.announcement(this.#index);
    const stage = this.querySelector('[data-stage]');
    if (stage) stage.innerHTML = view.markup(this.#index);
    const scrubber = this.querySelector<HTMLInputElement>('[data-scrubber]');
    if (scrubber) {
      scrubber.value = String(this.#index + 1);
      scrubber.setAttribute('aria-valuetext', `${vizStrings.stepCount(this.#index, view.count)}: ${sentence}`);
    }
    const counter = this.querySelector('[data-counter]');
    if (counter) counter.textContent = vizStrings.stepCount(this.#index, view.count);
    const live = this.querySelector<HTMLElement>('[data-live]');
    if (live) {
      live.textContent = sentence;
      live.setAttribute('aria-live', announce && this.#timer === undefined ? 'polite' : 'off');
    }
    if (this.#index === view.count - 1) this.pause();
  }

  #interval(): number {
    if (reducedMotion()) return playIntervals.slow;
    const speed = this.querySelector<HTMLSelectElement>('[data-speed]')?.value as Speed | undefined;
    return playIntervals[speed && speed in playIntervals ? speed : 'normal'];
  }

  /** Advances one step at the chosen speed; with reduced motion, at the slow pace (steps are never animated). */
  play(): void {
    if (this.#timer !== undefined) return;
    if (this.#index === (this.#view?.count ?? 1) - 1) this.go(0);
    const interval = this.#interval();
    this.#timer = window.setInterval(() => this.go(this.#index + 1), interval);
    // The pace while playing, in ms per step: the speed a reader chose, made checkable without timing anything.
    this.dataset.playing = String(interval);
    this.#setPlayLabel(vizStrings.pause);
  }

  /** Stops playing and announces where it stopped. */
  pause(): void {
    if (this.#timer === undefined) return;
    window.clearInterval(this.#timer);
    this.#timer = undefined;
    delete this.dataset.playing;
    this.#setPlayLabel(vizStrings.play);
    this.querySelector('[data-live]')?.setAttribute('aria-live', 'polite');
  }

  /** A new speed takes effect at once while playing. */
  #restart(): void {
    if (this.#timer === undefined) return;
    this.pause();
    this.play();
  }

  #setPlayLabel(label: string): void {
    const button = this.querySelector<HTMLButtonElement>('[data-play]');
    if (button) button.textContent = label;
  }

  #onKey(event: KeyboardEvent): void {
    // A reader using keys here sees the key hint from now on, even on a device that looks like a touch screen.
    this.dataset.keyboard = '';
    const target = event.target as HTMLElement;
    // Space plays or pauses from the stage and the slider; on a button, radio, select or text field it keeps its own meaning.
    if (event.key === ' ') {
      if (target.matches('button, select, textarea, input:not([type="range"])')) return;
      event.preventDefault();
      if (this.#timer === undefined) this.play(); else this.pause();
      return;
    }
    // Form controls keep their own keys (the range input steps natively and fires 'input').
    if (target.matches('input, select, textarea')) return;
    const next = stepForKey(event.key, this.#index, this.#view?.count ?? 0, this.#view?.rowStride(this.#index) ?? 1);
    if (next === null) return;
    event.preventDefault();
    this.go(next);
  }
}

/** Registers <viz-stepper> once. */
export function defineStepper(): void {
  if (!customElements.get('viz-stepper')) customElements.define('viz-stepper', VizStepper);
}
