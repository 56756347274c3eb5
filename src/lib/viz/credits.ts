// What the about page credits: the libraries the site is built with and runs, with their roles.
// Versions and licences are read from the installed packages at build time, not typed here.
import { libraryRoles } from '../strings/credits';

/** A library the site uses and why it is credited. */
export interface LibraryCredit {
  packageName: keyof typeof libraryRoles;
  role: string;
}

const CREDITED = [
  '@tensorflow/tfjs', '@observablehq/plot', 'd3', '@codemirror/view', 'katex', 'astro', '@astrojs/mdx', 'pagefind', 'sharp', 'mnist',
] as const satisfies readonly LibraryCredit['packageName'][];

/** The libraries credited on the about page, in the order a reader meets them, each with its role (src/lib/strings/credits.ts). */
export const libraryCredits: readonly LibraryCredit[] = CREDITED.map((packageName) => ({ packageName, role: libraryRoles[packageName] }));
