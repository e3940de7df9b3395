import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CapturePayload } from '@/utils/ledger/capture';
import type { Sender } from '@/entrypoints/background/router';

/** A post of thread 9 on `site` as the content script sends it for capture. */
export const pagePost = (site: string, pid: string, over: Partial<CapturePayload> = {}): CapturePayload => ({
  key: `${site}/t9/p${pid}`,
  site,
  tid: '9',
  pid,
  title: '五叉路口路面下沉',
  url: `http://${site}/forum.php?mod=redirect&goto=findpost&ptid=9&pid=${pid}`,
  author: '高亭阿强',
  authorUid: '6',
  postedAt: '2026-11-23T08:00:00+08:00',
  excerpt: '五叉路口路面下沉',
  topics: ['municipal_maintenance'],
  ...over,
});

/** The browser's word on who sent a message: a tab of this extension showing `url`. */
export const tabAt = (url: string): Sender => ({ id: fakeBrowser.runtime.id, url, tab: { id: 7 } });
