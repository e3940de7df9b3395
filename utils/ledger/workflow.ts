import type { LedgerDb } from './db';
import type { EventChange, LedgerEntry, LedgerEvent } from './types';
import { toShanghaiISO } from '../time/shanghai';
import { t } from '../i18n';
import { statusLabel } from '../i18n/status';
import { deviceId } from './device-id';
import { stampedEvent } from './event-stamp';
import { canTransition } from './transitions';
import { announceLedgerChange, isOpen, noteChange } from './outbox';

export { canTransition } from './transitions';

export class TransitionError extends Error {}

export interface ChangeContext {
  now: Date;
  actor: string;
}

/**
 * Applies `change` to the entry and records one event, in one transaction.
 * `change` returns the new entry and the event's type/note; a status change
 * is checked against TRANSITIONS. When `continues` says the entry's latest
 * event is the same edit still going on (text typed in several saves), that
 * event is updated (keeping its uid and seq) instead of adding another — only while that event
 * was never handed to the team sync: the server keeps history append-only.
 */
export async function changeEntry(
  db: LedgerDb,
  key: string,
  ctx: ChangeContext,
  change: (entry: LedgerEntry, at: string) => { entry: LedgerEntry; event: EventChange },
  continues?: (latest: LedgerEvent) => boolean,
): Promise<LedgerEntry> {
  const at = toShanghaiISO(ctx.now);
  const device = await deviceId();
  const changed = await db.transaction('rw', db.entries, db.events, db.outbox, async () => {
    const current = await db.entries.get(key);
    if (!current) throw new TransitionError(t('refuseNoEntry', key));
    const { entry, event } = change(current, at);
    if (entry.status !== current.status && !canTransition(current.status, entry.status)) {
      throw new TransitionError(t('refuseStatusChange', statusLabel(current.status), statusLabel(entry.status)));
    }
    const from = entry.status !== current.status ? current.status : undefined;
    const to = from ? entry.status : undefined;
    const saved = { ...entry, updatedAt: at };
    await db.entries.put(saved);
    const record = { ...event, key, at, actor: ctx.actor, ...(from ? { from, to } : {}) };
    const latest = continues ? await db.events.where('key').equals(key).last() : undefined;
    if (latest?.id !== undefined && latest.actor === ctx.actor && continues!(latest) && (await isOpen(db, key, latest.uid))) {
      await db.events.put({ ...record, id: latest.id, uid: latest.uid, seq: latest.seq, device: latest.device });
      await noteChange(db, key, latest.uid);
    } else {
      const stamped = await stampedEvent(db, record, device);
      await db.events.add(stamped);
      await noteChange(db, key, stamped.uid);
    }
    return saved;
  });
  announceLedgerChange();
  return changed;
}
