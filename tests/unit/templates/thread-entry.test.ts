import { describe, expect, test } from 'vitest';
import { pickThreadEntry } from '@/utils/templates/thread-entry';
import { roadCollapseEntry } from './entry';

const first = roadCollapseEntry({ key: 'k/t42/p301', pid: '301', order: 301, status: 'replied' });
const later = roadCollapseEntry({ key: 'k/t42/p305', pid: '305', order: 305, status: 'new' });
const latest = roadCollapseEntry({ key: 'k/t42/p310', pid: '310', order: 310, status: 'in_progress' });

describe('pickThreadEntry', () => {
  test('the quoted post when it is in the ledger', () => {
    expect(pickThreadEntry([first, later, latest], '310')).toBe(latest);
  });
  test('otherwise the earliest post still waiting for a reply', () => {
    expect(pickThreadEntry([latest, first, later], '999')).toBe(later);
    expect(pickThreadEntry([latest, first, later])).toBe(later);
  });
  test('otherwise the earliest post; none for a thread not in the ledger', () => {
    expect(pickThreadEntry([roadCollapseEntry({ pid: '320', order: 320, status: 'closed' }), first])).toBe(first);
    expect(pickThreadEntry([])).toBeNull();
  });
  test('entries captured before posts carried their place in the thread: the earliest posted', () => {
    const legacy = (pid: string, postedAt: string) => roadCollapseEntry({ key: `k/t42/p${pid}`, pid, postedAt, status: 'new' });
    const earlier = legacy('b7f3', '2026-11-23T09:00:00+08:00');
    expect(pickThreadEntry([legacy('a1c9', '2026-11-23T10:00:00+08:00'), earlier])).toBe(earlier);
  });
});
