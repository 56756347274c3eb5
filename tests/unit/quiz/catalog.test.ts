import { describe, expect, it } from 'vitest';
import { formatExpected, questionOf, quizById, quizzes, quizzesFor } from '../../../src/lib/quiz';
import { exercises } from '../../../src/lib/exercises';
import { figuresFor, LESSON_FIGURES } from '../../../src/lib/lessons';
import { worksheetOf } from '../../../src/lib/worksheet';
import { lessonSource } from '../lessons/mdx';

const LESSONS = ['convolution', 'depthwise', 'pointwise', 'separable', 'cost', 'effective'];

describe('quiz catalog', () => {
  it('ids are unique across the site, usable as element ids, and never an exercise\'s id', () => {
    const ids = quizzes.map((quiz) => quiz.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(ids.filter((id) => exercises.some((exercise) => exercise.id === id))).toEqual([]);
  });
  it('every lesson ends with 2–3 questions; quizzesFor keeps page order; quizById refuses an unknown id by name', () => {
    for (const lesson of LESSONS) expect(quizzesFor(lesson).length, lesson).toBeGreaterThanOrEqual(2);
    expect(quizzesFor('depthwise').map((quiz) => quiz.id)).toEqual(['dw-q1', 'dw-q2', 'dw-q3']);
    expect(quizzesFor('about')).toEqual([]);
    expect(() => quizById('nope')).toThrow('invalid quiz id: nope');
  });
  it('questionOf builds the question its ask names: dw-q1 is [1, 28, 28, 6], pw-q3 is 48 parameters', () => {
    expect(formatExpected(questionOf(quizById('dw-q1').ask))).toBe('[1, 28, 28, 6]');
    expect(questionOf(quizById('pw-q3').ask)).toMatchObject({ kind: 'count', expected: 48 });
    expect(questionOf(quizById('cost-q1').ask)).toMatchObject({ kind: 'count', expected: 28 * 28 * 9 * 32 });
  });
});

describe('lesson figures', () => {
  it('each figure a worksheet reprints is drawn in its lesson from the same props, in page order', () => {
    for (const lesson of LESSONS) {
      const source = lessonSource(`${lesson}.mdx`);
      const names = Object.entries(LESSON_FIGURES).filter(([, figure]) => figure.lesson === lesson).map(([name]) => name);
      const positions = names.map((name) => source.indexOf(`{...figureProps('${name}')}`));
      expect(positions.every((position) => position > 0), lesson).toBe(true);
      expect(positions, lesson).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});

describe('worksheetOf', () => {
  it('reads the lesson\'s quizzes, exercises and figures from their data, answers computed by the builders', () => {
    const sheet = worksheetOf('depthwise');
    expect(sheet.questions.map((question) => [question.id, question.answer])).toEqual([
      ['dw-q1', '[1, 28, 28, 6]'], ['dw-q2', '[1, 16, 12, 16]'], ['dw-q3', '800'],
    ]);
    expect(sheet.questions[0]!.prompt).toBe(quizById('dw-q1').prompt);
    expect(sheet.exercises.map((exercise) => exercise.id)).toEqual(['dw-loops', 'dw-pick-multiplier']);
    expect(sheet.figures.map((figure) => figure.kind)).toEqual(['Stepper', 'KernelView', 'FeatureMaps']);
    expect(sheet.figures).toEqual(figuresFor('depthwise').map(({ kind, props }) => ({ kind, props })));
    expect(worksheetOf('pointwise').figures[1]!.props).toMatchObject({ pointwise: 4 });
  });
});
