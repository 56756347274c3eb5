// One diverging colour convention for the whole site: the colours every diverging picture uses and
// the words every caption uses come from DIVERGING, so they cannot disagree.
import { describe, expect, it } from 'vitest';
import { DIVERGING, divergingKey, legendLabel } from '../../../src/lib/viz/heatmap-style';
import { valueColour } from '../../../src/lib/viz/heatmap-svg';
import { colourKeyMarkup } from '../../../src/lib/viz/view-markup';
import { lessonStrings } from '../../../src/lib/strings/lessons';
import { vizStrings } from '../../../src/lib/strings/viz';

const rgb = (css: string) => css.match(/\d+/g)!.map(Number) as [number, number, number];
const hue = (css: string): 'blue' | 'red' | 'white' => {
  const [r, , b] = rgb(css);
  return Math.abs(r - b) < 8 ? 'white' : r > b ? 'red' : 'blue';
};

describe('the diverging colour convention', () => {
  const colour = valueColour('diverging', [-2, 2]);

  it(`colours a negative value ${DIVERGING.negative}, zero white and a positive value ${DIVERGING.positive}`, () => {
    expect(hue(colour(-2))).toBe(DIVERGING.negative);
    expect(hue(colour(-0.5))).toBe(DIVERGING.negative);
    expect(hue(colour(0))).toBe('white');
    expect(rgb(colour(0)).every((channel) => channel > 230)).toBe(true);
    expect(hue(colour(0.5))).toBe(DIVERGING.positive);
    expect(hue(colour(2))).toBe(DIVERGING.positive);
  });
  it('is named in words from the same definition: "blue negative, white zero, red positive"', () => {
    expect(divergingKey()).toBe(vizStrings.divergingKey(vizStrings.colourNames[DIVERGING.negative], vizStrings.colourNames[DIVERGING.positive]));
    expect(divergingKey()).toBe('blue negative, white zero, red positive');
  });
  it('is what the diverging legend, the colour key and the factorisation caption say', () => {
    expect(legendLabel('diverging')).toContain(divergingKey());
    expect(legendLabel('sequential')).toBe(vizStrings.legendLabel);
    expect(colourKeyMarkup()).toContain(divergingKey());
    expect(lessonStrings.factorisationTitle(divergingKey())).toContain(divergingKey());
  });
  it('keeps greys dark for low values on a sequential scale', () => {
    const grey = valueColour('sequential', [0, 1]);
    expect(rgb(grey(0))).toEqual([0, 0, 0]);
    expect(rgb(grey(1))).toEqual([255, 255, 255]);
  });
});
