// The causal order of an entry's events, whatever the PCs' clocks said.
import type { LedgerEvent } from './types';
import { DAY_MS } from '../time/units';

/** An event's time for ordering and for "newest wins": a time more than a day ahead of `now` counts as now. */
export function trustedTime(at: string, now: Date): number {
  const t = Date.parse(at);
  return t > now.getTime() + DAY_MS ? now.getTime() : t;
}

/** By seq (the Lamport counter), then trusted time, then uid. */
export function causalOrder(now: Date): (a: LedgerEvent, b: LedgerEvent) => number {
  return (a, b) => a.seq - b.seq || trustedTime(a.at, now) - trustedTime(b.at, now) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);
}
