/**
 * Percentile by linear interpolation between closest ranks (the method of
 * Excel's PERCENTILE.INC), so the median of an even count is the mean of the
 * two middle values. `sorted` must be ascending. Null when empty.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo]!;
  const high = sorted[Math.min(lo + 1, n - 1)]!;
  return low + (h - lo) * (high - low);
}
