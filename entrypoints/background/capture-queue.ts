import type { CapturePayload } from '@/utils/ledger/capture';
import type { LedgerEntry } from '@/utils/ledger/types';
import { captureEntries } from '@/utils/ledger/capture';
import { ledgerDb } from '@/utils/ledger/db';
import { captureContext } from '@/utils/ledger/capture-context';
import { currentSettings } from './settings-cache';
import { periodEffectsAt } from './period-effects';
import { notifyUrgent } from './urgent-notice';
import { reportError } from './report-error';

interface Waiting {
  post: CapturePayload;
  done(entry: LedgerEntry): void;
  failed(err: unknown): void;
}

let waiting: Waiting[] = [];
let writing = false;
/** Large enough for any page's burst, small enough that each write stays short and answers come steadily. */
const MAX_BATCH = 200;

/** Writes one batch; a batch that fails is written again post by post, so one bad post fails alone. */
async function write(batch: Waiting[]): Promise<void> {
  const settings = await currentSettings();
  const now = new Date();
  const ctx = {
    ...captureContext(settings, now, periodEffectsAt(settings, now).firstResponseHours),
    onNewlyUrgent: (urgent: LedgerEntry[]) => void notifyUrgent(urgent, settings).catch(reportError),
  };
  try {
    const entries = await captureEntries(ledgerDb(), batch.map((w) => w.post), ctx);
    batch.forEach((w, i) => w.done(entries[i]!));
  } catch (err) {
    if (batch.length === 1) return batch[0]!.failed(err);
    for (const w of batch) await write([w]);
  }
}

async function drain(): Promise<void> {
  writing = true;
  try {
    while (waiting.length) {
      const batch = waiting.splice(0, MAX_BATCH);
      await write(batch).catch((err: unknown) => batch.forEach((w) => w.failed(err)));
    }
  } finally {
    writing = false;
  }
}

/**
 * Captures arriving while an earlier one is being written go into the ledger together, in one
 * transaction: a page capturing many posts at once (or two tabs) costs one write, not one each.
 */
export function queueCapture(post: CapturePayload): Promise<LedgerEntry> {
  return new Promise((done, failed) => {
    waiting.push({ post, done, failed });
    if (!writing) void drain();
  });
}
