// Floor labels as Discuz shows them with "postnocustom": 楼主, 沙发, 板凳, 地板, then `5#`, `6#` …
const NAMED_FLOORS: Record<string, number> = { 楼主: 1, 沙发: 2, 板凳: 3, 地板: 4 };

/** 1 for the first post; null when the label is neither a known name nor a number. */
export function parseFloor(label: string | null | undefined): number | null {
  const text = (label ?? '').replace(/\s+/g, '');
  const named = NAMED_FLOORS[text];
  if (named !== undefined) return named;
  const m = /^(\d+)#?$/.exec(text);
  return m ? Number(m[1]) : null;
}
