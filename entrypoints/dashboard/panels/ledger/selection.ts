// Row selection of the ledger table: some keys picked by hand, or "all matching"
// (every key of the current result) minus the ones unticked afterwards.

export interface Selection {
  allMatching: boolean;
  /** Picked keys, or (when `allMatching`) the keys unticked since. */
  keys: ReadonlySet<string>;
}

export const NO_SELECTION: Selection = { allMatching: false, keys: new Set() };
export const ALL_MATCHING: Selection = { allMatching: true, keys: new Set() };

export function isSelected(sel: Selection, key: string): boolean {
  return sel.allMatching !== sel.keys.has(key);
}

export function toggle(sel: Selection, key: string): Selection {
  const keys = new Set(sel.keys);
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return { allMatching: sel.allMatching, keys };
}

/** The selected keys, in the order of `matching`. */
export function selectedKeys(sel: Selection, matching: readonly string[]): string[] {
  return matching.filter((k) => isSelected(sel, k));
}

export function selectedCount(sel: Selection, matching: readonly string[]): number {
  if (!sel.allMatching) return sel.keys.size;
  let excluded = 0;
  for (const k of matching) if (sel.keys.has(k)) excluded++;
  return matching.length - excluded;
}
