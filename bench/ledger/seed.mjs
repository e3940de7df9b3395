// Generated ledger entries, written straight into the extension's IndexedDB from
// the dashboard page (its origin), in chunks. The function runs in the page.

/** `page.evaluate(seedLedger, { from, count })`: adds entries `from`…`from + count - 1`; resolves with the store's count. */
export function seedLedger({ from, count }) {
  const STATUSES = ['new', 'assigned', 'in_progress', 'awaiting_approval', 'replied', 'follow_up', 'closed', 'closed', 'closed', 'escalated'];
  const TOPICS = ['road_works', 'municipal_maintenance', 'illegal_construction', 'demolition_compensation', 'commercial_housing'];
  const SITES = ['bbs.daishan.cn', 'news.daishan.cn', 'gov.daishan.cn'];
  const DEPARTMENTS = [null, '城建科', '市政所', '局办公室', '执法大队'];
  const START = Date.parse('2024-01-01T00:00:00+08:00');
  const pad = (n) => String(n).padStart(2, '0');
  // Shanghai wall clock as ISO with +08:00, the ledger's format.
  const iso = (ms) => {
    const d = new Date(ms + 8 * 3600_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
  };
  // Half the entries speak of standing water (积水), half of a broken street lamp; one in 1,000 also of a missing
  // manhole cover (井盖): words of every frequency for the text search.
  const WATER = '五叉路口靠近菜场那一段路面下沉了好几厘米，下雨天积水，晚上骑电瓶车经过很危险，已经有人摔倒。希望住建局尽快派人看看。';
  const LAMP = '五叉路口靠近菜场那一段的路灯坏了一个多月，天黑以后什么都看不清，晚上骑电瓶车经过很危险，已经有人摔倒。希望市政所派人修。';
  const excerptOf = (n) => (n % 2 ? LAMP : WATER).repeat(2) + (n % 1000 === 7 ? '旁边还有一个井盖不见了。' : '');
  const make = (n) => {
    const site = SITES[n % SITES.length];
    // A multiplicative hash keeps status independent of site and topic (which follow n).
    const status = STATUSES[(Math.imul(n, 2654435761) >>> 0) % STATUSES.length];
    const captured = START + n * 900_000; // every 15 minutes
    const topics = n % 4 === 0 ? [TOPICS[n % 5], TOPICS[(n + 2) % 5]] : [TOPICS[n % 5]];
    const replied = status === 'replied' || status === 'follow_up' || status === 'closed';
    // 紧急 one in 7, 关注 about one in 6, the rest 一般 (no level).
    const level = n % 7 === 3 ? 'urgent' : n % 5 === 1 ? 'watch' : null;
    return {
      key: `${site}/t${n}/p${n * 3}`,
      site,
      tid: String(n),
      pid: String(n * 3),
      title: `第 ${n} 号帖：五叉路口路面下沉，晚上骑车很危险，希望有关部门尽快处理`,
      url: `https://${site}/forum.php?mod=viewthread&tid=${n}`,
      author: `网友${n % 997}`,
      authorUid: String(n % 997),
      postedAt: iso(captured - 3600_000),
      excerpt: excerptOf(n),
      topics,
      capturedAt: iso(captured),
      status,
      dueAt: n % 10 === 9 ? null : iso(captured + 8 * 3600_000),
      department: DEPARTMENTS[n % DEPARTMENTS.length],
      reply: replied ? { at: iso(captured + 5 * 3600_000), author: '岱山建设', url: `https://${site}/forum.php?pid=${n * 3 + 1}`, pid: String(n * 3 + 1), detected: true } : null,
      newFollowUp: false,
      fixes: [],
      escalation: null,
      draft: null,
      pausedMs: 0,
      pausedAt: null,
      updatedAt: iso(captured),
      ...(level && { level }),
    };
  };
  const CHUNK = 5000;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('forumwatch-ledger');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const writeChunk = (start) => {
        if (start >= from + count) {
          const tx = db.transaction('entries');
          const req = tx.objectStore('entries').count();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          return;
        }
        const tx = db.transaction(['entries', 'tallies'], 'readwrite');
        const store = tx.objectStore('entries');
        for (let n = start; n < Math.min(start + CHUNK, from + count); n++) store.put(make(n));
        // Written around the extension's code: its counters are rebuilt when the dashboard opens next.
        tx.objectStore('tallies').delete('ready');
        tx.oncomplete = () => writeChunk(start + CHUNK);
        tx.onerror = () => reject(tx.error);
      };
      writeChunk(from);
    };
  });
}
