// Events written before events had an identity (uid, seq, device) get one derived from what they
// say, so the same old event held on two PCs gets the same uid and a merge does not double it.
import type { LedgerEvent } from './types';

/** 128 bits of cyrb128 as hex: synchronous, so a database upgrade can use it inside its transaction. */
function hash128(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

/** A uid that depends only on `parts`: the same parts give the same uid on every PC. */
export const derivedUid = (prefix: string, parts: readonly unknown[]): string => `${prefix}-${hash128(JSON.stringify(parts))}`;

type MaybeIdentified = Omit<LedgerEvent, 'uid' | 'seq' | 'device'> & Partial<Pick<LedgerEvent, 'uid' | 'seq' | 'device'>>;

/**
 * Returns a function that gives each event, in the order they were written, the identity it lacks.
 * A legacy uid hashes key, instant, type, from, to, actor and note, plus how many identical events
 * of the entry came before it (two identical notes stay two events). A missing seq is 1 + the
 * highest seq of the entry so far.
 */
export function legacyIdentifier(): <T extends MaybeIdentified>(event: T) => T & Pick<LedgerEvent, 'uid' | 'seq' | 'device'> {
  const repeats = new Map<string, number>();
  const highestSeq = new Map<string, number>();
  return (event) => {
    let uid = event.uid;
    if (uid === undefined) {
      const content = JSON.stringify([event.key, Date.parse(event.at), event.type, event.from ?? null, event.to ?? null, event.actor, event.note ?? null]);
      const n = repeats.get(content) ?? 0;
      repeats.set(content, n + 1);
      uid = derivedUid('legacy', [content, n]);
    }
    const seq = event.seq ?? (highestSeq.get(event.key) ?? 0) + 1;
    highestSeq.set(event.key, Math.max(seq, highestSeq.get(event.key) ?? 0));
    return { ...event, uid, seq, device: event.device ?? null };
  };
}
