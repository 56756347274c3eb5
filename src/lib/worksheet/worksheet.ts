// A lesson's worksheet as data: its quiz questions (answers computed by the same builders the
// lesson uses), its checked exercises, and the figures to print, read from the lesson's MDX.
import { exercisesFor, type Exercise } from '../exercises';
import { formatExpected, multiplyAddQuestion, parameterQuestion, shapeQuestion, type QuizQuestion } from '../quiz';
import * as sources from '../sources';
import { mdxBlocks, type MdxBlock, type PropValue } from './mdx-blocks';

/** One question of the worksheet: the prompt as written in the lesson (Markdown with `code` and $math$) and its question. */
export interface WorksheetQuestion {
  id: string;
  prompt: string;
  question: QuizQuestion;
  /** The answer as the answer key prints it ("[1, 28, 28, 6]", "3,456"). */
  answer: string;
}

/** A figure of the lesson to draw statically: the component and its literal props. */
export interface WorksheetFigure {
  kind: 'Stepper' | 'KernelView' | 'FeatureMaps' | 'BlockDiagram';
  props: Record<string, PropValue>;
}

/** Everything a lesson's worksheet and answer key print. */
export interface Worksheet {
  lesson: string;
  questions: WorksheetQuestion[];
  exercises: Exercise[];
  figures: WorksheetFigure[];
}

const builders: Record<string, (spec: never) => QuizQuestion> = { parameterQuestion, shapeQuestion, multiplyAddQuestion };

function question(block: MdxBlock): WorksheetQuestion {
  const id = String(block.props.id ?? '');
  const value = block.props.question as { call?: unknown; args?: unknown } | undefined;
  if (!value || typeof value.call !== 'string' || !Array.isArray(value.args)) throw new Error(`invalid Quiz ${id}: question must be a builder call`);
  const builder = builders[value.call];
  if (!builder) throw new Error(`invalid Quiz ${id}: unknown builder ${value.call}`);
  const built = builder(value.args[0] as never);
  return { id, prompt: block.children, question: built, answer: formatExpected(built) };
}

const FIGURES = ['Stepper', 'KernelView', 'FeatureMaps', 'BlockDiagram'] as const;

/** The numbers and words lessons import from src/lib/sources, usable in a figure's props (`expansion={MOBILENET_V2_EXPANSION}`). */
const SOURCE_CONSTANTS: Record<string, PropValue> = Object.fromEntries(Object.entries(sources).flatMap(([name, value]) =>
  (typeof value === 'number' || typeof value === 'string' ? [[name, value]] : [])));

/** The worksheet of lesson `lesson` whose MDX source is `mdx`. */
export function worksheetOf(lesson: string, mdx: string): Worksheet {
  const blocks = mdxBlocks(mdx, ['Quiz', ...FIGURES], SOURCE_CONSTANTS);
  return {
    lesson,
    questions: blocks.filter((block) => block.name === 'Quiz').map(question),
    exercises: exercisesFor(lesson),
    figures: blocks.filter((block) => block.name !== 'Quiz').map((block) => ({ kind: block.name as WorksheetFigure['kind'], props: block.props })),
  };
}

/** A prompt's Markdown as text runs: plain text, `code` and $math$ (the only inline marks the prompts use). */
export function promptRuns(prompt: string): { kind: 'text' | 'code' | 'math'; text: string }[] {
  return prompt.split(/(`[^`]+`|\$[^$]+\$)/).filter((part) => part !== '').map((part) =>
    part.startsWith('`') ? { kind: 'code' as const, text: part.slice(1, -1) }
      : part.startsWith('$') ? { kind: 'math' as const, text: part.slice(1, -1) }
      : { kind: 'text' as const, text: part.replace(/\s+/g, ' ') });
}
