import type { CapturePayload } from '../../utils/ledger/capture';

/**
 * `count` capture payloads for posts of thread `tid` on the tab at `tabUrl`,
 * consistent with that tab: site is its host, the key and the url are on it.
 */
export function postsOnTab(tabUrl: string, tid: number, count: number, firstPid = 1): CapturePayload[] {
  const { host, origin } = new URL(tabUrl);
  return Array.from({ length: count }, (_, i) => {
    const pid = String(firstPid + i);
    return {
      key: `${host}/t${tid}/p${pid}`,
      site: host,
      tid: String(tid),
      pid,
      title: `五叉路口路面塌陷 ${tid}`,
      url: `${origin}/forum.php?mod=redirect&goto=findpost&ptid=${tid}&pid=${pid}`,
      author: '高亭阿强',
      authorUid: '6',
      postedAt: null,
      excerpt: `路面下沉，请尽快处理（${pid} 楼）`,
      topics: [],
    };
  });
}
