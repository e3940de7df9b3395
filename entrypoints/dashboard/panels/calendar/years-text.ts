/** 2004—2026、2028: runs of consecutive years as ranges. */
export function yearsText(years: Iterable<number>): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}—${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join('、');
}
