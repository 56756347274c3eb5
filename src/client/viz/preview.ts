// A small colour preview of the [height, width, 3] tensor the feature maps are computed from.
import type { Tensor3 } from '../../lib/viz/image-tensor';

/** Paints an RGB tensor in [0, 1] into `canvas` at its own resolution (CSS scales it up, pixelated). */
export function drawPreview(canvas: HTMLCanvasElement, tensor: Tensor3): void {
  canvas.width = tensor.width;
  canvas.height = tensor.height;
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(tensor.width, tensor.height);
  for (let i = 0; i < tensor.width * tensor.height; i++) {
    for (let k = 0; k < 3; k++) image.data[i * 4 + k] = Math.round((tensor.values[i * tensor.channels + Math.min(k, tensor.channels - 1)] as number) * 255);
    image.data[i * 4 + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}
