/** Downloads the gzip'd digit pack once per worker, reporting bytes as they arrive, and decodes it. */
import { decodePack, type DigitPack } from '../../lib/digits';
import { trainStrings } from '../../lib/strings/train';

let packPromise: Promise<DigitPack> | undefined;

async function download(url: string, onProgress: (loaded: number, total: number) => void): Promise<DigitPack> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(trainStrings.downloadFailed(url, response.status));
  const total = Number(response.headers.get('Content-Length') ?? 0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const unzipped = new Blob(chunks as BlobPart[]).stream().pipeThrough(new DecompressionStream('gzip'));
  return decodePack(new Uint8Array(await new Response(unzipped).arrayBuffer()));
}

/** The digit pack at `url`, fetched on the first call only (a failed download is retried on the next call). */
export function loadPack(url: string, onProgress: (loaded: number, total: number) => void = () => {}): Promise<DigitPack> {
  packPromise ??= download(url, onProgress).catch((error: unknown) => {
    packPromise = undefined;
    throw error;
  });
  return packPromise;
}
