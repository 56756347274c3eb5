import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSuiteFor, exerciseById, exercises, exercisesFor } from '../../../src/lib/exercises';

describe('exercise catalog', () => {
  it('ids are unique and usable as cell ids ([a-z0-9-])', () => {
    const ids = exercises.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
  it('every lesson where code fits has at least one exercise', () => {
    for (const lesson of ['convolution', 'depthwise', 'pointwise', 'separable', 'cost', 'effective']) {
      expect(exercisesFor(lesson).length, lesson).toBeGreaterThan(0);
    }
  });
  it('starter and solution both parse and define the function the exercise names', () => {
    for (const exercise of exercises) {
      for (const code of [exercise.starter, exercise.solution]) {
        const defined = new Function('tf', `${code}\nreturn typeof ${exercise.functionName};`)(undefined) as string;
        expect(defined, exercise.id).toBe('function');
      }
      expect(exercise.hints.length, exercise.id).toBeGreaterThanOrEqual(2);
    }
  });
  it('exercisesFor keeps page order; exerciseById refuses an unknown id by name', () => {
    expect(exercisesFor('depthwise').map((exercise) => exercise.id)).toEqual(['dw-loops', 'dw-pick-multiplier']);
    expect(exercisesFor('about')).toEqual([]);
    expect(() => exerciseById('nope')).toThrow('invalid exercise id: nope');
  });
});

describe('exercise checkers', () => {
  it('every exercise has a checker that names the same function (the worker reads the name from the checker, never the catalog)', () => {
    for (const exercise of exercises) expect(checkSuiteFor(exercise.id).functionName, exercise.id).toBe(exercise.functionName);
  });
});

describe('exercises in the lessons', () => {
  const lessonsDir = join(import.meta.dirname, '..', '..', '..', 'src', 'content', 'lessons');
  const body = (lesson: string) => readFileSync(join(lessonsDir, `${lesson}.mdx`), 'utf8');
  it('each exercise appears once, on its own lesson', () => {
    for (const exercise of exercises) {
      expect(body(exercise.lesson).split(`<Exercise id="${exercise.id}" />`).length - 1, exercise.id).toBe(1);
    }
  });
  it('no exercise id is also a cell id on its page (the exercise cell takes the exercise id)', () => {
    for (const exercise of exercises) {
      const cellIds = [...body(exercise.lesson).matchAll(/<Cell id="([^"]+)"/g)].map((match) => match[1]);
      expect(cellIds, exercise.id).not.toContain(exercise.id);
    }
  });
});
