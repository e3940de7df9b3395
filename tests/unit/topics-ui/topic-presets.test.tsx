import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { TopicPresets } from '@/entrypoints/dashboard/panels/topics/TopicPresets';
import { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { PRESET_TOPICS } from '@/utils/settings/preset-topics';

describe('the preset topics on the 领域 page', () => {
  afterEach(cleanup);

  it('lists each preset with what it catches, adds a copy of one, and cannot add it twice', () => {
    const onAdd = vi.fn();
    const { container, rerender } = render(<TopicPresets topics={DEFAULT_TOPICS} onAdd={onAdd} />);
    const rows = [...container.querySelectorAll('[data-fw-topic-presets] li')];
    expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual(PRESET_TOPICS.map((p) => p.topic.name));
    expect(rows[0]?.textContent).toContain(PRESET_TOPICS[0]!.description);
    fireEvent.click(rows[0]!.querySelector('button')!);
    const added = onAdd.mock.calls[0]![0];
    expect(added).toEqual(PRESET_TOPICS[0]!.topic);
    expect(added).not.toBe(PRESET_TOPICS[0]!.topic);

    rerender(<TopicPresets topics={[...DEFAULT_TOPICS, added]} onAdd={onAdd} />);
    const button = container.querySelector<HTMLButtonElement>('[data-fw-topic-presets] li button')!;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('已添加');
  });
});
