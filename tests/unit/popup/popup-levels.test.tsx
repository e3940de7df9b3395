import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { popupGroups } from '@/entrypoints/popup/popup-groups';
import { LedgerItem } from '@/components/LedgerItem';
import { departmentOpenEntries } from '@/utils/ledger/department-entries';
import { numberedEntry } from '../../support/entry';
import { freshDb } from '../../support/ledger-db';

const NOW = new Date('2026-03-20T12:00:00+08:00');
const at = (day: string, time: string) => `2026-03-${day}T${time}:00+08:00`;
const keys = (list: { key: string }[]) => list.map((e) => e.key);
const key = (n: number) => numberedEntry(n, '').key;

describe('toolbar popup order by 预警级别', () => {
  afterEach(cleanup);

  it('lists 紧急 entries first, then 关注, then the rest, each by deadline, within 逾期, 今日到期, 其他 and 已回复·跟踪中', () => {
    const reply = { at: at('20', '10:00'), author: '岱山建设', url: '', pid: null, detected: true };
    // Soonest due first, as the popup reads them.
    const entries = [
      numberedEntry(1, '2026-03-19 09:00', { status: 'new', dueAt: at('19', '17:30') }),
      numberedEntry(2, '2026-03-20 08:00', { status: 'new', dueAt: at('20', '10:00') }),
      numberedEntry(3, '2026-03-20 09:00', { status: 'new', dueAt: at('20', '11:00'), level: 'urgent' }),
      numberedEntry(4, '2026-03-20 10:00', { status: 'new', dueAt: at('20', '13:00') }),
      numberedEntry(5, '2026-03-20 10:00', { status: 'assigned', dueAt: at('20', '15:00'), level: 'watch' }),
      numberedEntry(6, '2026-03-20 10:00', { status: 'new', dueAt: at('20', '17:00'), level: 'urgent' }),
      numberedEntry(7, '2026-03-20 11:00', { status: 'new', dueAt: at('21', '17:30'), level: 'watch' }),
      numberedEntry(8, '2026-03-20 11:00', { status: 'new', dueAt: at('23', '17:30'), level: 'urgent' }),
      numberedEntry(9, '2026-03-18 08:00', { status: 'follow_up', dueAt: at('18', '17:30'), reply }),
      numberedEntry(10, '2026-03-19 08:00', { status: 'replied', dueAt: at('19', '17:30'), reply, level: 'watch' }),
    ];
    const groups = popupGroups(entries, NOW);
    expect(keys(groups.overdue)).toEqual([key(3), key(1), key(2)]);
    expect(keys(groups.today)).toEqual([key(6), key(5), key(4)]);
    expect(keys(groups.other)).toEqual([key(8), key(7)]);
    expect(keys(groups.following)).toEqual([key(10), key(9)]);
  });

  it('lists a department’s 分派给我 entries the same way: 紧急, 关注, the rest, each soonest due first', async () => {
    const db = freshDb();
    const mine = { status: 'assigned' as const, department: '城建科' };
    await db.entries.bulkAdd([
      numberedEntry(1, '2026-03-20 08:00', { ...mine, dueAt: at('20', '10:00') }),
      numberedEntry(2, '2026-03-20 09:00', { ...mine, dueAt: at('20', '16:00'), level: 'urgent' }),
      numberedEntry(3, '2026-03-20 09:00', { ...mine, dueAt: at('20', '11:00'), level: 'watch' }),
      numberedEntry(4, '2026-03-20 09:00', { ...mine, dueAt: at('20', '12:00'), level: 'urgent' }),
      numberedEntry(5, '2026-03-20 09:00', { ...mine, department: '市政所', dueAt: at('20', '09:30'), level: 'urgent' }),
    ]);
    expect(keys(await departmentOpenEntries(db, '城建科'))).toEqual([key(4), key(2), key(3), key(1)]);
  });

  it('shows the level tag before the title, and none for 一般', () => {
    const { container } = render(
      <ul>
        {[numberedEntry(1, '2026-03-20 09:00', { level: 'urgent' }), numberedEntry(2, '2026-03-20 09:00', { level: 'watch' }), numberedEntry(3, '2026-03-20 09:00')].map((e) => (
          <LedgerItem key={e.key} entry={e} now={NOW} onOpen={() => undefined} />
        ))}
      </ul>,
    );
    const item = (n: number) => container.querySelector(`[data-fw-ledger-item="${key(n)}"]`)!;
    expect(item(1).getAttribute('data-fw-level')).toBe('urgent');
    expect(item(1).querySelector('.fw-item-title')?.textContent).toBe('紧急帖子 1');
    expect(item(2).querySelector('.fw-level-tag')?.textContent).toBe('关注');
    expect(item(3).getAttribute('data-fw-level')).toBe('normal');
    expect(item(3).querySelector('.fw-level-tag')).toBeNull();
  });
});
