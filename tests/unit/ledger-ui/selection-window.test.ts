import { describe, expect, it } from 'vitest';
import { ALL_MATCHING, NO_SELECTION, isSelected, selectedCount, selectedKeys, toggle } from '@/entrypoints/dashboard/panels/ledger/selection';
import { visibleRange } from '@/entrypoints/dashboard/panels/ledger/window';
import { runBulk } from '@/entrypoints/dashboard/panels/ledger/bulk';

const KEYS = ['a', 'b', 'c', 'd'];

describe('row selection', () => {
  it('keeps rows picked by hand, in table order', () => {
    const sel = toggle(toggle(NO_SELECTION, 'c'), 'a');
    expect(selectedKeys(sel, KEYS)).toEqual(['a', 'c']);
    expect(selectedCount(sel, KEYS)).toBe(2);
    expect(selectedKeys(toggle(sel, 'a'), KEYS)).toEqual(['c']);
  });

  it('selects every matching row, minus the ones unticked afterwards', () => {
    const sel = toggle(ALL_MATCHING, 'b');
    expect(isSelected(sel, 'a')).toBe(true);
    expect(isSelected(sel, 'b')).toBe(false);
    expect(selectedKeys(sel, KEYS)).toEqual(['a', 'c', 'd']);
    expect(selectedCount(sel, KEYS)).toBe(3);
  });
});

describe('windowed rows', () => {
  it('renders only the rows in view plus a few spare ones', () => {
    expect(visibleRange(0, 320, 32, 100_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(32 * 50_000, 320, 32, 100_000, 5)).toEqual({ start: 49_995, end: 50_015 });
    expect(visibleRange(32 * 99_999, 320, 32, 100_000, 5)).toEqual({ start: 99_994, end: 100_000 });
    expect(visibleRange(0, 320, 32, 3, 5)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(0, 320, 32, 0, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('bulk actions', () => {
  it('goes on after a refused entry and says which ones failed and why', async () => {
    const progress: number[] = [];
    const outcome = await runBulk(
      KEYS,
      async (key) => {
        if (key === 'b') throw new Error('「已办结」的记录不能再分派');
      },
      (done) => progress.push(done),
    );
    expect(outcome).toEqual({ done: 3, failed: [{ key: 'b', message: '「已办结」的记录不能再分派' }] });
    expect(progress).toEqual([0, 1, 2, 3, 4]);
  });
});
