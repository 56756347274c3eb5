import { describe, expect, it } from 'vitest';
import {
  countCells,
  countProseWords,
  lessonHref,
  neighbours,
  readingMinutes,
  sortLessons,
  WORDS_PER_MINUTE,
} from '../../../src/lib/site/lessons';

const lessons = [
  { id: 'depthwise', title: 'Depthwise', order: 2 },
  { id: 'convolution', title: 'Convolution', order: 1 },
  { id: 'pointwise', title: 'Pointwise', order: 3 },
];

describe('lesson order', () => {
  it('sortLessons orders by `order`', () => {
    expect(sortLessons(lessons).map((lesson) => lesson.id)).toEqual(['convolution', 'depthwise', 'pointwise']);
  });
  it('sortLessons rejects two lessons with the same order, naming both', () => {
    expect(() => sortLessons([...lessons, { id: 'cost', title: 'Cost', order: 2 }])).toThrow(
      'invalid lesson order: 2 (used by depthwise and cost)',
    );
  });
  it('neighbours of the middle lesson are the ones before and after it', () => {
    const { previous, next } = neighbours(lessons, 'depthwise');
    expect(previous?.id).toBe('convolution');
    expect(next?.id).toBe('pointwise');
  });
  it('the first lesson has no previous and the last no next', () => {
    expect(neighbours(lessons, 'convolution').previous).toBeUndefined();
    expect(neighbours(lessons, 'pointwise').next).toBeUndefined();
  });
  it('neighbours of an unknown id throws', () => {
    expect(() => neighbours(lessons, 'nope')).toThrow('invalid lesson id: nope');
  });
});

describe('routes', () => {
  it('lessonHref("depthwise") is /depthwise/', () => {
    expect(lessonHref('depthwise')).toBe('/depthwise/');
  });
  it('lessonHref rejects ids that would not make a short flat route', () => {
    expect(() => lessonHref('a/b')).toThrow('invalid lesson id: a/b');
  });
});

describe('reading time', () => {
  const body = [
    '---\ntitle: x\n---',
    "import { Cell } from '../../notebook';",
    'One two three four five.',
    '```js\nconst notCounted = 1;\n```',
    '$$\nP = k \\cdot k\n$$',
    '<Cell id="a">',
    'six seven $k$ eight.',
  ].join('\n\n');

  it('countProseWords skips frontmatter, imports, code, display maths and tags; inline maths counts as one word', () => {
    expect(countProseWords(body)).toBe(9);
  });
  it('countCells counts <Cell> blocks', () => {
    expect(countCells(body)).toBe(1);
    expect(countCells('<Cellar> <Cell\n id="x"/>')).toBe(1);
  });
  it('readingMinutes is at least one minute', () => {
    expect(readingMinutes('short')).toBe(1);
  });
  it(`readingMinutes of ${WORDS_PER_MINUTE * 4} words and two cells is 5`, () => {
    const words = Array.from({ length: WORDS_PER_MINUTE * 4 }, () => 'word').join(' ');
    expect(readingMinutes(`${words}\n<Cell id="a"/>\n<Cell id="b"/>`)).toBe(5);
  });
});
