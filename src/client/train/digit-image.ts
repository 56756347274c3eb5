/** A 28 × 28 digit drawn into a small canvas, upscaled crisply, with its description as the accessible name. */

/** Paints grey levels (0–255 when `scale` is 255, 0–1 when 1) into `canvas` as dark ink on light paper. */
export function paintDigit(canvas: HTMLCanvasElement, levels: ArrayLike<number>, scale = 255, side = 28): void {
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(side, side);
  const rgba = image.data;
  // Written channel by channel: no array per pixel (24 wrong digits are 18,816 pixels, painted in one task).
  for (let index = 0; index < side * side; index += 1) {
    const paper = 255 - Math.round((Math.min(scale, Math.max(0, levels[index] ?? 0)) / scale) * 255);
    rgba[index * 4] = paper;
    rgba[index * 4 + 1] = paper;
    rgba[index * 4 + 2] = paper;
    rgba[index * 4 + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

/** A new canvas showing a digit, named by `label` for screen readers. */
export function digitImage(levels: ArrayLike<number>, label: string, scale = 255): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'digit';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  paintDigit(canvas, levels, scale);
  return canvas;
}
