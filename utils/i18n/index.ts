import { browser } from 'wxt/browser';
import { zh, type MessageKey } from './zh';

export type { MessageKey };

/** A UI string in the browser's language (Simplified Chinese when it has none of ours). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const fromBrowser = browser.i18n?.getMessage?.(key, strings);
  if (fromBrowser) return fromBrowser;
  return zh[key].replace(/\$(\d)/g, (_, n: string) => strings[Number(n) - 1] ?? '');
}
