/** <shape-widget>: recomputes a depthwise layer's output shape and its formulas whenever an input changes. */
import { formatShapeAnswer } from '../../lib/quiz/shape-answer';
import { explainDepthwiseShape, type ShapeFieldLabels, type ShapeFields } from '../../lib/quiz/shape-formula';

const KEYS = ['inHeight', 'inWidth', 'inChannels', 'kernelSize', 'stride', 'dilation', 'pad', 'chMul'] as const;

class ShapeWidgetElement extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('input', () => this.#update());
    this.addEventListener('change', () => this.#update());
  }

  #update(): void {
    const labels = JSON.parse(this.dataset.labels ?? '{}') as ShapeFieldLabels;
    const fields = {} as ShapeFields;
    for (const key of KEYS) {
      fields[key] = this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${key}"]`)?.value ?? '';
    }
    const result = explainDepthwiseShape(fields, labels);
    const shape = this.querySelector('[data-shape]');
    const lines = this.querySelector('[data-lines]');
    const error = this.querySelector('[data-error]');
    if (!shape || !lines || !error) return;
    shape.textContent = result.ok ? formatShapeAnswer(result.shape) : '—';
    lines.replaceChildren(...(result.ok ? result.lines : []).map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }));
    error.textContent = result.ok ? '' : result.message;
    for (const input of this.querySelectorAll<HTMLInputElement>('input')) {
      input.setAttribute('aria-invalid', String(!result.ok && result.message.startsWith(labels[input.name as keyof ShapeFields] ?? '\u0000')));
    }
  }
}

/** Registers the <shape-widget> custom element once. */
export function defineShapeWidget(): void {
  if (!customElements.get('shape-widget')) customElements.define('shape-widget', ShapeWidgetElement);
}
