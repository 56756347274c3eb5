// The article this site grew from, named wherever the site first mentions it.

/** The seed article: its title (also the question the home page answers) and its publication date (ISO 8601). */
export const SEED_ARTICLE = {
  title: 'Is a DepthwiseConv2D layer with a single kernel per channel effective?',
  date: '2025-01-30',
} as const;

/** The seed article's date as a reader reads it: "30 January 2025". */
export function seedArticleDate(): string {
  return new Date(`${SEED_ARTICLE.date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
