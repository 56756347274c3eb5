// Every quiz answer and every layer the lessons' prose counts, held against TF.js's countParams() and output shapes.
import { beforeAll, describe, expect, it } from 'vitest';
import { questionOf, quizzesFor } from '../../../src/lib/quiz';
import { parameterCount, type LayerSpec } from '../../../src/lib/cost';
import { lessonFiles, lessonSource, lessonSpecs } from './mdx';
import { tf, tfjsAnswer, type LessonLayer } from './layers';

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
});

const files = lessonFiles();

describe('the six lessons exist', () => {
  it('has convolution, depthwise, pointwise, separable, cost and effective', () => {
    expect(files).toEqual(expect.arrayContaining(['convolution.mdx', 'cost.mdx', 'depthwise.mdx', 'effective.mdx', 'pointwise.mdx', 'separable.mdx']));
  });
});

describe.each(files)('%s', (file) => {
  const source = lessonSource(file);
  const quizzes = quizzesFor(file.replace(/\.mdx$/, ''));

  it('ends with 2–3 predict-then-check questions', () => {
    expect(quizzes.length).toBeGreaterThanOrEqual(2);
    expect(quizzes.length).toBeLessThanOrEqual(3);
  });

  it('shows each of its quizzes, in the catalog\'s order, as <Quiz id="…" />', () => {
    expect([...source.matchAll(/<Quiz id="([^"]+)" \/>/g)].map((match) => match[1])).toEqual(quizzes.map((quiz) => quiz.id));
  });

  it.each(quizzes.map((quiz) => [quiz.id, quiz] as const))('quiz %s: the expected answer is what TF.js computes', (_id, quiz) => {
    const layer = quiz.ask.layer as unknown as LessonLayer;
    const question = questionOf(quiz.ask);
    if (quiz.ask.builder === 'parameters') {
      expect(question.expected).toBe(tfjsAnswer(layer).params);
    } else if (quiz.ask.builder === 'multiplyAdds') {
      // Every weight is used once per output pixel, so MACs = outHeight · outWidth · (weights TF.js counts without bias).
      const { shape } = tfjsAnswer(layer);
      const { params } = tfjsAnswer({ ...layer, bias: false });
      expect(question.expected).toBe(shape[1]! * shape[2]! * params);
    } else {
      expect(question.expected).toEqual(tfjsAnswer(layer).shape);
    }
  });

  it.each(quizzes.map((quiz) => [quiz.id, quiz] as const))('quiz %s: the prompt states the numbers its answer is computed from, and no others', (_id, quiz) => {
    const prompt = quiz.prompt;
    const stated = new Set((prompt.match(/\b\d+\b/g) ?? []).map(Number));
    const given = Object.values(quiz.ask.layer).filter((value): value is number => typeof value === 'number');
    expect(prompt).not.toBe('');
    // 1 is the batch in a written shape and the default stride and multiplier, so it may appear without being an option.
    expect([...stated].filter((n) => n !== 1 && !given.includes(n))).toEqual([]);
    expect(given.filter((n) => n !== 1 && !stated.has(n))).toEqual([]);
  });

  it.each(lessonSpecs(source).map((entry) => [entry.name, entry.spec] as const))('prose layer %s: parameterCount equals countParams()', (_name, spec) => {
    expect(parameterCount(spec as unknown as LayerSpec)).toBe(tfjsAnswer(spec as unknown as LessonLayer).params);
  });
});
