import { browser } from 'wxt/browser';
import type { LedgerEntry } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { urgentNoticeText } from '@/utils/reminders/urgent-notice';
import { openPost } from './reminders';
import { reportError } from './report-error';

const URGENT_PREFIX = 'fw-urgent|';

/** One notification per entry just captured as 紧急, when the office asked for them; a click opens the post. */
export async function notifyUrgent(entries: readonly LedgerEntry[], settings: Settings): Promise<void> {
  if (!settings.warning.notifyUrgent) return;
  for (const entry of entries) {
    await browser.notifications.create(URGENT_PREFIX + entry.key, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      ...urgentNoticeText(entry),
      priority: 2,
    });
  }
}

export function setupUrgentNotices(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(URGENT_PREFIX)) return;
    browser.notifications
      .clear(id)
      .then(() => openPost(id.slice(URGENT_PREFIX.length)))
      .catch(reportError);
  });
}
