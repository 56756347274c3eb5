/**
 * Recovers a cell's source text from the syntax-highlighted HTML that MDX renders for a fenced
 * code block, so authors write code once (as a printable, highlighted block) and readers run it.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references `&lt; &#123; &#x7B; …` in `text`. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of the first `<pre>` in `html` (tags stripped, entities decoded, one trailing newline dropped), or undefined. */
export function codeFromHtml(html: string): string | undefined {
  const match = /<pre\b[^>]*>([\s\S]*?)<\/pre>/i.exec(html);
  if (!match) return undefined;
  const text = decodeEntities((match[1] ?? '').replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ''));
  return text.replace(/\n$/, '');
}
