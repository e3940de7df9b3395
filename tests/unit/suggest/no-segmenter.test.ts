import { afterEach, describe, expect, it, vi } from 'vitest';

describe('a browser without Intl.Segmenter (Firefox before 125)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('still loads the code that samples seen posts, and finds no words in them', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    vi.resetModules();
    const { canSegment, hanWords } = await import('../../../utils/suggest/words');
    expect(canSegment).toBe(false);
    expect(hanWords('小区的化粪池满了')).toEqual([]);
  });
});
