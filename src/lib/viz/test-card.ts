// A generated colour picture whose channels differ on purpose (the shipped photographs are nearly
// grey, so their red, green and blue maps look alike): a red disc, a green bar and a blue square.
import type { RgbaImage } from './image-tensor';

/** Name under which the generated picture appears in the photo menu. */
export const testCardName = 'colour-shapes';

/** A side × side RGBA picture on mid grey: red disc (upper left), green vertical bar (centre), blue square (lower right). */
export function colourShapes(side = 96): RgbaImage {
  if (!Number.isInteger(side) || side < 8) throw new Error(`invalid side: ${side}`);
  const data = new Uint8ClampedArray(side * side * 4);
  const disc = { x: side * 0.3, y: side * 0.3, r: side * 0.2 };
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      let rgb = [110, 110, 110];
      if ((x - disc.x) ** 2 + (y - disc.y) ** 2 <= disc.r ** 2) rgb = [230, 40, 40];
      if (x >= side * 0.45 && x < side * 0.55) rgb = [40, 200, 60];
      if (x >= side * 0.6 && x < side * 0.9 && y >= side * 0.6 && y < side * 0.9) rgb = [40, 70, 230];
      data.set([...rgb, 255], (y * side + x) * 4);
    }
  }
  return { width: side, height: side, data };
}
