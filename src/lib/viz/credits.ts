// What the about page credits: the libraries the site is built with and runs, with their roles.
// Versions and licences are read from the installed packages at build time, not typed here.

/** A library the site uses and why it is credited. */
export interface LibraryCredit {
  packageName: string;
  role: string;
}

/** The libraries credited on the about page, in the order a reader meets them. */
export const libraryCredits: readonly LibraryCredit[] = [
  { packageName: '@tensorflow/tfjs', role: 'runs the code cells and the benchmark lab (in a Web Worker)' },
  { packageName: '@observablehq/plot', role: 'draws the kernel and feature-map heatmaps' },
  { packageName: 'd3', role: 'scales and colour schemes underneath Observable Plot' },
  { packageName: '@codemirror/view', role: 'the code editor of the cells' },
  { packageName: 'katex', role: 'typesets the equations at build time' },
  { packageName: 'astro', role: 'builds the static site' },
  { packageName: '@astrojs/mdx', role: 'lessons written as MDX' },
  { packageName: 'pagefind', role: 'the search index' },
  { packageName: 'sharp', role: 'resizes the photographs at build time' },
  { packageName: 'mnist', role: 'the 10,000 handwritten MNIST digits /train/ learns from, packed into one file at build time' },
];
