// 周边动态 in storage.local, and its notification: one quiet summary per round, since these are
// warnings to pass on, not posts the office must answer.
import { browser } from 'wxt/browser';
import { watchNearbyItem } from '@/utils/storage/items';
import { emptyInbox, withNewItems, withoutItem } from '@/utils/watch/inbox';
import type { NearbyItem, NearbyList } from '@/utils/watch/nearby';
import { t } from '@/utils/i18n';

export async function loadNearby(): Promise<NearbyList> {
  return (await watchNearbyItem.getValue()) ?? emptyInbox<NearbyItem>();
}

async function saveNearby(list: NearbyList): Promise<void> {
  await watchNearbyItem.setValue(list);
}

export async function addToNearby(found: NearbyItem[]): Promise<void> {
  const { inbox, added } = withNewItems(await loadNearby(), found);
  if (added.length === 0) return;
  await saveNearby(inbox);
  const urgent = added.filter((i) => i.level === 'urgent').length;
  await browser.notifications.create('fw-nearby', {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: urgent ? t('nearbyNoticeTitleUrgent', String(added.length), String(urgent)) : t('nearbyNoticeTitle', String(added.length)),
    message: t('nearbyNoticeMessage'),
    priority: 0,
  });
}

export async function dismissNearbyItem(key: string): Promise<{ ok: true }> {
  await saveNearby(withoutItem(await loadNearby(), key));
  return { ok: true };
}
