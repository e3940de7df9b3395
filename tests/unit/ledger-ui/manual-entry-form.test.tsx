import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { LedgerDb } from '@/utils/ledger/db';
import { defaultSettings } from '@/utils/settings/defaults';
import { ManualEntryForm } from '@/entrypoints/dashboard/panels/ledger/ManualEntryForm';
import { freshDb } from '../../support/ledger-db';
import { quietBrowser } from './dom-setup';
import { watchBadgeText } from '../../support/badge';

const db = vi.hoisted(() => ({ current: null as LedgerDb | null }));
vi.mock('@/utils/ledger/db', async (original) => {
  const mod = await original<typeof import('@/utils/ledger/db')>();
  return { ...mod, ledgerDb: () => db.current! };
});

const settings = { ...defaultSettings(), user: { name: '值班员小张', department: '局办公室' } };
const [road, municipal] = settings.topics;

const field = (root: Element, name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const type = (root: Element, name: string, value: string) => fireEvent.input(field(root, name), { target: { value } });
const topicBox = (root: Element, id: string) => root.querySelector<HTMLInputElement>(`input[name="topics"][value="${id}"]`)!;
const submit = (root: Element) => fireEvent.submit(root.querySelector('[data-fw-manual-entry] form')!);
const alerts = (root: Element) => [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent);

describe('手工登记 on the 台账 panel', () => {
  let badge: ReturnType<typeof watchBadgeText>;
  beforeEach(() => {
    quietBrowser();
    badge = watchBadgeText();
    db.current = freshDb();
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('refuses a form without a title or with an address that is not a web page, and saves nothing', async () => {
    const { container } = render(<ManualEntryForm settings={settings} />);
    type(container, 'url', 'javascript:alert(1)');
    submit(container);
    await waitFor(() => expect(alerts(container)).toEqual(['请填写标题', '网址只能是 http:// 或 https:// 开头的网页地址']));
    expect(await db.current!.entries.count()).toBe(0);
  });

  it('saves a typed entry with its topics in priority order and the first one’s department, then clears the form', async () => {
    const { container } = render(<ManualEntryForm settings={settings} />);
    type(container, 'title', '电话反映：五叉路口井盖松动');
    type(container, 'author', '王先生');
    type(container, 'postedAt', '2026-11-24T08:41');
    type(container, 'excerpt', '晚上骑车差点摔倒');
    fireEvent.click(topicBox(container, municipal!.id));
    fireEvent.click(topicBox(container, road!.id));
    expect(field(container, 'department').value).toBe(road!.department);
    submit(container);
    await waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('已登记到台账：电话反映：五叉路口井盖松动'));
    const [entry] = await db.current!.entries.toArray();
    expect(entry).toMatchObject({
      site: '手工登记',
      url: '',
      author: '王先生',
      postedAt: '2026-11-24T08:41:00+08:00',
      excerpt: '晚上骑车差点摔倒',
      topics: [road!.id, municipal!.id],
      department: road!.department,
      status: 'new',
    });
    const [event] = await db.current!.events.toArray();
    expect(event).toMatchObject({ type: 'capture', actor: '值班员小张', seq: 1 });
    // A new entry awaits a reply: the badge counts it.
    await waitFor(() => expect(badge).toHaveBeenCalledWith({ text: '1' }));
    expect(field(container, 'title').value).toBe('');
  });

  it('keeps the department the user chose over the topic’s', async () => {
    const { container } = render(<ManualEntryForm settings={settings} />);
    type(container, 'title', '新闻网评论：路灯不亮');
    type(container, 'url', 'https://news.daishan.cn/c/88.html');
    fireEvent.click(topicBox(container, road!.id));
    fireEvent.change(field(container, 'department'), { target: { value: '' } });
    submit(container);
    await waitFor(async () => expect(await db.current!.entries.count()).toBe(1));
    expect((await db.current!.entries.toArray())[0]).toMatchObject({ site: 'news.daishan.cn', url: 'https://news.daishan.cn/c/88.html', department: null });
  });
});
