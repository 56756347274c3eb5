/**
 * Short suggestions for the TF.js and JavaScript errors readers hit most in these lessons.
 */
import { cellStrings } from '../strings/cells';

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
        ? `${match[1]} wants an input of shape [batch, height, width, channels]; check x.shape (a single image needs x.expandDims(0)).`
        : `${match[1]} wants a rank-${match[2]} tensor; check x.shape and reshape it.`,
  },
  {
    pattern: /Error in (\w+): (?:number of input channels|depth of input) \((\d+)\) must match (?:the inChannels dimension in|input depth for) filter (\d+)/i,
    hint: (match) => `${match[1]}: the input has ${match[2]} channels but the filter expects ${match[3]}; the filter's shape is [filterHeight, filterWidth, inChannels, ${match[1] === 'depthwiseConv2d' ? 'chMul' : 'outChannels'}].`,
  },
  {
    pattern: /Error in (\w+): filter must be rank (\d+)/i,
    hint: (match) => `${match[1]}'s filter is rank ${match[2]}: [filterHeight, filterWidth, inChannels, chMul] for depthwise, [filterHeight, filterWidth, inChannels, outChannels] for conv2d.`,
  },
  {
    pattern: /Operands could not be broadcast together with shapes ([\d,]+) and ([\d,]+)/i,
    hint: (match) => `Shapes [${match[1]}] and [${match[2]}] do not broadcast: trailing dimensions must be equal or 1.`,
  },
  {
    pattern: /Error in matMul: inner shapes \((\d+)\) and \((\d+)\)/i,
    hint: (match) => `matMul multiplies [m, k] by [k, n]: the inner sizes ${match[1]} and ${match[2]} must be equal (transpose one operand or fix a shape).`,
  },
  {
    pattern: /Size\((\d+)\) must match the product of shape ([\d,]*)/i,
    hint: (match) => `A tensor of ${match[1]} values cannot take shape [${match[2]}]; the product of the shape must be ${match[1]}.`,
  },
  {
    pattern: /Tensor is disposed/i,
    hint: () => 'This tensor was freed (by .dispose() or tf.tidy) before it was used; keep it with tf.keep() or use it inside the tidy.',
  },
  {
    pattern: /Maximum call stack size exceeded/i,
    hint: () => 'A function calls itself without stopping; check the recursion’s base case.',
  },
  {
    pattern: /Invalid (?:typed )?array length|Array buffer allocation failed|Out of memory|memory access out of bounds|Maximum memory size|offset is out of bounds|Cannot allocate|Aborted\(/i,
    hint: () => 'That allocation is too large for the browser; use smaller shapes. If later runs fail too, use Restart runtime.',
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
    hint: (match) => `If ${match[1]} is defined in an earlier cell, run that cell first (Run all above).`,
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
