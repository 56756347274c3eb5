/** The notebook cells' code, loaded by boot.ts on the reader's first sign of interest: the notebook (listening first), `<dw-cell>` and every output renderer. */
import './notebook';
import './renderers';
import './renderer-extensions';
import { CellElement } from './cell-element';

if (!customElements.get('dw-cell')) customElements.define('dw-cell', CellElement);

export { registerRenderer, type Renderer, type RenderContext } from './renderers';
export { notebook, startNotebookJob } from './notebook';
