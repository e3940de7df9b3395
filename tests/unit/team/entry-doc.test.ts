import { describe, expect, it } from 'vitest';
import { fromEntryDoc, sameVersion, toEntryDoc } from '../../../utils/team/entry-doc';
import { assignedDoc } from './team-docs';

describe('entries as shared documents', () => {
  const doc = { ...assignedDoc('城建科'), _rev: '2-ab' };

  it('a document gives back the entry and its history, and the entry maps to the same document', () => {
    const version = fromEntryDoc({ ...doc, _conflicts: ['2-cd'] })!;
    expect(version.entry.department).toBe('城建科');
    expect(version.events.map((e) => e.type)).toEqual(['capture', 'assign']);
    const { _rev: _ignored, ...body } = doc;
    expect(toEntryDoc({ entry: version.entry, events: version.events.map((e, i) => ({ ...e, id: i + 1 })) })).toEqual(body);
  });

  it('a document whose id is not its key, or with an event lacking its identity, is not taken', () => {
    expect(fromEntryDoc({ ...doc, _id: 'entry:bbs.example.cn/t1/p1' })).toBeNull();
    const [first, second] = doc.events;
    const { uid: _uid, ...anonymous } = second!;
    expect(fromEntryDoc({ ...doc, events: [first, anonymous] })).toBeNull();
  });

  it('the same history in another order is the same version', () => {
    const version = fromEntryDoc(doc)!;
    expect(sameVersion(version, { ...version, events: [...version.events].reverse() })).toBe(true);
    expect(sameVersion(version, { ...version, events: version.events.slice(1) })).toBe(false);
  });
});
