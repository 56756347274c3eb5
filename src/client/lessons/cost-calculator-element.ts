/** <cost-calculator>: recounts the four convolutions on every input and draws the ratio plot once it scrolls into view. */
import { formatDecimal } from '../../lib/cost/format';
import { formatExactCount } from '../../lib/cost/exact';
import {
  CALCULATOR_PAD, calculateCosts, savingText, type CalculatorFields, type CalculatorLabels, type FieldError, type RatioPoint,
} from '../../lib/lessons/calculator';
import { formatShapeAnswer } from '../../lib/quiz/shape-answer';
import { lessonStrings as s } from '../../lib/strings/lessons';
import { drawRatioPlot } from './ratio-plot';

function cell(tag: 'th' | 'td', text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (tag === 'th') element.setAttribute('scope', 'row');
  return element;
}

class CostCalculatorElement extends HTMLElement {
  #current: { n: number; k: number; ratio: number } | undefined;

  connectedCallback(): void {
    this.addEventListener('input', () => this.#update());
    // Recount from the inputs as they are now (a restored form may differ from the build-time table) and mark the current N on the plot.
    this.#update();
    const figure = this.querySelector<HTMLElement>('[data-plot-figure]');
    if (!figure) return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void this.#draw();
    });
    observer.observe(figure);
  }

  #update(): void {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as CalculatorLabels;
    const fields = {} as CalculatorFields;
    for (const key of Object.keys(labels) as (keyof CalculatorFields)[]) {
      fields[key] = this.querySelector<HTMLInputElement>(`input[name="${key}"]`)?.value ?? '';
    }
    const result = calculateCosts(fields, labels);
    const rows = this.querySelector('[data-rows]');
    const ratio = this.querySelector('[data-ratio]');
    const error = this.querySelector('[data-error]');
    if (!rows || !ratio || !error) return;
    this.#markFields(result.ok ? [] : result.errors);
    error.textContent = result.ok ? '' : result.message;
    this.#markStale(!result.ok);
    if (!result.ok) {
      // The table keeps the last valid counts, captioned as out of date; the sentence says why instead of a ratio.
      ratio.textContent = s.calculatorStale;
      return;
    }
    const names = JSON.parse(this.dataset.kindNames ?? '{}') as Record<string, string>;
    rows.replaceChildren(...result.rows.map((row) => {
      const tr = document.createElement('tr');
      tr.dataset.kind = row.kind;
      const shape = cell('td', '');
      shape.append(Object.assign(document.createElement('code'), { textContent: formatShapeAnswer(row.outputShape) }));
      tr.append(cell('th', names[row.kind] ?? row.kind), cell('td', formatExactCount(row.parameters)), cell('td', formatExactCount(row.multiplyAdds)),
        cell('td', formatExactCount(row.bytes)), cell('td', formatDecimal(row.intensity, 2)), shape);
      return tr;
    }));
    const sentence = s.ratioSentence({
      macRatio: formatDecimal(result.macRatio, 4), closedForm: formatDecimal(result.closedForm, 4),
      macSaving: savingText(result.multiplyAddFactor, 'multiply-adds'), paramSaving: savingText(result.parameterFactor, 'parameters'),
    });
    // The sentence is a live region: rewrite it only when it changes, so loading the page announces nothing.
    if (ratio.textContent !== sentence) ratio.textContent = sentence;
    this.#current = { n: Number(fields.outChannels), k: Number(fields.kernelSize), ratio: result.closedForm };
    if (this.dataset.plotted !== undefined) void this.#draw();
  }

  /** Marks each unusable field aria-invalid with its reason beside it, and clears the marks of fields now valid. */
  #markFields(errors: readonly FieldError[]): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name]')) {
      const problem = errors.find((entry) => entry.field === input.name);
      const reason = this.querySelector(`[data-field-error="${input.name}"]`);
      if (problem) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
      if (reason) reason.textContent = problem?.message ?? '';
    }
  }

  /** Captions the results as out of date (kept, not recounted) while a field is invalid. */
  #markStale(stale: boolean): void {
    const results = this.querySelector<HTMLElement>('[data-results]');
    const caption = this.querySelector('[data-results] caption');
    if (!results || !caption) return;
    if (stale) results.dataset.stale = ''; else delete results.dataset.stale;
    caption.textContent = stale ? s.calculatorStaleCaption(CALCULATOR_PAD) : s.calculatorCaption(CALCULATOR_PAD);
  }

  async #draw(): Promise<void> {
    const target = this.querySelector<HTMLElement>('[data-plot-target]');
    if (!target) return;
    const data = JSON.parse(this.dataset.plot ?? '[]') as RatioPoint[];
    try {
      await drawRatioPlot(target, { data, current: this.#current });
      this.dataset.plotted = '';
    } catch {
      target.textContent = s.plotFailed;
    }
  }
}

/** Registers the <cost-calculator> custom element once. */
export function defineCostCalculator(): void {
  if (!customElements.get('cost-calculator')) customElements.define('cost-calculator', CostCalculatorElement);
}
