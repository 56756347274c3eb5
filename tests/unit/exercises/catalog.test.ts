import { describe, expect, it } from 'vitest';
import { exerciseById, exercises, exercisesFor } from '../../../src/lib/exercises';

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
    expect(exercisesFor('depthwise').map((exercise) => exercise.id)).toEqual(['dw-loops', 'dw-multiplier']);
    expect(exercisesFor('about')).toEqual([]);
    expect(() => exerciseById('nope')).toThrow('invalid exercise id: nope');
  });
});
