// The fake browser has no i18n: answer from the Chinese table, as the built extension does by default.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { zh, type MessageKey } from '@/utils/i18n/zh';

fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
  const list = typeof subs === 'string' ? [subs] : (subs ?? []);
  const message = zh[key as MessageKey];
  return message ? message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '') : '';
}) as typeof fakeBrowser.i18n.getMessage;
