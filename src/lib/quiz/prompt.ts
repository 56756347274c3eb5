// The Markdown of quiz and exercise prompts: plain text with `code` and $math$ spans, the only inline marks they use.

/** One run of a prompt: plain text (whitespace collapsed), a `code` span or a $math$ span (TeX). */
export interface PromptRun {
  kind: 'text' | 'code' | 'math';
  text: string;
}

/** A prompt's Markdown as text runs: plain text, `code` and $math$. */
export function promptRuns(prompt: string): PromptRun[] {
  return prompt.split(/(`[^`]+`|\$[^$]+\$)/).filter((part) => part !== '').map((part) =>
    part.startsWith('`') ? { kind: 'code' as const, text: part.slice(1, -1) }
      : part.startsWith('$') ? { kind: 'math' as const, text: part.slice(1, -1) }
      : { kind: 'text' as const, text: part.replace(/\s+/g, ' ') });
}
