// How each network is drawn in every chart of the experiment: a colour (a CSS custom property of
// src/styles/tokens.css, with a light and a dark value), a dash pattern and a dot symbol, so lines stay apart
// in greyscale print and for readers who do not tell the colours apart.
import type { NetworkId } from './networks';

/** One network's look in a chart. */
export interface NetworkStyle {
  readonly colour: string;
  /** SVG stroke-dasharray ('' for a solid line). */
  readonly dash: string;
  /** Observable Plot's symbol name for its dots. */
  readonly symbol: 'circle' | 'triangle' | 'square';
}

/** Each network's look, the same on /effective/, /train/ and /train/class/. */
export const NETWORK_STYLE: Readonly<Record<NetworkId, NetworkStyle>> = {
  standard: { colour: 'var(--net-standard)', dash: '', symbol: 'circle' },
  separable: { colour: 'var(--net-separable)', dash: '7 3', symbol: 'triangle' },
  thin: { colour: 'var(--net-thin)', dash: '2 3', symbol: 'square' },
};
