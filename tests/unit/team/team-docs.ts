// Shared-ledger documents as the extension will write them (docs/team-sync.md), for the server-side rules' tests.
import { newEntry } from '../../../utils/ledger/capture';
import type { LedgerEntry, LedgerEvent, Status } from '../../../utils/ledger/types';
import { post } from '../ledger/helpers';

export interface EntryDoc extends LedgerEntry {
  _id: string;
  _rev?: string;
  events: LedgerEvent[];
}

export interface UserCtx {
  name: string | null;
  roles: string[];
}

export const MEMBER: UserCtx = { name: 'xiaowang', roles: ['fw-member', 'fw-dept:城建科'] };
export const OFFICE: UserCtx = { name: 'bangongshi', roles: ['fw-member', 'fw-office'] };
export const ADMIN: UserCtx = { name: 'admin', roles: ['_admin'] };

export function eventOf(key: string, seq: number, type: LedgerEvent['type'], extra: Partial<LedgerEvent> = {}): LedgerEvent {
  const minute = String(seq).padStart(2, '0');
  return { key, uid: `${key}#${seq}`, seq, device: 'pc-bangongshi', at: `2026-11-12T09:${minute}:00+08:00`, actor: '值班员小张', type, ...extra };
}

/** A post just captured by the duty officer: status 新登记, one capture event. */
export function capturedDoc(pid = 98): EntryDoc {
  const entry = newEntry(post(pid), '2026-11-12T08:30:00+08:00', '2026-11-12T17:30:00+08:00', null);
  return { _id: `entry:${entry.key}`, ...entry, events: [eventOf(entry.key, 1, 'capture', { to: 'new' })] };
}

/** The doc after a further step, as a client writes it over its current revision: new fields and one more event. */
export function withStep(doc: EntryDoc, fields: Partial<LedgerEntry>, type: LedgerEvent['type'], extra: Partial<LedgerEvent> = {}): EntryDoc {
  const seq = doc.events.length + 1;
  const status: Status = fields.status ?? doc.status;
  const change = status !== doc.status ? { from: doc.status, to: status } : {};
  return { ...doc, ...fields, events: [...doc.events, eventOf(doc.key, seq, type, { ...change, ...extra })] };
}

/** Captured, then assigned by the office to `department`. */
export function assignedDoc(department: string, pid = 98): EntryDoc {
  return withStep(capturedDoc(pid), { status: 'assigned', department }, 'assign', { note: `分派给${department}`, actor: '办公室老李' });
}
