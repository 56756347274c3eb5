/** <viz-kernels>: enhances server-rendered kernel-view markup with lazily drawn Plot heatmaps. */
import { mountKernelView } from './mount';

class VizKernels extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset.enhanced !== undefined) return;
    this.dataset.enhanced = '';
    const root = this.querySelector<HTMLElement>('[data-viz="kernels"]');
    if (root) mountKernelView(root);
  }
}

/** Registers <viz-kernels> once. */
export function defineKernels(): void {
  if (!customElements.get('viz-kernels')) customElements.define('viz-kernels', VizKernels);
}
