import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { MatchPreview } from '@/entrypoints/dashboard/panels/topics/MatchPreview';
import { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { DEFAULT_WARNING_LISTS } from '@/utils/warning/defaults';

describe('the topics preview with warning levels', () => {
  afterEach(cleanup);

  async function previewOf(text: string, watchThreshold = 2) {
    const { container } = render(<MatchPreview topics={DEFAULT_TOPICS} warning={{ lists: DEFAULT_WARNING_LISTS, watchThreshold }} />);
    await waitFor(() => expect(container.querySelector('[data-fw-preview-loading]')).toBeNull(), { timeout: 10_000 });
    fireEvent.input(container.querySelector('textarea')!, { target: { value: text } });
    return container;
  }

  it('shows the level of a matching text, with the warning words that set it, Traditional forms included', async () => {
    const urgent = await previewOf('五叉路口塌陷了，差點砸傷人');
    expect(urgent.querySelector('[data-fw-preview-level]')?.getAttribute('data-fw-preview-level')).toBe('urgent');
    expect(urgent.querySelector('[data-fw-preview-level]')?.textContent).toBe('级别：紧急（塌陷、砸伤）');
  });

  it('grades by the 关注 threshold given, and shows no level without a topic match', async () => {
    const once = await previewOf('沿港西路修了半年还没好，我要找记者曝光');
    expect(once.querySelector('[data-fw-preview-level]')?.getAttribute('data-fw-preview-level')).toBe('watch');
    cleanup();
    const lowered = await previewOf('沿港西路修了半年还没好，我要找记者', 1);
    expect(lowered.querySelector('[data-fw-preview-level]')?.getAttribute('data-fw-preview-level')).toBe('watch');
    cleanup();
    const usual = await previewOf('沿港西路修了半年还没好，我要找记者', 2);
    expect(usual.querySelector('[data-fw-preview-level]')?.getAttribute('data-fw-preview-level')).toBe('normal');
    cleanup();
    const none = await previewOf('记者曝光了隔壁县的火锅店');
    expect(none.querySelector('[data-fw-preview-level]')).toBeNull();
  });
});
