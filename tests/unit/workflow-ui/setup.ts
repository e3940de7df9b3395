import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { LedgerDb } from '../../../utils/ledger/db';
import { captureEntry } from '../../../utils/ledger/capture';
import { post, sh } from '../ledger/helpers';

let n = 0;

/** A fresh ledger (named after the test file) holding one post captured at 08:00 and due at 17:30 on 2026-11-12. */
export async function ledgerWithOnePost(file: string): Promise<{ db: LedgerDb; key: string }> {
  const db = new LedgerDb(`test-workflow-ui-${file}-${n++}`);
  const entry = await captureEntry(db, post(98), {
    now: sh('2026-11-12 08:00'),
    actor: '值班员',
    dueFor: () => '2026-11-12T17:30:00+08:00',
    departmentFor: () => null,
  });
  return { db, key: entry.key };
}

/** Sets the clock the components read (only `Date`; timers stay real for Dexie and waitFor). */
export function setClock(text: string): Date {
  const at = sh(text);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  return at;
}

/** Records what the components send to the background. */
export function recordMessages(): unknown[] {
  const sent: unknown[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return { ok: true };
  });
  return sent;
}
