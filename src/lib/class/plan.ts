// A suggested 90-minute class, computed from the lessons' reading times and the exercises' estimated minutes.

/** A lesson as the plan needs it. */
export interface PlanLesson {
  id: string;
  title: string;
  /** Reading time in minutes, as the lesson page states it. */
  minutes: number;
}

/** An exercise as the plan needs it. */
export interface PlanExercise {
  id: string;
  lesson: string;
  title: string;
  minutes: number;
}

/** One block of the class: what happens, from which minute, for how long. */
export interface PlanBlock {
  kind: 'intro' | 'lesson' | 'exercise' | 'lab' | 'wrap-up';
  title: string;
  start: number;
  minutes: number;
  /** The lesson this block belongs to, for links. */
  lesson?: string;
  exercise?: string;
}

/** The plan: blocks in class order, the lessons left for reading after class, and the exercises left as homework. */
export interface ClassPlan {
  blocks: PlanBlock[];
  /** Lessons that did not fit, in reading order (their exercises are homework too). */
  laterLessons: PlanLesson[];
  homework: PlanExercise[];
  totalMinutes: number;
}

/** Titles of the blocks that are not a lesson or an exercise (the page passes its UI strings). */
export interface BlockTitles {
  intro: string;
  lab: string;
  wrapUp: string;
}

const DEFAULT_TITLES: BlockTitles = { intro: 'Intro', lab: 'Lab', wrapUp: 'Wrap-up' };

/** Projected and discussed, a lesson takes about this many times its reading time. */
export const TEACHING_FACTOR = 1.5;
/** Minutes for the opening question, the lab demonstration and the wrap-up. */
export const FIXED_MINUTES = { intro: 5, lab: 10, wrapUp: 5 } as const;

/**
 * Fits the class into `length` minutes: intro, the lessons in order (reading time × TEACHING_FACTOR, rounded up) while
 * they fit — the rest are read after class — each followed by its exercises while time remains (first exercises first,
 * so every lesson taught gets one before any gets two), then the lab and the wrap-up; exercises that do not fit are homework.
 */
export function classPlan(lessons: readonly PlanLesson[], exercises: readonly PlanExercise[], length = 90, titles: BlockTitles = DEFAULT_TITLES): ClassPlan {
  const fixed = FIXED_MINUTES.intro + FIXED_MINUTES.lab + FIXED_MINUTES.wrapUp;
  if (length < fixed) throw new Error(`invalid class length: ${length} minutes (the intro, lab and wrap-up alone need ${fixed})`);
  let spare = length - fixed;
  const taught: Array<{ lesson: PlanLesson; minutes: number }> = [];
  const laterLessons: PlanLesson[] = [];
  for (const lesson of lessons) {
    const minutes = Math.ceil(lesson.minutes * TEACHING_FACTOR);
    if (laterLessons.length === 0 && minutes <= spare) {
      taught.push({ lesson, minutes });
      spare -= minutes;
    } else {
      laterLessons.push(lesson);
    }
  }
  const inClass = exercises.filter((exercise) => taught.some((each) => each.lesson.id === exercise.lesson));
  const byRank = [...inClass].sort((a, b) => rank(exercises, a) - rank(exercises, b) || exercises.indexOf(a) - exercises.indexOf(b));
  const chosen = new Set<string>();
  for (const exercise of byRank) {
    if (exercise.minutes <= spare) {
      chosen.add(exercise.id);
      spare -= exercise.minutes;
    }
  }
  const blocks: PlanBlock[] = [];
  let clock = 0;
  const add = (block: Omit<PlanBlock, 'start'>) => {
    blocks.push({ ...block, start: clock });
    clock += block.minutes;
  };
  add({ kind: 'intro', title: titles.intro, minutes: FIXED_MINUTES.intro });
  for (const { lesson, minutes } of taught) {
    add({ kind: 'lesson', title: lesson.title, minutes, lesson: lesson.id });
    for (const exercise of exercises.filter((each) => each.lesson === lesson.id && chosen.has(each.id))) {
      add({ kind: 'exercise', title: exercise.title, minutes: exercise.minutes, lesson: lesson.id, exercise: exercise.id });
    }
  }
  add({ kind: 'lab', title: titles.lab, minutes: FIXED_MINUTES.lab });
  add({ kind: 'wrap-up', title: titles.wrapUp, minutes: FIXED_MINUTES.wrapUp });
  return { blocks, laterLessons, homework: exercises.filter((exercise) => !chosen.has(exercise.id)), totalMinutes: clock };
}

// 0 for a lesson's first exercise, 1 for its second, …
function rank(exercises: readonly PlanExercise[], exercise: PlanExercise): number {
  return exercises.filter((each) => each.lesson === exercise.lesson).indexOf(exercise);
}

/** Minutes from the start as a clock reading: 65 → "1:05". */
export function clockTime(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
