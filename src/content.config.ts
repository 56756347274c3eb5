/** Content collections: the lessons, as MDX, ordered for the sidebar and previous/next links. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A lesson's frontmatter; reading time is computed from the body unless `minutes` overrides it. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/lessons' }),
  schema: z.object({
    title: z.string().min(3),
    summary: z.string().min(10).max(240),
    order: z.number().int().positive(),
    level: z.enum(['beginner', 'intermediate', 'advanced']),
    minutes: z.number().int().positive().optional(),
  }),
});

/** The site's content collections, as Astro expects them. */
export const collections = { lessons };
