// Every quiz answer and every layer the lessons' prose counts, held against TF.js's countParams() and output shapes.
import { beforeAll, describe, expect, it } from 'vitest';
import { multiplyAddQuestion, parameterQuestion, shapeQuestion, type ShapeQuestionOptions } from '../../../src/lib/quiz';
import { parameterCount, type ConvWorkload, type LayerSpec } from '../../../src/lib/cost';
import { lessonFiles, lessonQuizzes, lessonSource, lessonSpecs } from './mdx';
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
  const quizzes = lessonQuizzes(source);

  it('ends with 2–3 predict-then-check questions', () => {
    expect(quizzes.length).toBeGreaterThanOrEqual(2);
    expect(quizzes.length).toBeLessThanOrEqual(3);
  });

  it.each(quizzes.map((quiz) => [quiz.id, quiz] as const))('quiz %s: the expected answer is what TF.js computes', (_id, quiz) => {
    const layer = quiz.options as unknown as LessonLayer;
    if (quiz.builder === 'parameterQuestion') {
      expect(parameterQuestion(quiz.options as unknown as LayerSpec).expected).toBe(tfjsAnswer(layer).params);
    } else if (quiz.builder === 'multiplyAddQuestion') {
      // Every weight is used once per output pixel, so MACs = outHeight · outWidth · (weights TF.js counts without bias).
      const { shape } = tfjsAnswer(layer);
      const { params } = tfjsAnswer({ ...layer, bias: false });
      expect(multiplyAddQuestion(quiz.options as unknown as ConvWorkload).expected).toBe(shape[1]! * shape[2]! * params);
    } else {
      expect(shapeQuestion(quiz.options as unknown as ShapeQuestionOptions).expected).toEqual(tfjsAnswer(layer).shape);
    }
  });

  it.each(quizzes.map((quiz) => [quiz.id, quiz] as const))('quiz %s: the prompt states the numbers its answer is computed from, and no others', (id, quiz) => {
    const prompt = new RegExp(`<Quiz\\s+id="${id}"[\\s\\S]*?\\)\\}>([\\s\\S]*?)</Quiz>`).exec(source)?.[1] ?? '';
    const stated = new Set((prompt.match(/\b\d+\b/g) ?? []).map(Number));
    const given = Object.values(quiz.options).filter((value): value is number => typeof value === 'number');
    expect(prompt).not.toBe('');
    // 1 is the batch in a written shape and the default stride and multiplier, so it may appear without being an option.
    expect([...stated].filter((n) => n !== 1 && !given.includes(n))).toEqual([]);
    expect(given.filter((n) => n !== 1 && !stated.has(n))).toEqual([]);
  });

  it.each(lessonSpecs(source).map((entry) => [entry.name, entry.spec] as const))('prose layer %s: parameterCount equals countParams()', (_name, spec) => {
    expect(parameterCount(spec as unknown as LayerSpec)).toBe(tfjsAnswer(spec as unknown as LessonLayer).params);
  });
});
