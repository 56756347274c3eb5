import { describe, expect, it } from 'vitest';
import { OutputCap } from '../../../src/lib/notebook/output-cap';

describe('OutputCap', () => {
  it('lets 3 lines through a 3-line cap, then sends "output truncated" once and nothing after', () => {
    const cap = new OutputCap({ lines: 3, bytes: 1000 });
    const sent = Array.from({ length: 10 }, (_, index) => cap.admit(`line ${index}`));
    expect(sent.slice(0, 3).map((each) => each?.send)).toEqual(['line 0', 'line 1', 'line 2']);
    expect(sent[3]).toEqual({ send: '… output truncated: a run may print at most 3 lines or 1,000 characters', truncated: true });
    expect(sent.slice(4)).toEqual(Array(6).fill(undefined));
  });

  it('cuts one huge line at the byte limit and says so on the next line', () => {
    const cap = new OutputCap({ lines: 100, bytes: 10 });
    expect(cap.admit('12345')?.send).toBe('12345');
    const cut = cap.admit('abcdefghij');
    expect(cut).toEqual({ send: 'abcde\n… output truncated: a run may print at most 100 lines or 10 characters', truncated: true });
    expect(cap.admit('more')).toBeUndefined();
  });
});
