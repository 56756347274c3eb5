import { describe, expect, it } from 'vitest';
import { classChartLayout, labelLines } from '../../../src/lib/lab';

describe('the class chart\'s layout', () => {
  it('labelLines wraps at word boundaries: a short label takes one line, a long one several', () => {
    expect(labelLines('Student laptop A', 20)).toBe(1);
    expect(labelLines('Student laptop A · Chrome on Windows, 8 cores · Intel, Mesa Intel(R) UHD Graphics 620', 12)).toBeGreaterThan(3);
    expect(labelLines('Supercalifragilisticexpialidocious', 4)).toBe(1);
  });
  it('writes labels at the page\'s type size, never under 14 px, and gives each row the height of its longest label', () => {
    const labels = ['Ana · Chrome on Linux, 2 cores', 'Student laptop A · Chrome on Windows, 8 cores · Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2)'];
    const layout = classChartLayout({ labels, width: 720, fontSize: 16 });
    expect(layout.fontSize).toBe(16);
    expect(classChartLayout({ labels, width: 720, fontSize: 10 }).fontSize).toBe(14);
    expect(layout.marginLeft).toBe(288);
    const lines = labelLines(labels[1]!, layout.lineWidth);
    expect(lines).toBeGreaterThan(1);
    expect(layout.rowHeight).toBeGreaterThanOrEqual(lines * 1.2 * 16);
    expect(layout.height).toBe(Math.ceil(16) + layout.marginBottom + 2 * layout.rowHeight);
  });
  it('at projector type (160 %) the labels grow and the rows with them; a narrow screen wraps more', () => {
    const labels = ['Student laptop A · Chrome on Windows, 8 cores'];
    const normal = classChartLayout({ labels, width: 1000, fontSize: 16 });
    const projected = classChartLayout({ labels, width: 1000, fontSize: 25.6 });
    expect(projected.fontSize).toBeGreaterThanOrEqual(20);
    expect(projected.rowHeight).toBeGreaterThan(normal.rowHeight);
    const narrow = classChartLayout({ labels, width: 360, fontSize: 16 });
    expect(labelLines(labels[0]!, narrow.lineWidth)).toBeGreaterThan(labelLines(labels[0]!, normal.lineWidth));
  });
});
