import { describe, expect, test } from 'vitest';
import { pickThreadEntry } from '@/utils/templates/thread-entry';
import { makeEntry } from './entry';

const first = makeEntry({ key: 'k/t42/p301', pid: '301', status: 'replied' });
const later = makeEntry({ key: 'k/t42/p305', pid: '305', status: 'new' });
const latest = makeEntry({ key: 'k/t42/p310', pid: '310', status: 'in_progress' });

describe('pickThreadEntry', () => {
  test('the quoted post when it is in the ledger', () => {
    expect(pickThreadEntry([first, later, latest], '310')).toBe(latest);
  });
  test('otherwise the earliest post still waiting for a reply', () => {
    expect(pickThreadEntry([latest, first, later], '999')).toBe(later);
    expect(pickThreadEntry([latest, first, later])).toBe(later);
  });
  test('otherwise the earliest post; none for a thread not in the ledger', () => {
    expect(pickThreadEntry([makeEntry({ pid: '320', status: 'closed' }), first])).toBe(first);
    expect(pickThreadEntry([])).toBeNull();
  });
});
