import { browser } from 'wxt/browser';
import { firstPostTopicsItem, watchInboxItem } from '@/utils/storage/items';
import { emptyInbox, withNewItems, type Inbox, type InboxItem } from '@/utils/watch/inbox';
import { withFirstPostTopics, type FirstPostTopics } from '@/utils/watch/first-post-topics';
import { t } from '@/utils/i18n';

export async function loadInbox(): Promise<Inbox> {
  return (await watchInboxItem.getValue()) ?? emptyInbox();
}

export async function saveInbox(inbox: Inbox): Promise<void> {
  await watchInboxItem.setValue(inbox);
}

/** Adds what a round found and says so in one notification. */
export async function addToInbox(found: InboxItem[]): Promise<void> {
  const { inbox, added } = withNewItems(await loadInbox(), found);
  if (added.length === 0) return;
  await saveInbox(inbox);
  await browser.notifications.create('fw-inbox', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('inboxNoticeTitle', String(added.length)),
    message: added.map((i) => i.post.title).join('\n'),
    priority: 1,
  });
}

export function loadFirstPostTopics(): Promise<FirstPostTopics> {
  return firstPostTopicsItem.getValue();
}

export async function addFirstPostTopics(found: [string, string[]][]): Promise<void> {
  if (found.length === 0) return;
  let known = await loadFirstPostTopics();
  for (const [key, topics] of found) known = withFirstPostTopics(known, key, topics);
  await firstPostTopicsItem.setValue(known);
}
