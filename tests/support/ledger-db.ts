import { LedgerDb } from '../../utils/ledger/db';

let serial = 0;

/** An empty ledger database of its own (fake-indexeddb), so tests never see each other's entries. */
export function freshDb(): LedgerDb {
  return new LedgerDb(`test-ledger-${Date.now()}-${serial++}`);
}
