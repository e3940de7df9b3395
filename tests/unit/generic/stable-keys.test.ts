import { describe, expect, it } from 'vitest';
import { createGenericAdapter } from '@/utils/sites/generic';

const profile = {
  id: 'board',
  name: '留言板',
  match: 'https://zjj.example.gov.cn/*',
  adapter: 'generic' as const,
  enabled: true,
  selectors: { post: 'li.msg', author: '.who', time: '.when', body: '.text', title: 'h1', replyBox: '' },
};

function page(): Document {
  const doc = document.implementation.createHTMLDocument('留言');
  const list = doc.createElement('ul');
  for (const [who, text] of [['李先生', '东港新城楼道灯长期不亮'], ['陈女士', '咨询预售资金监管']]) {
    const li = doc.createElement('li');
    li.className = 'msg';
    for (const [cls, value] of [['who', who], ['when', '3 小时前'], ['text', text]]) {
      const span = doc.createElement('span');
      span.className = cls!;
      span.textContent = value!;
      li.append(span);
    }
    list.append(li);
  }
  doc.body.append(list);
  return doc;
}

describe('generic adapter keys for posts the page gives no id', () => {
  it('stay the same when the page is loaded again later, while relative times move', () => {
    const earlier = createGenericAdapter(profile, { now: () => new Date('2026-11-24T09:00:00+08:00') }).posts(page());
    const later = createGenericAdapter(profile, { now: () => new Date('2026-11-24T15:00:00+08:00') }).posts(page());
    expect(later.map((p) => p.postedAt)).not.toEqual(earlier.map((p) => p.postedAt));
    expect(later.map((p) => p.key)).toEqual(earlier.map((p) => p.key));
    expect(new Set(later.map((p) => p.key)).size).toBe(2);
  });
});
