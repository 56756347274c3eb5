/**
 * What the "what shape comes out?" widget and the cost calculator say about the numbers typed into them, apart from
 * the other lesson strings: these two widgets run on page load, so their first bundle carries only this.
 */
export const fieldStrings = {
  /** A field that is not a whole number in range. */
  invalid: (label: string, limit: string, got: string) => `${label} must be a whole number from 1 to ${limit} (got “${got}”).`,
  padInvalid: (label: string, got: string) => `${label} must be 'same' or 'valid' (got “${got}”).`,
  /** The shape widget's formula for the output channels of a depthwise layer. */
  channelsLine: (inChannels: number, chMul: number, channels: number) => `channels: ${inChannels} × ${chMul} = ${channels} (C_in × depth multiplier; padding and stride play no part)`,
} as const;
