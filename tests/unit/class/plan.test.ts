import { describe, expect, it } from 'vitest';
import { backendOutlook, classPlan, clockTime, EXPERIMENT_LESSON, FIXED_MINUTES, objectivesFor, TEACHING_FACTOR, VERDICT_LESSON } from '../../../src/lib/class';
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
  const fixed = Object.values(FIXED_MINUTES).reduce((sum, minutes) => sum + minutes, 0);

  it('opens with the question and the start of the class experiment, teaches each lesson at TEACHING_FACTOR × its reading time, and closes with the lab, the pooling and the verdict', () => {
    const plan = classPlan(lessons, [], { length: 90 });
    expect(plan.blocks.map((block) => [block.kind, block.start, block.minutes])).toEqual([
      ['intro', 0, FIXED_MINUTES.intro],
      ['experiment-start', 5, FIXED_MINUTES.start],
      ['lesson', 8, Math.ceil(4 * TEACHING_FACTOR)],
      ['lesson', 14, Math.ceil(6 * TEACHING_FACTOR)],
      ['lab', 23, FIXED_MINUTES.lab],
      ['experiment-pool', 33, FIXED_MINUTES.pool],
      ['experiment-verdict', 37, FIXED_MINUTES.verdict],
    ]);
    expect(plan.totalMinutes).toBe(fixed + 6 + 9);
    expect(plan.blocks.at(-1)!.lesson).toBe(VERDICT_LESSON);
  });
  it("gives every lesson its first exercise before any lesson gets a second; what does not fit is homework", () => {
    // fixed + 15 teaching + 10: room for one exercise: a's first.
    const plan = classPlan(lessons, tasks, { length: fixed + 25, focusLesson: 'none' });
    expect(plan.blocks.filter((block) => block.kind === 'exercise').map((block) => block.exercise)).toEqual(['a1']);
    expect(plan.homework.map((exercise) => exercise.id)).toEqual(['a2', 'b1']);
    // Room for two, and b1 comes before a2.
    const wider = classPlan(lessons, tasks, { length: fixed + 35, focusLesson: 'none' });
    expect(wider.blocks.filter((block) => block.kind === 'exercise').map((block) => block.exercise)).toEqual(['a1', 'b1']);
    expect(wider.totalMinutes).toBeLessThanOrEqual(fixed + 35);
  });
  it('the focus lesson (the block the experiment trains) gets its first exercise before the other lessons do', () => {
    const plan = classPlan(lessons, tasks, { length: fixed + 25, focusLesson: 'b' });
    expect(plan.blocks.filter((block) => block.kind === 'exercise').map((block) => block.exercise)).toEqual(['b1']);
    expect(plan.homework.map((exercise) => exercise.id)).toEqual(['a1', 'a2']);
  });
  it('leaves the lessons that do not fit (and their exercises) for after class, never running over', () => {
    // fixed + 10: lesson a (6) fits, lesson b (9) does not.
    const plan = classPlan(lessons, tasks, { length: fixed + 10 });
    expect(plan.blocks.filter((block) => block.kind === 'lesson').map((block) => block.lesson)).toEqual(['a']);
    expect(plan.laterLessons.map((lesson) => lesson.id)).toEqual(['b']);
    expect(plan.homework.map((exercise) => exercise.id)).toEqual(['a1', 'a2', 'b1']);
    expect(plan.totalMinutes).toBeLessThanOrEqual(fixed + 10);
  });
  it('refuses a class shorter than its intro, class experiment and lab', () => {
    expect(() => classPlan(lessons, tasks, { length: 15 })).toThrow(`invalid class length: 15 minutes (the intro, the class experiment and the lab alone need ${fixed})`);
  });
  it('the site\'s lessons at their reading times: the experiment inside 90 minutes, a separable-block exercise in class', () => {
    // Reading times as the lesson pages state them today (convolution 5, depthwise 8, pointwise 5, separable 12, cost 12, effective 11 min).
    const site = [['convolution', 5], ['depthwise', 8], ['pointwise', 5], ['separable', 12], ['cost', 12], ['effective', 11]].map(([id, minutes]) => ({ id: String(id), title: String(id), minutes: Number(minutes) }));
    const plan = classPlan(site, exercises);
    expect(plan.totalMinutes).toBeLessThanOrEqual(90);
    expect(plan.blocks.map((block) => block.kind)).toEqual(expect.arrayContaining(['experiment-start', 'experiment-pool', 'experiment-verdict']));
    expect(plan.blocks.findIndex((block) => block.kind === 'experiment-start')).toBe(1);
    const inClass = plan.blocks.filter((block) => block.kind === 'exercise').map((block) => block.exercise);
    expect(inClass.some((id) => exercises.find((exercise) => exercise.id === id)?.lesson === EXPERIMENT_LESSON)).toBe(true);
    expect(inClass.length + plan.homework.length).toBe(exercises.length);
  });
  it('short lessons all fit 90 minutes with the experiment and at least three exercises', () => {
    const site = ['convolution', 'depthwise', 'pointwise', 'separable', 'cost', 'effective'].map((id) => ({ id, title: id, minutes: 4 }));
    const plan = classPlan(site, exercises);
    expect(plan.laterLessons).toEqual([]);
    expect(plan.totalMinutes).toBeLessThanOrEqual(90);
    expect(plan.blocks.filter((block) => block.kind === 'exercise').length).toBeGreaterThanOrEqual(3);
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
