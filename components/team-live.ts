import { browser } from 'wxt/browser';

const RECONNECT_MS = 1000;

/**
 * Held for the page's life: while an extension page is open the worker syncs the shared ledger live,
 * not now and then. When the worker stops (idle shutdown, update) the port is opened again, which
 * also starts the worker again.
 */
export function holdTeamLive(): void {
  const port = browser.runtime.connect({ name: 'team-live' });
  port.onDisconnect.addListener(() => setTimeout(holdTeamLive, RECONNECT_MS));
}
