import { browser } from 'wxt/browser';
import { emptyInbox, withNewItems, type Inbox, type InboxItem } from '@/utils/watch/inbox';
import { withFirstPostTopics, type FirstPostTopics } from '@/utils/watch/first-post-topics';
import { t } from '@/utils/i18n';

const INBOX_KEY = 'watchInbox';
const TOPICS_KEY = 'firstPostTopics';

export async function loadInbox(): Promise<Inbox> {
  return ((await browser.storage.local.get(INBOX_KEY))[INBOX_KEY] as Inbox | undefined) ?? emptyInbox();
}

export async function saveInbox(inbox: Inbox): Promise<void> {
  await browser.storage.local.set({ [INBOX_KEY]: inbox });
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

export async function loadFirstPostTopics(): Promise<FirstPostTopics> {
  return ((await browser.storage.local.get(TOPICS_KEY))[TOPICS_KEY] as FirstPostTopics | undefined) ?? {};
}

export async function addFirstPostTopics(found: [string, string[]][]): Promise<void> {
  if (found.length === 0) return;
  let known = await loadFirstPostTopics();
  for (const [key, topics] of found) known = withFirstPostTopics(known, key, topics);
  await browser.storage.local.set({ [TOPICS_KEY]: known });
}
