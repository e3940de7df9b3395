import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ledgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import type { FetchedPage } from '@/utils/watch/read-page';
import type { ProblemReading } from '@/utils/watch/page-problem';
import { checkThread } from '@/entrypoints/background/watch/thread-check';
import type { SiteRound } from '@/entrypoints/background/watch/site-round';
import { makeEntry } from '../../support/entry';
import { FIXTURE_ORIGIN, openImpliedTableRows } from '../../support/discuz-pages';
import { DISCUZ_FIXTURES } from '../../support/fixtures';
import { hasFixtures } from '../../support/labels';

/** A site's round that answers the given pages in turn and records what it was asked. */
function scriptedRound(pages: FetchedPage[]) {
  const asked: string[] = [];
  const failures: ProblemReading[] = [];
  const round = {
    fetch: async (url: string) => (asked.push(url), pages.shift() ?? null),
    answered: () => undefined,
    failed: (reading: ProblemReading) => void failures.push(reading),
  } as unknown as SiteRound;
  return { round, asked, failures };
}

const showmessage = (text: string) => `<html><head><title>提示信息</title></head><body><div id="messagetext" class="alert_info"><p>${text}</p></div></body></html>`;
const saved = (file: string) => openImpliedTableRows(readFileSync(path.join(DISCUZ_FIXTURES, file), 'utf8')).replace(/<link [^>]*>/g, '');

describe('a tracked thread read again by the watch', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ledgerDb().entries.clear();
    await ledgerDb().events.clear();
    await saveSettings(defaultSettings());
  });

  it('a deleted thread is noted on its entry and marked gone, so it is not read again', async () => {
    const entry = makeEntry({ site: '127.0.0.1:8080', tid: '77', key: '127.0.0.1:8080/t77/p1' });
    await ledgerDb().entries.put(entry);
    const url = `${FIXTURE_ORIGIN}forum.php?mod=viewthread&tid=77`;
    const { round } = scriptedRound([{ html: showmessage('抱歉，指定的主题不存在或已被删除或正在被审核'), url, status: 200 }]);
    const checked = await checkThread(round, { site: entry.site, tid: '77', url }, { url, checkedAt: null, gone: false }, defaultSettings());
    expect(checked).toMatchObject({ go: true, watch: { gone: true } });
    const notes = await ledgerDb().events.where('key').equals(entry.key).toArray();
    expect(notes.map((e) => e.note)).toEqual([expect.stringContaining('帖子已删除或无法访问')]);
  });

  it('a login page stops the site for this round as 需要登录, and the thread stays to be read', async () => {
    const url = `${FIXTURE_ORIGIN}forum.php?mod=viewthread&tid=78`;
    const { round, failures } = scriptedRound([{ html: showmessage('抱歉，您尚未登录，没有权限访问该版块'), url, status: 200 }]);
    const checked = await checkThread(round, { site: '127.0.0.1:8080', tid: '78', url }, { url, checkedAt: null, gone: false }, defaultSettings());
    expect(checked).toEqual({ go: false, watch: { url, checkedAt: null, gone: false } });
    expect(failures.map((f) => f.problem)).toEqual(['login']);
  });

  it.skipIf(!hasFixtures)('a two-page thread is read on to its last page, which the next round reads first', async () => {
    const first = `${FIXTURE_ORIGIN}forum.php?mod=viewthread&tid=14`;
    const last = `${FIXTURE_ORIGIN}forum.php?mod=viewthread&tid=14&extra=&page=2`;
    const { round, asked } = scriptedRound([
      { html: saved('viewthread-tid14-road-works-yangang-west-road-staff-reply.guest.html'), url: first, status: 200 },
      { html: saved('viewthread-tid14-p2-road-works-yangang-west-road-staff-reply.guest.html'), url: last, status: 200 },
    ]);
    const checked = await checkThread(round, { site: '127.0.0.1:8080', tid: '14', url: first }, { url: first, checkedAt: null, gone: false }, defaultSettings());
    expect(asked).toEqual([first, last]);
    expect(checked.watch.url).toBe(last);
  });
});
