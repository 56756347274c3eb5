// The shipped photographs, centre-cropped and resized at build time into small square PNGs
// (the JPEGs in node_modules are ~1024 px; the maps need 48 px), served at /images/<name>.png.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { createRequire } from 'node:module';
import { photos, photoSide } from '../../lib/viz/photos';

/** One PNG route per shipped photograph, named as in src/lib/viz/photos.ts. */
export const getStaticPaths: GetStaticPaths = () => photos.map((photo) => ({ params: { name: photo.name }, props: { packageName: photo.packageName } }));

/** The photograph's JPEG from its npm package, centre-cropped to photoSide × photoSide pixels, as PNG. */
export const GET: APIRoute = async ({ props }) => {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`${props.packageName as string}/data/image.jpg`);
  const png = await sharp(path).resize(photoSide, photoSide, { fit: 'cover', position: 'centre' }).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
