export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Milliseconds as the table shows them: 3 significant digits, seconds above 10 s. */
export function ms(x) {
  if (!Number.isFinite(x)) return '–';
  if (x >= 10000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

/** A duration with its unit: `ms` below 10 s, `s` above (as `ms` shows it). */
export function duration(x) {
  const shown = ms(x);
  return shown.endsWith(' s') || shown === '–' ? shown : `${shown} ms`;
}

export const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');

export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
