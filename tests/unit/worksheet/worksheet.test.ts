import { describe, expect, it } from 'vitest';
import { worksheetOf } from '../../../src/lib/worksheet';
import { MOBILENET_V2_EXPANSION } from '../../../src/lib/sources';

describe('worksheetOf', () => {
  it('prints the separable lesson\'s stepper and both block diagrams, MobileNet v1\'s first', () => {
    const sheet = worksheetOf('separable');
    expect(sheet.figures.map((figure) => figure.kind)).toEqual(['Stepper', 'BlockDiagram', 'BlockDiagram']);
    expect(sheet.figures[1]!.props).toMatchObject({ block: 'mobilenet-v1', inChannels: 64, outChannels: 128 });
    expect(sheet.figures[2]!.props).toMatchObject({ block: 'inverted-residual', expansion: MOBILENET_V2_EXPANSION });
  });
  it('keeps every lesson\'s figures in page order', () => {
    expect(worksheetOf('depthwise').figures.map((figure) => figure.kind)).toEqual(['Stepper', 'KernelView', 'FeatureMaps']);
  });
});
