/** Entry of the notebook cells on a page: registers `<dw-cell>` and every output renderer. */
import './renderers';
import './renderer-extensions';
import { CellElement } from './cell-element';

if (!customElements.get('dw-cell')) customElements.define('dw-cell', CellElement);

export { registerRenderer, type Renderer, type RenderContext } from './renderers';
