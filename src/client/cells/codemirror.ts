/**
 * The CodeMirror 6 editor of a cell, in its own chunk: the page loads it only when a reader starts
 * editing. Shift+Enter and Ctrl/Cmd+Enter run the cell; Tab is left to move focus (no trap).
 */
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from '@codemirror/view';
import { EditorState, Prec } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput, syntaxHighlighting, HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { wrappedLineIndent } from 'codemirror-wrapped-line-indent';

// Colours come from CSS custom properties set by Cell.astro, so light and dark themes both keep AA contrast.
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword, tags.controlKeyword, tags.definitionKeyword], color: 'var(--cell-syntax-keyword)' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--cell-syntax-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--cell-syntax-number)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--cell-syntax-comment)', fontStyle: 'italic' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--cell-syntax-function)' },
  { tag: [tags.definition(tags.variableName), tags.typeName, tags.className], color: 'var(--cell-syntax-definition)' },
]);

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--code-bg)', color: 'var(--fg)', fontSize: '0.9rem' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--fg)' },
  '.cm-gutters': { backgroundColor: 'var(--code-bg)', color: 'var(--muted)', border: 'none' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--accent) 8%, transparent)' },
  '&.cm-focused': { outline: '2px solid var(--accent)' },
});

/** What a cell needs from its editor. */
export interface CellEditor {
  getCode(): string;
  setCode(code: string): void;
  focus(): void;
}

/** Options of {@link createEditor}: where, what, and the cell's callbacks. */
export interface EditorOptions {
  parent: HTMLElement;
  code: string;
  label: string;
  onChange: (code: string) => void;
  onRun: () => void;
}

/** Mounts an editor in `parent` with `code`; returns a small handle. */
export function createEditor(options: EditorOptions): CellEditor {
  const run = () => {
    options.onRun();
    return true;
  };
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.code,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Shift-Enter', run }, { key: 'Mod-Enter', run }])),
        lineNumbers(),
        // Long lines wrap with their continuation indented, as the build-time code does (src/lib/site/code-wrap.ts).
        EditorView.lineWrapping,
        wrappedLineIndent,
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        javascript(),
        syntaxHighlighting(highlight),
        theme,
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    getCode: () => view.state.doc.toString(),
    setCode: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    focus: () => view.focus(),
  };
}
