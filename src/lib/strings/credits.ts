/** What each library the about page credits does here (src/lib/viz/credits.ts lists them, in the order a reader meets them). */
export const libraryRoles = {
  '@tensorflow/tfjs': 'runs the code cells and the benchmark lab (in a Web Worker)',
  '@observablehq/plot': 'draws the kernel and feature-map heatmaps',
  d3: 'scales and colour schemes underneath Observable Plot',
  '@codemirror/view': 'the code editor of the cells',
  katex: 'typesets the equations at build time',
  astro: 'builds the static site',
  '@astrojs/mdx': 'lessons written as MDX',
  pagefind: 'the search index',
  sharp: 'resizes the photographs at build time',
  mnist: 'the 10,000 handwritten MNIST digits /train/ learns from, packed into one file at build time',
} as const;
