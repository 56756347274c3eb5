/** <cost-calculator>: recounts the four convolutions on every input and draws the ratio plot once it scrolls into view. */
import { formatCount, formatDecimal } from '../../lib/cost/format';
import { calculateCosts, savingText, type CalculatorFields, type CalculatorLabels, type RatioPoint } from '../../lib/lessons/calculator';
import { formatShapeAnswer } from '../../lib/quiz/parse';
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
    error.textContent = result.ok ? '' : result.message;
    if (!result.ok) return;
    const names = JSON.parse(this.dataset.kindNames ?? '{}') as Record<string, string>;
    rows.replaceChildren(...result.rows.map((row) => {
      const tr = document.createElement('tr');
      tr.dataset.kind = row.kind;
      const shape = cell('td', '');
      shape.append(Object.assign(document.createElement('code'), { textContent: formatShapeAnswer(row.outputShape) }));
      tr.append(cell('th', names[row.kind] ?? row.kind), cell('td', formatCount(row.parameters)), cell('td', formatCount(row.multiplyAdds)),
        cell('td', formatCount(row.bytes)), cell('td', formatDecimal(row.intensity, 2)), shape);
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
