/**
 * The Draw-a-digit canvas: mouse, touch and pen through pointer events (one stroke per pointer),
 * a thick round pen like the MNIST writers', and the drawing read back as ink levels 0–1.
 */
import type { GreyImage } from '../../lib/digits';

/** Wires drawing on `canvas`; `onStroke` fires when a stroke ends. Returns clear and read functions. */
export function drawPad(canvas: HTMLCanvasElement, onStroke: () => void): { clear(): void; read(): GreyImage; empty(): boolean } {
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  let last: { x: number; y: number } | undefined;
  let inked = false;
  const point = (event: PointerEvent) => {
    const box = canvas.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * canvas.width, y: ((event.clientY - box.top) / box.height) * canvas.height };
  };
  const line = (to: { x: number; y: number }) => {
    context.lineWidth = canvas.width / 14;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#000';
    context.beginPath();
    context.moveTo((last ?? to).x, (last ?? to).y);
    context.lineTo(to.x + (last ? 0 : 0.01), to.y);
    context.stroke();
    last = to;
    inked = true;
  };
  canvas.style.touchAction = 'none';
  canvas.addEventListener('pointerdown', (event) => {
    canvas.setPointerCapture(event.pointerId);
    last = undefined;
    line(point(event));
  });
  canvas.addEventListener('pointermove', (event) => { if (last) line(point(event)); });
  const end = () => {
    if (!last) return;
    last = undefined;
    onStroke();
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  const clear = () => {
    context.clearRect(0, 0, canvas.width, canvas.height);
    inked = false;
  };
  const read = (): GreyImage => {
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const values = new Float32Array(canvas.width * canvas.height);
    // The pen paints opaque black on a transparent canvas: ink is the alpha channel.
    for (let index = 0; index < values.length; index += 1) values[index] = (data[index * 4 + 3] ?? 0) / 255;
    return { width: canvas.width, height: canvas.height, values };
  };
  return { clear, read, empty: () => !inked };
}
