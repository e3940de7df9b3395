import { dayKey } from '@/utils/time/shanghai';

/** Saves a file through the browser's download (an `<a download>` on a blob URL). */
export function saveFile(content: Blob | string, fileName: string, type = 'application/json'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is released a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `台账-2026-03-15.xlsx`-style names with today's Shanghai date. */
export function datedName(prefix: string, extension: string, now: Date = new Date()): string {
  return `${prefix}-${dayKey(now)}.${extension}`;
}
