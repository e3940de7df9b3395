import { describe, expect, it } from 'vitest';
import { dueNotices, noticeId, recordNotices, type NoticeLog } from '@/utils/reminders/due-notifications';
import { roadCollapseEntry } from '../templates/entry';

const NOW = new Date('2026-11-24T16:00:00+08:00');
const entry = (key: string, dueAt: string | null, status = 'new' as const) => roadCollapseEntry({ key, dueAt, status });

describe('deadline notifications', () => {
  const entries = [
    entry('soon', '2026-11-24T16:45:00+08:00'),
    entry('later', '2026-11-24T18:30:00+08:00'),
    entry('late', '2026-11-24T15:59:00+08:00'),
    entry('none', null),
    roadCollapseEntry({ key: 'answered', dueAt: '2026-11-24T15:00:00+08:00', status: 'replied' }),
  ];

  it('warns within the lead time and once an entry is overdue; replied and undated entries stay silent', () => {
    const notices = dueNotices(entries, NOW, 60, {});
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['soon', 'lead'],
      ['late', 'overdue'],
    ]);
  });

  it('shows each notice once, and an overdue notice after the lead one', () => {
    let log: NoticeLog = recordNotices({}, dueNotices(entries, NOW, 60, {}));
    expect(dueNotices(entries, NOW, 60, log)).toEqual([]);
    const later = new Date('2026-11-24T16:46:00+08:00');
    const notices = dueNotices(entries, later, 60, log);
    expect(notices.map((n) => [n.key, n.kind])).toEqual([['soon', 'overdue']]);
    log = recordNotices(log, notices);
    expect(log[noticeId(entries[0]!)]).toEqual({ lead: true, overdue: true });
  });

  it('an acknowledged deadline gets no more notices, but a new deadline of the same entry does', () => {
    const acked: NoticeLog = { [noticeId(entries[0]!)]: { ack: true }, [noticeId(entries[2]!)]: { ack: true } };
    expect(dueNotices(entries, NOW, 60, acked)).toEqual([]);
    const escalated = entries.map((e) => (e.key === 'late' ? { ...e, dueAt: '2026-11-24T16:30:00+08:00' } : e));
    expect(dueNotices(escalated, NOW, 60, acked).map((n) => [n.key, n.kind])).toEqual([['late', 'lead']]);
  });

  it('a paused clock gives no notices', () => {
    const paused = entries.map((e) => ({ ...e, pausedAt: '2026-11-24T10:00:00+08:00' }));
    expect(dueNotices(paused, NOW, 60, {})).toEqual([]);
  });
});
