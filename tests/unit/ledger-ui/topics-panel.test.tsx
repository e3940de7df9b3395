import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { TopicsPanel } from '@/entrypoints/dashboard/panels/TopicsPanel';
import { quietBrowser } from './dom-setup';

async function shownPanel() {
  const view = render(<TopicsPanel />);
  await waitFor(() => expect(view.container.querySelector('[data-fw-topic="road_works"]')).toBeTruthy(), { timeout: 20_000 });
  return view.container;
}

/** Waits until the preview has loaded the Traditional-variant dictionaries: seconds on a busy machine. */
async function previewLoaded(root: Element) {
  await waitFor(() => expect(root.querySelector('[data-fw-preview-loading]')).toBeNull(), { timeout: 20_000 });
}

async function panel() {
  const root = await shownPanel();
  await previewLoaded(root);
  return root;
}

function typeRegex(root: Element, text: string): void {
  const field = root.querySelector<HTMLTextAreaElement>('[data-fw-topic="road_works"] textarea[data-fw-topic-field="regex"]')!;
  field.value = text;
  fireEvent.change(field);
}

describe('topics panel', () => {
  beforeEach(async () => {
    quietBrowser();
    await saveSettings(defaultSettings());
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('refuses to save an expression that can freeze the forum pages, naming it and why', async () => {
    const root = await panel();
    const save = root.querySelector<HTMLButtonElement>('button[data-fw-save]')!;
    typeRegex(root, '(a+)+$');
    await waitFor(() => expect(save.disabled).toBe(true));
    expect(root.textContent).toContain('「道路工程」的正则表达式 /(a+)+$/ 含有嵌套或重叠的重复');
    typeRegex(root, '拆迁.{0,10}补偿');
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(async () => expect((await loadSettings()).topics[0]!.regex).toEqual(['拆迁.{0,10}补偿']), { timeout: 10_000 });
  });

  it('shows a topic’s weak words in their own field, and the preview counts one only beside another word', async () => {
    const root = await panel();
    const weak = root.querySelector<HTMLTextAreaElement>('[data-fw-topic="commercial_housing"] textarea[data-fw-topic-field="weak"]')!;
    expect(weak.closest('label')?.textContent).toContain('辅助词');
    expect(weak.value.split('\n')).toContain('开发商');
    const text = root.querySelector<HTMLTextAreaElement>('.fw-preview textarea')!;
    fireEvent.input(text, { target: { value: '开发商说这事归物业管' } });
    await waitFor(() => expect(root.querySelector('[data-fw-preview-result]')?.textContent).toBe('没有匹配的领域'));
    fireEvent.input(text, { target: { value: '开发商一直不交房' } });
    await waitFor(() => expect(root.querySelector('[data-fw-preview-result]')?.textContent).toContain('商品房'));
    weak.value = '开发商\n楼盘\n物业';
    fireEvent.change(weak);
    fireEvent.click(root.querySelector<HTMLButtonElement>('button[data-fw-save]')!);
    await waitFor(async () => expect((await loadSettings()).topics.find((t) => t.id === 'commercial_housing')!.weak).toEqual(['开发商', '楼盘', '物业']), { timeout: 10_000 });
  });

  it('says the preview is loading its word lists, then marks a post typed in Traditional characters', async () => {
    const root = await shownPanel();
    expect(root.querySelector('[data-fw-preview-loading]')?.textContent).toBe('正在载入繁简字词表…');
    await previewLoaded(root);
    const text = root.querySelector<HTMLTextAreaElement>('.fw-preview textarea')!;
    fireEvent.input(text, { target: { value: '小区门口的路燈壞了好幾天' } });
    await waitFor(() => expect(root.querySelector('[data-fw-preview-result]')?.textContent).toBe('市政维护（路燈）'));
  });

  it('speaks of topics by their names: no internal ids, and the reset button says what it restores', async () => {
    const root = await panel();
    expect(root.textContent).not.toMatch(/road_works|municipal_maintenance|\bbureau\b/);
    const reset = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('恢复默认'))!;
    expect(reset.textContent).toContain('提到本局');
    // A topic still without a name is named by its place.
    fireEvent.click([...root.querySelectorAll('button')].find((b) => b.textContent === '添加领域')!);
    await waitFor(() => expect(root.textContent).toContain(`第 ${defaultSettings().topics.length + 1} 个领域需要名称`));
  });
});
