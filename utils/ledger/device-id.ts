// A random id for this browser profile, recorded on every event it writes. Made once, kept in
// browser.storage.local (not in the ledger, so restoring a colleague's backup does not adopt theirs).
import { deviceIdItem } from '../storage/items';

let known: Promise<string> | null = null;

async function loadOrCreate(): Promise<string> {
  const stored = await deviceIdItem.getValue();
  if (typeof stored === 'string' && stored) return stored;
  const id = crypto.randomUUID();
  await deviceIdItem.setValue(id);
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
