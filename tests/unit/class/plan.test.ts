import { describe, expect, it } from 'vitest';
import { backendOutlook, classPlan, clockTime, FIXED_MINUTES, objectivesFor, TEACHING_FACTOR } from '../../../src/lib/class';
import { exercises } from '../../../src/lib/exercises';

const lessons = [
  { id: 'a', title: 'A', minutes: 4 },
  { id: 'b', title: 'B', minutes: 6 },
];
const tasks = [
  { id: 'a1', lesson: 'a', title: 'A1', minutes: 10 },
  { id: 'a2', lesson: 'a', title: 'A2', minutes: 10 },
  { id: 'b1', lesson: 'b', title: 'B1', minutes: 10 },
];

describe('classPlan', () => {
  it('teaches every lesson at TEACHING_FACTOR × its reading time, rounded up, between the intro and the lab', () => {
    const plan = classPlan(lessons, [], 90);
    expect(plan.blocks.map((block) => [block.kind, block.start, block.minutes])).toEqual([
      ['intro', 0, FIXED_MINUTES.intro],
      ['lesson', 5, Math.ceil(4 * TEACHING_FACTOR)],
      ['lesson', 11, Math.ceil(6 * TEACHING_FACTOR)],
      ['lab', 20, FIXED_MINUTES.lab],
      ['wrap-up', 30, FIXED_MINUTES.wrapUp],
    ]);
    expect(plan.totalMinutes).toBe(35);
  });
  it("gives every lesson its first exercise before any lesson gets a second; what does not fit is homework", () => {
    // 45 minutes: 20 fixed + 15 teaching leaves 10, enough for one exercise: a's first.
    const plan = classPlan(lessons, tasks, 45);
    expect(plan.blocks.filter((block) => block.kind === 'exercise').map((block) => block.exercise)).toEqual(['a1']);
    expect(plan.homework.map((exercise) => exercise.id)).toEqual(['a2', 'b1']);
    // 55 minutes: room for two, and b1 comes before a2.
    const wider = classPlan(lessons, tasks, 55);
    expect(wider.blocks.filter((block) => block.kind === 'exercise').map((block) => block.exercise)).toEqual(['a1', 'b1']);
    expect(wider.totalMinutes).toBeLessThanOrEqual(55);
  });
  it('leaves the lessons that do not fit (and their exercises) for after class, never running over', () => {
    // 30 minutes: 20 fixed leaves 10: lesson a (6) fits, lesson b (9) does not.
    const plan = classPlan(lessons, tasks, 30);
    expect(plan.blocks.filter((block) => block.kind === 'lesson').map((block) => block.lesson)).toEqual(['a']);
    expect(plan.laterLessons.map((lesson) => lesson.id)).toEqual(['b']);
    expect(plan.homework.map((exercise) => exercise.id)).toEqual(['a1', 'a2', 'b1']);
    expect(plan.totalMinutes).toBeLessThanOrEqual(30);
  });
  it('refuses a class shorter than its intro, lab and wrap-up', () => {
    expect(() => classPlan(lessons, tasks, 15)).toThrow('invalid class length: 15 minutes (the intro, lab and wrap-up alone need 20)');
  });
  it('the site\'s own lessons and exercises fit 90 minutes with at least three exercises in class', () => {
    const site = ['convolution', 'depthwise', 'pointwise', 'separable', 'cost', 'effective'].map((id) => ({ id, title: id, minutes: 5 }));
    expect(classPlan(site, exercises, 90).laterLessons).toEqual([]);
    const plan = classPlan(site, exercises, 90);
    expect(plan.totalMinutes).toBeLessThanOrEqual(90);
    const inClass = plan.blocks.filter((block) => block.kind === 'exercise').length;
    expect(inClass).toBeGreaterThanOrEqual(3);
    expect(inClass + plan.homework.length).toBe(exercises.length);
  });
  it('clockTime writes minutes as h:mm', () => {
    expect(clockTime(65)).toBe('1:05');
    expect(clockTime(0)).toBe('0:00');
  });
});

describe('learning objectives', () => {
  it('every lesson with exercises has objectives', () => {
    for (const exercise of exercises) expect(objectivesFor(exercise.lesson).length, exercise.lesson).toBeGreaterThanOrEqual(3);
    expect(objectivesFor('about')).toEqual([]);
  });
});

describe('backendOutlook', () => {
  it('takes medians per backend, in the order backends first appear', () => {
    const point = (backend: 'cpu' | 'wasm', speedup: number, macRatio: number) => ({ machine: 'm', backend, layer: 'l', speedup, macRatio, fusedSpeedup: null });
    expect(backendOutlook([point('wasm', 2, 8), point('cpu', 6, 8), point('wasm', 4, 9), point('wasm', 9, 7)])).toEqual([
      { backend: 'wasm', layers: 3, medianSpeedup: 4, medianMacRatio: 8 },
      { backend: 'cpu', layers: 1, medianSpeedup: 6, medianMacRatio: 8 },
    ]);
  });
});
