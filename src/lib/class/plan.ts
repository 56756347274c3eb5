// A suggested 90-minute class, computed from the lessons' reading times and the exercises' estimated minutes.
import { classStrings } from '../strings/class';

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

/**
 * One block of the class: what happens, from which minute, for how long. The class experiment has three: the students
 * start training early (it runs in its own tab while the lessons go on), pool their runs, and read the class's verdict.
 */
export interface PlanBlock {
  kind: 'intro' | 'experiment-start' | 'lesson' | 'exercise' | 'lab' | 'experiment-pool' | 'experiment-verdict';
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
  start: string;
  lab: string;
  pool: string;
  verdict: string;
}

const DEFAULT_TITLES: BlockTitles = classStrings.teach.blockTitles;

/** Projected and discussed, a lesson takes about this many times its reading time. */
export const TEACHING_FACTOR = 1.5;

/**
 * Minutes of the blocks every class has: the opening question; starting the class experiment (each student opens
 * /train/ in its own tab and starts the class configuration, which trains while the lessons go on); the benchmark lab;
 * pooling the exported runs; and reading the class's verdict together, which closes the class with its answer.
 */
export const FIXED_MINUTES = { intro: 5, start: 3, lab: 10, pool: 4, verdict: 10 } as const;

/** The lesson whose block the class experiment trains: its exercises are the first to get class time. */
export const EXPERIMENT_LESSON = 'separable';

/** The lesson whose experiment section the class reads beside its own verdict (the rest of it may be read after class). */
export const VERDICT_LESSON = 'effective';

/** How the plan is fitted: the class's length, its block titles, and the lesson whose exercises come first. */
export interface PlanOptions {
  length?: number;
  titles?: BlockTitles;
  focusLesson?: string;
}

/**
 * Fits the class into `length` minutes (default 90): intro, starting the class experiment, the lessons in order
 * (reading time × TEACHING_FACTOR, rounded up) while they fit — the rest are read after class — each followed by its
 * exercises while time remains (the focus lesson's first exercise first, then first exercises before second ones, so
 * every lesson taught gets one before any gets two), then the lab, pooling the runs and the class's verdict; exercises
 * that do not fit are homework.
 */
export function classPlan(lessons: readonly PlanLesson[], exercises: readonly PlanExercise[], options: PlanOptions = {}): ClassPlan {
  const { length = 90, titles = DEFAULT_TITLES, focusLesson = EXPERIMENT_LESSON } = options;
  const fixed = Object.values(FIXED_MINUTES).reduce((sum, minutes) => sum + minutes, 0);
  if (length < fixed) throw new Error(`invalid class length: ${length} minutes (the intro, the class experiment and the lab alone need ${fixed})`);
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
  const priority = (exercise: PlanExercise) => rank(exercises, exercise) * 2 + (exercise.lesson === focusLesson ? 0 : 1);
  const byRank = [...inClass].sort((a, b) => priority(a) - priority(b) || exercises.indexOf(a) - exercises.indexOf(b));
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
  add({ kind: 'experiment-start', title: titles.start, minutes: FIXED_MINUTES.start });
  for (const { lesson, minutes } of taught) {
    add({ kind: 'lesson', title: lesson.title, minutes, lesson: lesson.id });
    for (const exercise of exercises.filter((each) => each.lesson === lesson.id && chosen.has(each.id))) {
      add({ kind: 'exercise', title: exercise.title, minutes: exercise.minutes, lesson: lesson.id, exercise: exercise.id });
    }
  }
  add({ kind: 'lab', title: titles.lab, minutes: FIXED_MINUTES.lab });
  add({ kind: 'experiment-pool', title: titles.pool, minutes: FIXED_MINUTES.pool });
  add({ kind: 'experiment-verdict', title: titles.verdict, minutes: FIXED_MINUTES.verdict, lesson: VERDICT_LESSON });
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
