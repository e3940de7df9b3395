import { describe, expect, it } from 'vitest';
import { fromEntryDoc } from '../../../utils/team/entry-doc';
import { losersTombstones, mergedRevisions } from '../../../utils/team/resolve-conflict';
import { assignedDoc, withStep } from './team-docs';

const now = new Date('2026-11-12T06:00:00Z');

describe('conflicting revisions', () => {
  const assigned = assignedDoc('城建科');
  // Offline on two PCs: the department started on it and noted a call; the office closed it.
  const department = withStep(withStep(assigned, { status: 'in_progress' }, 'status'), {}, 'note', { note: '已电话联系', uid: 'dept-note' });
  const office = withStep(assigned, { status: 'closed' }, 'status', { actor: '办公室老李', uid: 'office-close' });

  it('become one document holding both histories, its status replayed by the workflow', () => {
    const merged = mergedRevisions({ rev: '4-b', version: fromEntryDoc(department)! }, [{ rev: '3-a', version: fromEntryDoc(office)! }], now);
    expect(merged._rev).toBe('4-b');
    expect(merged.events.map((e) => e.uid).sort()).toEqual([...assigned.events.map((e) => e.uid), 'dept-note', 'office-close', department.events[2]!.uid].sort());
    expect(merged.status).toBe('closed');
    expect(merged.department).toBe('城建科');
  });

  it("the loser's tombstone keeps the merged history and names the merged revision", () => {
    const losers = [{ rev: '3-a', version: fromEntryDoc(office)! }];
    const merged = mergedRevisions({ rev: '4-b', version: fromEntryDoc(department)! }, losers, now);
    const [tombstone] = losersTombstones(merged, '5-c', losers);
    expect(tombstone).toMatchObject({ _id: assigned._id, _rev: '3-a', _deleted: true, mergedInto: '5-c', events: merged.events });
  });
});
