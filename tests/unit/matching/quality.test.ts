// Post-level precision and recall of the default topics on the real Discuz! X pages.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_TOPIC_IDS, DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { compileRules, createMatcher, type Matcher } from '@/utils/matching/compile';
import { expandVariants } from '@/utils/matching/variants';
import { highlightElement } from '@/utils/matching/highlight';
import { collectText } from '@/utils/matching/text-map';
import { topicsInThread } from '@/utils/matching/thread-context';
import { DISCUZ_FIXTURES } from '../../support/fixtures';
import { hasFixtures, readLabels } from '../../support/labels';

const dir = DISCUZ_FIXTURES;
// Selectors written here on purpose, so this test does not depend on the site adapter.
const BODY = 'td.t_f[id^=postmessage_], div.plc[id^=pid] div.message';
const NOT_OWN_TEXT = 'div.quote, i.pstatus, .tip'; // .tip also covers the image tips inside ignore_js_op

interface Score {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

function score(): Score {
  return { tp: 0, fp: 0, fn: 0, misses: [] };
}

function count(s: Score, where: string, got: string[], want: string[]): void {
  // The labels know the five areas; the bureau-mention topic is not one of them.
  for (const id of got.filter((t) => AREA_TOPIC_IDS.includes(t))) {
    if (want.includes(id)) s.tp++;
    else {
      s.fp++;
      s.misses.push(`${where} +${id}`);
    }
  }
  for (const id of want) {
    if (!got.includes(id)) {
      s.fn++;
      s.misses.push(`${where} -${id}`);
    }
  }
}

const precision = (s: Score) => s.tp / (s.tp + s.fp);
const recall = (s: Score) => s.tp / (s.tp + s.fn);

function titleText(doc: Document): string {
  const desktop = doc.querySelector('#thread_subject');
  if (desktop) return desktop.textContent ?? '';
  const touch = doc.querySelector('div.view_tit')?.cloneNode(true) as Element | undefined;
  touch?.querySelector('em')?.remove();
  return touch?.textContent ?? '';
}

function parse(file: string): Document {
  // Stylesheet links are dropped: the test DOM would try to fetch them, and they hold no text.
  const html = readFileSync(path.join(dir, file), 'utf8').replace(/<link\b[^>]*>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

function pidOf(body: Element): number {
  const holder = body.id ? body : body.closest('[id^=pid]')!;
  return Number(holder.id.replace(/\D/g, ''));
}

describe.skipIf(!hasFixtures)('default topics on the Discuz! X fixture pages', () => {
  const labels = hasFixtures ? readLabels() : { pages: [] };
  const matcher: Matcher = createMatcher(compileRules(DEFAULT_TOPICS, expandVariants));

  it('finds the right areas in every post of every thread page (precision and recall ≥ 0.9)', () => {
    const threadPages = labels.pages.filter((p) => p.kind === 'viewthread' || p.kind === 'mobile-viewthread');
    expect(threadPages.length).toBe(readdirSync(dir).filter((f) => /^(mobile-)?viewthread-/.test(f)).length);
    const own = score();
    const inThread = score();
    let posts = 0;
    for (const page of threadPages) {
      const doc = parse(page.file);
      const titleTopics = matcher.topicsOf(titleText(doc));
      const bodies = [...doc.querySelectorAll(BODY)];
      expect(bodies.length, page.file).toBe(page.posts!.length);
      for (const body of bodies) {
        const label = page.posts!.find((p) => p.pid === pidOf(body))!;
        const ownTopics = highlightElement(body, matcher, { exclude: NOT_OWN_TEXT, mode: 'marks' }).topics;
        const ownText = collectText(body, NOT_OWN_TEXT).text;
        const where = `${page.file.replace(/\.html$/, '')}#${label.pid}`;
        count(own, where, ownTopics, label.areas);
        count(inThread, where, topicsInThread(matcher, ownTopics, titleTopics, ownText), label.areas);
        posts++;
      }
    }
    const line = (s: Score) => `precision ${precision(s).toFixed(3)} recall ${recall(s).toFixed(3)}`;
    console.log(
      `posts ${posts}: own text only ${line(own)} (false positives: ${own.misses.filter((m) => m.includes(' +')).join(', ') || 'none'}); with thread title context ${line(inThread)}; misses: ${inThread.misses.join(', ') || 'none'}`,
    );
    expect(precision(inThread)).toBeGreaterThanOrEqual(0.9);
    expect(recall(inThread)).toBeGreaterThanOrEqual(0.9);
    // Without context the keywords alone must still be precise.
    expect(precision(own)).toBeGreaterThanOrEqual(0.9);
  });

  it('marks thread-list titles only with areas the thread is about', () => {
    const titles = score();
    const seen = new Set<number>();
    for (const page of labels.pages) {
      for (const row of page.threads ?? []) {
        if (seen.has(row.tid)) continue;
        seen.add(row.tid);
        count(titles, `tid ${row.tid}`, matcher.topicsOf(row.title), row.areas);
      }
    }
    console.log(`thread titles ${seen.size}: precision ${precision(titles).toFixed(3)} recall ${recall(titles).toFixed(3)}; misses: ${titles.misses.join(', ')}`);
    expect(titles.fp).toBe(0);
    expect(recall(titles)).toBeGreaterThanOrEqual(0.8);
  });
});
