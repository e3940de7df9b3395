import { browser } from 'wxt/browser';
import type { MessageKey } from './zh';

export type { MessageKey };

/**
 * A UI string in the browser's language, from the generated _locales files
 * (Simplified Chinese is the default locale). The Chinese table itself is not
 * imported here, so the content script does not carry it.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  // Our keys come from generated _locales files, which the typed API does not know.
  const getMessage = browser.i18n.getMessage as (name: string, subs: string[]) => string;
  return getMessage(key, subs.map(String)) || key;
}
