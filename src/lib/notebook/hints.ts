/**
 * Short suggestions for the TF.js and JavaScript errors readers hit most in these lessons.
 */
import { cellStrings } from '../strings/cells';
import { hintStrings } from '../strings/cell-output';

/** What a hint may use besides the message: the reader's line that failed, and the site's origin. */
export interface HintContext {
  /** The text of the cell line the error points at. */
  line?: string;
  /** The site's origin (`https://depthwise.example`), to tell its own URLs from other sites'. */
  origin?: string;
}

interface HintRule {
  pattern: RegExp;
  hint: (match: RegExpExecArray, context: HintContext) => string;
}

/** The first absolute http(s) or ws(s) URL in `line` whose origin is not `origin`, as that origin. */
function foreignOrigin(line: string | undefined, origin: string | undefined): string | undefined {
  for (const [candidate] of (line ?? '').matchAll(/\b(?:https?|wss?):\/\/[^\s'"`)]+/g)) {
    let parsed: URL;
    try {
      parsed = new URL(candidate);
    } catch {
      continue;
    }
    if (parsed.origin !== origin) return parsed.origin;
  }
  return undefined;
}

const RULES: HintRule[] = [
  {
    pattern: /Error in (\w+): input must be rank (\d+), but got rank (\d+)/i,
    hint: (match) =>
      Number(match[2]) === 4
        ? hintStrings.rank4Input(match[1]!)
        : hintStrings.rankInput(match[1]!, match[2]!),
  },
  {
    pattern: /Error in (\w+): (?:number of input channels|depth of input) \((\d+)\) must match (?:the inChannels dimension in|input depth for) filter (\d+)/i,
    hint: (match) => hintStrings.channelMismatch(match[1]!, match[2]!, match[3]!, match[1] === 'depthwiseConv2d' ? 'chMul' : 'outChannels'),
  },
  {
    pattern: /Error in (\w+): filter must be rank (\d+)/i,
    hint: (match) => hintStrings.filterRank(match[1]!, match[2]!),
  },
  {
    pattern: /Operands could not be broadcast together with shapes ([\d,]+) and ([\d,]+)/i,
    hint: (match) => hintStrings.broadcast(match[1]!, match[2]!),
  },
  {
    pattern: /Error in matMul: inner shapes \((\d+)\) and \((\d+)\)/i,
    hint: (match) => hintStrings.matMul(match[1]!, match[2]!),
  },
  {
    pattern: /Size\((\d+)\) must match the product of shape ([\d,]*)/i,
    hint: (match) => hintStrings.reshape(match[1]!, match[2]!),
  },
  {
    pattern: /Tensor is disposed/i,
    hint: () => hintStrings.disposed,
  },
  {
    pattern: /Maximum call stack size exceeded/i,
    hint: () => hintStrings.recursion,
  },
  {
    pattern: /Invalid (?:typed )?array length|Array buffer allocation failed|Out of memory|memory access out of bounds|Maximum memory size|offset is out of bounds|Cannot allocate|Aborted\(/i,
    hint: () => hintStrings.memory,
  },
  {
    // What each browser says when fetch fails; the site's policy refuses every other origin, so name the one on the line.
    pattern: /^(?:Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed)$/,
    hint: (_match, { line, origin }) => {
      const other = foreignOrigin(line, origin);
      return other ? cellStrings.fetchHints.foreign(other) : cellStrings.fetchHints.failed;
    },
  },
  {
    pattern: /(\w+) is not defined/,
    hint: (match) => hintStrings.notDefined(match[1]!),
  },
];

/** A short hint for an error message (and the line it points at), or undefined when none applies. */
export function hintFor(message: string, context: HintContext = {}): string | undefined {
  for (const rule of RULES) {
    const match = rule.pattern.exec(message);
    if (match) return rule.hint(match, context);
  }
  return undefined;
}
