// Getting pixels from the reader: a chosen or dropped file, a shipped photo, or a webcam frame.
// Every path ends in the same RgbaImage, which src/lib/viz resizes into a [height, width, 3] tensor.
import { refuseImageFile, refuseImageSize } from '../../lib/viz/image-file';
import type { RgbaImage } from '../../lib/viz/image-tensor';
import { vizStrings } from '../../lib/strings/viz';

/** A decoded picture with the name to show, or the sentence saying why there is none. */
export type ImageResult = { ok: true; name: string; image: RgbaImage; width: number; height: number } | { ok: false; error: string };

/** Longest side drawn to the canvas before the area resize (bounds memory for 40-megapixel photos). */
const maxCanvasSide = 1024;

function pixelsOf(source: CanvasImageSource, width: number, height: number): RgbaImage {
  const scale = Math.min(1, maxCanvasSide / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('invalid canvas: no 2-D context');
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const data = context.getImageData(0, 0, canvas.width, canvas.height);
  return { width: data.width, height: data.height, data: data.data };
}

/** Checks a file's size and first bytes, then decodes it; refusals name the file and keep nothing. */
export async function readImageFile(file: Blob, name: string): Promise<ImageResult> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const refusal = refuseImageFile({ name, size: file.size, head });
  if (refusal) return { ok: false, error: refusal };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, error: vizStrings.undecodable(name) };
  }
  try {
    const tooBig = refuseImageSize(name, bitmap.width, bitmap.height);
    if (tooBig) return { ok: false, error: tooBig };
    return { ok: true, name, image: pixelsOf(bitmap, bitmap.width, bitmap.height), width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
}

/** Fetches and decodes a same-origin picture (a shipped photo under /images/). */
export async function readImageUrl(url: string, name: string): Promise<ImageResult> {
  const response = await fetch(url);
  if (!response.ok) return { ok: false, error: vizStrings.undecodable(name) };
  return readImageFile(await response.blob(), name);
}

/** true where this browser may offer a camera (the reader is still asked for permission). */
export function webcamPossible(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function' && window.isSecureContext;
}

/** Starts the camera into `video`; resolves to a function that stops it, or null when no camera is allowed. */
export async function startWebcam(video: HTMLVideoElement): Promise<(() => void) | null> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } }, audio: false });
    video.srcObject = stream;
    await video.play();
    return () => { for (const track of stream.getTracks()) track.stop(); video.srcObject = null; };
  } catch {
    return null;
  }
}

/** The current frame of a playing video as pixels. */
export function snapshot(video: HTMLVideoElement): ImageResult {
  if (video.videoWidth === 0) return { ok: false, error: vizStrings.webcamUnavailable };
  return { ok: true, name: vizStrings.webcamName, image: pixelsOf(video, video.videoWidth, video.videoHeight), width: video.videoWidth, height: video.videoHeight };
}
