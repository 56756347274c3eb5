// An Astro integration that writes every lesson as a Jupyter notebook (/notebooks/<lesson>.ipynb) once the pages are
// built: it reads each lesson's rendered page, so the notebook's prose and numbers are exactly the page's
// (src/lib/notebooks/lesson-notebook.ts does the conversion; `npm run check:notebooks` runs the results).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lessonNotebook } from '../lib/notebooks/index.ts';
import { lessonHref } from '../lib/site/lessons.ts';
import { notebookHref } from '../lib/site/routes.ts';

const LESSONS = new URL('../content/lessons/', import.meta.url);

/** The lesson ids, from the lesson files' names (convolution.mdx → convolution). */
export function lessonIds() {
  return readdirSync(LESSONS).filter((name) => name.endsWith('.mdx')).map((name) => name.replace(/\.mdx$/, '')).sort();
}

/** Astro integration: after the build, one nbformat 4.5 notebook per lesson under dist/notebooks/. */
export function lessonNotebooks() {
  return {
    name: 'depthwise-lab:lesson-notebooks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const id of lessonIds()) {
          const route = lessonHref(id);
          const html = readFileSync(`${root}${route.slice(1)}index.html`, 'utf8');
          const target = `${root}${notebookHref(id).slice(1)}`;
          mkdirSync(target.slice(0, target.lastIndexOf('/')), { recursive: true });
          writeFileSync(target, `${JSON.stringify(lessonNotebook(html, id, route), null, 1)}\n`);
        }
        logger.info(`wrote ${lessonIds().length} lesson notebooks to notebooks/`);
      },
    },
  };
}
