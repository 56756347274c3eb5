import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxBlocks, parseProps } from '../../../src/lib/worksheet/mdx-blocks';

const lesson = (id: string) => readFileSync(new URL(`../../../src/content/lessons/${id}.mdx`, import.meta.url), 'utf8');

describe('mdxBlocks', () => {
  it('finds quizzes with their builder call and prompt, and self-closing figures with literal props', () => {
    const mdx = [
      'Intro', '<Stepper id="s" mode="depthwise" chMul={2} />',
      "<Quiz id=\"q\" question={shapeQuestion({ kind: 'depthwise', inHeight: 28, pad: 'same', sizes: [1, -2] })}>", 'What shape `x`?', '</Quiz>',
      '```js', '<Quiz id="in-code" question={x()}>', '```',
    ].join('\n');
    expect(mdxBlocks(mdx, ['Quiz', 'Stepper'])).toEqual([
      { name: 'Stepper', props: { id: 's', mode: 'depthwise', chMul: 2 }, children: '' },
      { name: 'Quiz', props: { id: 'q', question: { call: 'shapeQuestion', args: [{ kind: 'depthwise', inHeight: 28, pad: 'same', sizes: [1, -2] }] } }, children: 'What shape `x`?' },
    ]);
  });
  it('reads boolean shorthand and single quotes, and refuses code in props', () => {
    expect(parseProps(` shared preset='blur' seed={4}`)).toEqual({ shared: true, preset: 'blur', seed: 4 });
    expect(() => parseProps('seed={Math.random()}')).toThrow('invalid prop');
    expect(() => parseProps('seed={a + 1}')).toThrow('invalid prop: a + 1 (only literals and builder calls)');
  });
  it('reads every lesson: each has quizzes, and the lessons with figures list them', () => {
    const quizzes = ['convolution', 'depthwise', 'pointwise', 'separable', 'cost', 'effective'].map((id) => mdxBlocks(lesson(id), ['Quiz']).length);
    expect(quizzes.every((count) => count >= 2)).toBe(true);
    const figures = mdxBlocks(lesson('depthwise'), ['Stepper', 'KernelView', 'FeatureMaps']).map((block) => block.name);
    expect(figures).toContain('Stepper');
    expect(figures).toContain('KernelView');
    expect(figures).toContain('FeatureMaps');
    expect(mdxBlocks(lesson('pointwise'), ['FeatureMaps'])[0]!.props.pointwise).toBe(4);
  });
  it('resolves constants the MDX exports as literals', () => {
    expect(mdxBlocks('export const outputs = 4;\n<FeatureMaps pointwise={outputs} />', ['FeatureMaps'])[0]!.props).toEqual({ pointwise: 4 });
  });
  it('resolves names the lesson imports when they are given as literals, and still refuses unknown names', () => {
    const mdx = '<BlockDiagram block="inverted-residual" expansion={MOBILENET_V2_EXPANSION} />';
    expect(mdxBlocks(mdx, ['BlockDiagram'], { MOBILENET_V2_EXPANSION: 6 })[0]!.props).toEqual({ block: 'inverted-residual', expansion: 6 });
    expect(() => mdxBlocks(mdx, ['BlockDiagram'])).toThrow('invalid prop: MOBILENET_V2_EXPANSION');
  });
});
