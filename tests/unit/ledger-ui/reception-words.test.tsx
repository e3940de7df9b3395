import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { defaultSettings } from '@/utils/settings/defaults';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { defaultReceptionWords } from '@/utils/reception/defaults';
import { ReceptionWordsSection } from '@/entrypoints/dashboard/panels/topics/ReceptionWordsSection';
import { quietBrowser } from './dom-setup';

describe('the 好评 / 追问 word lists on the topics page', () => {
  beforeEach(async () => {
    quietBrowser();
    await saveSettings({ ...defaultSettings(), reception: { praise: ['谢谢'], pushback: ['还是没修'] } });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('saves words typed one per line or with commas, and restores the defaults', async () => {
    const root = render(<ReceptionWordsSection />).container;
    await waitFor(() => expect(root.querySelector('textarea[data-fw-reception-field="pushback"]')).toBeTruthy());
    const field = root.querySelector<HTMLTextAreaElement>('textarea[data-fw-reception-field="pushback"]')!;
    expect(field.value).toBe('还是没修');
    const save = root.querySelector<HTMLButtonElement>('button[data-fw-reception-save]')!;
    expect(save.disabled).toBe(true);
    field.value = '还是没修\n催了三次，没人理';
    fireEvent.change(field);
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(async () => expect((await loadSettings()).reception).toEqual({ praise: ['谢谢'], pushback: ['还是没修', '催了三次', '没人理'] }));

    await waitFor(() => expect(root.querySelector('.fw-ok')?.textContent).toBe('已保存'));
    fireEvent.click([...root.querySelectorAll('button')].find((b) => b.textContent === '恢复默认用语')!);
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(async () => expect((await loadSettings()).reception).toEqual(defaultReceptionWords()));
  });
});
