// What every heatmap shares, live (Plot, src/client/viz/heatmap.ts) or drawn at build time
// (heatmap-svg.ts): its side on screen, its colour scheme, and how a value is written in a cell.
import type { Domain, ScaleKind } from './colour-scale';
import { vizStrings } from '../strings/viz';

/**
 * The site's one diverging colour convention, defined here and nowhere else: negative values blue,
 * zero white, positive red. Every diverging picture (heatmaps, legends, diagrams) and every caption
 * that names the colours derives from it.
 */
export const DIVERGING = { negative: 'blue', positive: 'red' } as const satisfies Record<'negative' | 'positive', keyof typeof vizStrings.colourNames>;

/** The convention in words, for captions and legends ("blue negative, white zero, red positive"). */
export function divergingKey(): string {
  return vizStrings.divergingKey(vizStrings.colourNames[DIVERGING.negative], vizStrings.colourNames[DIVERGING.positive]);
}

/** A colour legend's title for a scale kind: a diverging one names the convention. */
export function legendLabel(kind: ScaleKind): string {
  return kind === 'diverging' ? vizStrings.divergingLegendLabel(divergingKey()) : vizStrings.legendLabel;
}

/** Largest plane drawn as individual cells by default (16×16); larger ones become a raster. */
export const maxCells = 256;

/** Side in CSS pixels of the square a [height, width] plane is drawn in: 34 px a cell, 3 px a pixel, clamped to 72…160. */
export function heatmapSide(height: number, width: number, asCells = height * width <= maxCells): number {
  return Math.min(160, Math.max(72, (asCells ? 34 : 3) * Math.max(height, width)));
}

/**
 * Observable Plot colour-scale options of a heatmap: diverging about zero in the {@link DIVERGING}
 * convention (Plot's "rdbu" runs red → blue from low to high, so it is reversed when negative is
 * blue), or greys with dark low (the "greys" scheme runs light → dark, so it is always reversed).
 */
export function colourScaleOptions(kind: ScaleKind, domain: Domain): { type: 'linear'; scheme: 'rdbu' | 'greys'; domain: number[]; reverse: boolean; clamp: true } {
  const reverse = kind === 'diverging' ? DIVERGING.negative === 'blue' : true;
  return { type: 'linear', scheme: kind === 'diverging' ? 'rdbu' : 'greys', domain: [...domain], reverse, clamp: true };
}

/** Two decimals at most, so a value fits inside its cell (the title and tables keep three). */
export function shortValue(value: number): string {
  const rounded = Number(value.toFixed(2));
  return Object.is(rounded, -0) ? '0' : String(rounded).replace(/^(-?)0\./, '$1.');
}

/** Black or white, whichever reads on the cell's own colour (dark at the ends of rdbu, dark low greys). */
export function textColour(value: number, kind: ScaleKind, domain: Domain): string {
  const [low, high] = domain;
  if (kind === 'diverging') return Math.abs(value) / Math.max(Math.abs(low), Math.abs(high)) > 0.6 ? 'white' : 'black';
  return (value - low) / (high - low) < 0.45 ? 'white' : 'black';
}
