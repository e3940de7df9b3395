import { browser } from 'wxt/browser';
import { zh, type MessageKey } from './zh';

export type { MessageKey };

/** A UI string in the browser's language (Simplified Chinese when it has none of ours). */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  // Our keys come from generated _locales files, which the typed API does not know.
  const getMessage = browser.i18n?.getMessage as ((name: string, subs: string[]) => string) | undefined;
  const fromBrowser = getMessage?.(key, strings);
  if (fromBrowser) return fromBrowser;
  return zh[key].replace(/\$(\d)/g, (_, n: string) => strings[Number(n) - 1] ?? '');
}
