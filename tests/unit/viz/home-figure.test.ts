import { describe, expect, it } from 'vitest';
import { parameterCount } from '../../../src/lib/cost';
import { homeFigureDescription, homeFigurePanels, homeFigureSvg } from '../../../src/lib/viz/home-figure';

describe('homeFigurePanels', () => {
  it('counts 108, 27 and 12 parameters for standard, depthwise and pointwise on 3 → 4 channels, from the cost library', () => {
    const panels = homeFigurePanels();
    expect(panels.map((panel) => [panel.kind, panel.parameters])).toEqual([['standard', 108], ['depthwise', 27], ['pointwise', 12]]);
    for (const panel of panels) expect(panel.parameters).toBe(parameterCount(panel.spec));
    expect(panels.map((panel) => panel.kernels)).toEqual([{ count: 4, side: 3, depth: 3 }, { count: 3, side: 3, depth: 1 }, { count: 4, side: 1, depth: 3 }]);
  });
});

describe('homeFigureSvg', () => {
  const svg = homeFigureSvg();
  it('is one static image of three SVG panels, named by its title and described by the text alternative, with no script', () => {
    expect(svg).toMatch(/^<div class="home-figure-panels" role="img" aria-labelledby="home-figure-title" aria-describedby="home-figure-desc">/);
    expect(svg.match(/<svg /g)).toHaveLength(3);
    expect(svg).not.toMatch(/<script|on\w+=/);
    expect(svg).toContain('<p id="home-figure-desc" hidden>Left: a standard 3×3 convolution');
  });
  it('draws three panels: 3 input channels each, and 4, 3 and 4 kernels', () => {
    for (const kind of ['standard', 'depthwise', 'pointwise']) expect(svg).toContain(`data-panel="${kind}"`);
    expect(svg).toContain('108 parameters');
    expect(svg).toContain('27 parameters');
    expect(svg).toContain('12 parameters');
  });
  it('its description says the block needs 39 instead of 108 parameters, 2.8× fewer', () => {
    expect(homeFigureDescription()).toContain('need 39 parameters instead of 108, 2.8× fewer');
  });
});
