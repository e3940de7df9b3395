// A random id for this browser profile, recorded on every event it writes. Made once, kept in
// browser.storage.local (not in the ledger, so restoring a colleague's backup does not adopt theirs).
import { browser } from 'wxt/browser';

const DEVICE_KEY = 'deviceId';

let known: Promise<string> | null = null;

async function loadOrCreate(): Promise<string> {
  const got = await browser.storage.local.get(DEVICE_KEY);
  const stored = got[DEVICE_KEY];
  if (typeof stored === 'string' && stored) return stored;
  const id = crypto.randomUUID();
  await browser.storage.local.set({ [DEVICE_KEY]: id });
  return id;
}

/**
 * This profile's device id. Call it before opening a ledger transaction: waiting on extension
 * storage inside one lets IndexedDB commit the transaction early.
 */
export function deviceId(): Promise<string> {
  known ??= loadOrCreate().catch((error: unknown) => {
    known = null;
    throw error;
  });
  return known;
}
