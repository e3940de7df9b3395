import { browser } from 'wxt/browser';
import type { MessageKey } from './zh';

export type { MessageKey };

/** Messages without substitutions, as read once: a page asks for the same few for every post. */
const plain = new Map<MessageKey, string>();

/**
 * A UI string in the browser's language, from the generated _locales files
 * (Simplified Chinese is the default locale). The Chinese table itself is not
 * imported here, so the content script does not carry it.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  if (subs.length === 0) {
    const known = plain.get(key);
    if (known !== undefined) return known;
  }
  // Our keys come from generated _locales files, which the typed API does not know.
  const getMessage = browser.i18n.getMessage as (name: string, subs: string[]) => string;
  const message = getMessage(key, subs.map(String)) || key;
  if (subs.length === 0) plain.set(key, message);
  return message;
}
