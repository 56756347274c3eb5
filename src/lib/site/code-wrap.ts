// Long code lines wrap instead of running out of their box (a 670 px column cut the exercises' code
// off with no sign that it went on): a wrapped line continues indented past its own indentation, so
// it reads as one line. Build-time blocks get the indent from this Shiki transformer (global.css
// draws it); the editor gets the same from codemirror-wrapped-line-indent.

/** Columns a wrapped line's continuation is indented beyond the line's own indentation (the editor's indent unit). */
export const WRAP_INDENT = 2;

/** Leading columns of a line of code: spaces count 1, a tab runs to the next multiple of `tabSize`. */
export function leadingColumns(line: string, tabSize = 2): number {
  let columns = 0;
  for (const character of line) {
    if (character === ' ') columns += 1;
    else if (character === '\t') columns += tabSize - (columns % tabSize);
    else break;
  }
  return columns;
}

/** The hast element Shiki hands a transformer for each line, reduced to what this one touches. */
interface LineElement {
  properties: Record<string, unknown>;
}

/**
 * A Shiki transformer giving each `.line` span its hanging indent as `--wrap-indent` (in ch): its
 * leading columns plus {@link WRAP_INDENT}.
 */
export const wrapIndentTransformer = {
  name: 'depthwise-wrap-indent',
  line(this: { source: string }, node: LineElement, line: number): void {
    const text = this.source.split('\n')[line - 1] ?? '';
    const indent = `--wrap-indent:${leadingColumns(text) + WRAP_INDENT}ch`;
    const style = node.properties.style;
    node.properties.style = typeof style === 'string' && style !== '' ? `${style};${indent}` : indent;
  },
};
