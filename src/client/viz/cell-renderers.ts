/** Registers the page-side renderers of `show.kernels` and `show.featureMaps`; their code loads on the first display. */
import { registerRenderer } from '../cells/renderers';

registerRenderer('kernels', async (payload, target) => {
  const { renderKernels } = await import('./cell-views');
  renderKernels(payload, target);
});

registerRenderer('featureMaps', async (payload, target) => {
  const { renderFeatureMaps } = await import('./cell-views');
  renderFeatureMaps(payload, target);
});
