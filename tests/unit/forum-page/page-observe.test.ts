// The content script watches the thread from the start: a reply the forum inserts while the first
// posts still wait for the background's answer (a slow worker wake) gets its bar like the others.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageController } from '@/entrypoints/forum.content/page';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { createDiscuzAdapter } from '@/utils/sites/discuz';
import { defaultSettings } from '@/utils/settings/defaults';
import type { Topic } from '@/utils/settings/types';
import type { SeenPost } from '@/utils/messages';
import { desktopPost } from '../sites/discuz-samples';

const THREAD_URL = 'http://bbs.example.cn/forum.php?mod=viewthread&tid=7';
const topic: Topic = { id: 'municipal', name: '市政设施', color: '#ffa39e', department: '城建科', any: ['路灯'], all: [], none: [], regex: [] };

const reply = (pid: number, text: string) => desktopPost(pid, `<em>${pid - 99}</em><sup>#</sup>`, `网友${pid}`, pid, '2026-11-24 09:00:01', text);
const bars = (post: Element) => post.querySelectorAll('[data-fw-ui="bar"]').length;

let seen: SeenPost[][];
let answerFirst: () => void;

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(THREAD_URL);
  seen = [];
  const firstAnswered = new Promise<void>((resolve) => (answerFirst = resolve));
  // The background answers the first threadSeen only when the test lets it (the worker is waking).
  fakeBrowser.runtime.onMessage.addListener((message: { type: string; posts?: SeenPost[] }, _sender, send: (answer: unknown) => void) => {
    if (message.type !== 'threadSeen') return undefined;
    seen.push(message.posts!);
    const answer = () => send({ states: { 'bbs.example.cn/t7/p100': 'replied' } });
    if (seen.length === 1) void firstAnswered.then(answer);
    else answer();
    return true;
  });
  document.body.innerHTML =
    '<div id="postlist" class="pl bm"><table><tr><td class="plc"><h1 class="ts"><span id="thread_subject">小区门口</span></h1></td></tr></table>' +
    `${reply(100, '门口的路灯坏了')}${reply(101, '同感')}<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div></div>`;
});

afterEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

it('marks a reply the forum adds while the first posts wait for the ledger', async () => {
  const settings = { ...defaultSettings(), topics: [topic], staff: [] };
  const adapter = createDiscuzAdapter({ now: () => new Date('2026-11-24T17:20:40+08:00') });
  const started = new PageController(document, adapter, settings, createMatcher(compileRules([topic])), { hooks: true, watchThreshold: 3 }).start();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(seen).toHaveLength(1);
  // The forum's AJAX reply lands in the post list before the background has answered.
  document.querySelector('#postlist')!.insertAdjacentHTML('beforeend', reply(102, '路灯还是不亮'));
  answerFirst();
  await started;
  for (let i = 0; i < 20 && seen.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  const added = document.querySelector('#post_102')!;
  expect(bars(added)).toBe(1);
  expect(added.getAttribute('data-fw-topics')).toBe('municipal');
  expect(seen.flat().map((p) => p.pid)).toEqual(['100', '101', '102']);
  expect(document.querySelector('#post_100')!.getAttribute('data-fw-state')).toBe('replied');
});
