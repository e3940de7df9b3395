import { describe, expect, it } from 'vitest';
import { hotThreadTemplate } from '@/utils/hot/thread-template';
import type { HotEntry, HotTopic } from '@/utils/hot/group';
import { lintReply } from '@/utils/templates/lint';
import { fillTemplate } from '@/utils/templates/variables';
import { DEFAULT_OFFICIALESE } from '@/utils/templates/defaults';

type Source = HotEntry & { url: string; author: string };

function source(tid: number, title: string): Source {
  return { key: `bbs:${tid}`, topics: ['road_works'], capturedAt: '2026-11-20T09:00:00+08:00', title, excerpt: '', url: `https://bbs.example.cn/thread-${tid}-1-1.html`, author: '海风吹过' };
}

const a = source(14, '沿港西路改建都快半年了，到底什么时候能完工？');
const b = source(51, '沿港西路天天堵车');
const HOT: HotTopic<Source> = { topic: 'road_works', place: '沿港西路', placeKey: '沿港西路', entries: [a, { ...a, key: 'bbs:14b' }, b], firstAt: a.capturedAt, lastAt: b.capturedAt };

describe('hotThreadTemplate', () => {
  const { title, body } = hotThreadTemplate(HOT, '道路工程');

  it('names the place and the topic in the title', () => {
    expect(title).toBe('关于沿港西路道路工程问题的情况说明和整改安排');
  });

  it('apologises, explains, gives the measures with a timetable and whom to contact', () => {
    expect(body).toMatch(/感谢大家的关注和监督/);
    expect(body).toMatch(/深表歉意/);
    expect(body).toMatch(/一、情况说明\n沿港西路\{自定义:发生了什么、原因\}/);
    expect(body).toMatch(/二、整改措施和时间安排\n\{自定义:整改措施\}，预计\{自定义:完成时间\}完成/);
    expect(body).toMatch(/三、联系方式\n如有未尽事宜或对上述答复有异议，请联系\{部门\}，电话：\{电话\}。/);
  });

  it('lists every thread it answers once, with its address', () => {
    expect(body.split('本帖统一答复以下 2 个帖子：\n')[1]).toBe(
      `1. ${a.title}（${a.url}）\n2. ${b.title}（${b.url}）`,
    );
  });

  it('passes the reply check once the office has filled it in: thanks, contact, phone, no officialese', () => {
    const filled = fillTemplate(body, { 部门: '县住建局城建科', 电话: '0580-4472395' }, { '发生了什么、原因': '改建中发现大量老旧管线需要迁改', 整改措施: '增加施工班组，实行两班倒', 完成时间: '12月20日' });
    expect(filled.unfilled).toEqual([]);
    expect(lintReply(filled.text, { officialese: DEFAULT_OFFICIALESE }).map((w) => w.code)).toEqual([]);
  });
});
