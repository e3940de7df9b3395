import { describe, expect, test } from 'vitest';
import { replySubject, replyTopics, type PageFacts } from '@/utils/templates/reply-context';
import { buildContext, fillTemplate } from '@/utils/templates/variables';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';
import { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { roadCollapseEntry } from './entry';

const page: PageFacts = {
  title: '五叉路口路面下沉，昨晚电动车差点摔了',
  url: 'http://127.0.0.1:8080/forum.php?mod=viewthread&tid=24',
  firstPost: { author: '高亭小林', postedAt: '2026-11-22T19:48:14+08:00' },
  quoted: null,
  topics: ['municipal_maintenance'],
};
const staff = [{ id: 's', person: '老李', department: '市政所', phone: '0580-4475678', official: false, accounts: [] }];
const now = new Date('2026-11-24T09:00:00+08:00');

describe('replySubject', () => {
  test('a thread not in the ledger: the thread starter, the page title and link, the topic department', () => {
    const subject = replySubject(page, null, DEFAULT_TOPICS);
    expect(subject).toEqual({
      author: '高亭小林',
      postedAt: '2026-11-22T19:48:14+08:00',
      title: page.title,
      url: page.url,
      department: '市政所',
    });
    const context = buildContext(subject, { now, user: { name: '值班员', department: '局办公室' }, staff });
    const body = DEFAULT_TEMPLATES.find((t) => t.id === 'tpl-municipal_maintenance')!.body;
    const { text, unfilled } = fillTemplate(body, context);
    expect(text).toMatch(/^高亭小林您好！/);
    expect(text).toContain('您11月22日反映的');
    expect(text).toContain('请联系市政所，电话：0580-4475678。');
    expect(unfilled.every((token) => token.startsWith('{自定义:'))).toBe(true);
  });

  test("the ledger entry's author, link and department win over the page's thread starter", () => {
    const entry = roadCollapseEntry({ author: '岱山老街坊', department: '城建科', topics: ['road_works'] });
    const subject = replySubject(page, entry, DEFAULT_TOPICS);
    expect(subject).toMatchObject({ author: '岱山老街坊', url: entry.url, department: '城建科', title: page.title });
    expect(replyTopics(page, entry)).toEqual(['road_works']);
  });

  test('a quote reply addresses the quoted author and links the quoted post', () => {
    const quoted = { author: '蓬莱仙子', pid: '148', postedAt: '2026-11-22T15:48:00+08:00', href: 'http://127.0.0.1:8080/forum.php?mod=redirect&goto=findpost&pid=148' };
    const subject = replySubject({ ...page, quoted }, roadCollapseEntry(), DEFAULT_TOPICS);
    expect(subject).toMatchObject({ author: '蓬莱仙子', postedAt: quoted.postedAt, url: quoted.href });
  });

  test('with no entry and no topic, the department is left to the user settings', () => {
    const subject = replySubject({ ...page, topics: [], firstPost: null }, null, DEFAULT_TOPICS);
    expect(subject.department).toBeUndefined();
    expect(subject.author).toBeUndefined();
    expect(replyTopics({ ...page, topics: [] }, roadCollapseEntry({ topics: [] }))).toEqual([]);
  });
});
