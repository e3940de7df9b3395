import type { CapturePayload } from '@/utils/ledger/capture';

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
