import { useEffect, useState } from 'preact/hooks';
import type { LedgerEntry } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { ledgerDb, type LedgerDb } from '@/utils/ledger/db';
import type { ActionContext } from '@/utils/ledger/actions';
import { refreshBadge } from '@/utils/ledger/paint-badge';
import { t } from '@/utils/i18n';
import { describeStorageError } from '@/utils/ledger/storage-errors';
import { withActorName } from '@/utils/settings/identity';

/** One ledger action on one entry, as in utils/ledger/actions.ts. */
export type EntryChange = (db: LedgerDb, key: string, ctx: ActionContext) => Promise<LedgerEntry>;

export interface Feedback {
  ok: boolean;
  text: string;
}

/**
 * Runs ledger actions on one entry: keeps the stored result (so the view is current even before the
 * ledger query catches up), refreshes the badge and says in words what happened or why it was refused.
 */
export function useEntryChange(initial: LedgerEntry, settings: Settings) {
  const [entry, setEntry] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  useEffect(() => setEntry(initial), [initial.key, initial.updatedAt]);

  async function run(change: EntryChange): Promise<boolean> {
    setBusy(true);
    try {
      setEntry(await change(ledgerDb(), entry.key, { now: new Date(), settings: withActorName(settings) }));
      // Not awaited: the next action need not wait for the ledger to be counted.
      void refreshBadge().catch(() => undefined);
      setFeedback({ ok: true, text: t('actDone') });
      return true;
    } catch (err) {
      setFeedback({ ok: false, text: describeStorageError(err) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { entry, busy, feedback, setFeedback, run };
}
