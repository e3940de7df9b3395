import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsRepairBanner } from '@/entrypoints/dashboard/SettingsRepairBanner';
import { recordSettingsRepair, settingsRepairNotice } from '@/utils/settings/repair-notice';

describe('the dashboard’s notice of repaired settings', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('lists what was put back to the defaults until the user closes it', async () => {
    await recordSettingsRepair(['topics: 应为数组'], new Date('2026-03-02T01:15:00Z'));
    const view = render(<SettingsRepairBanner />);
    const banner = await waitFor(() => view.getByRole('alert'));
    expect(banner.textContent).toContain('topics: 应为数组');
    expect(banner.textContent).toContain('2026-03-02 09:15');
    fireEvent.click(view.getByRole('button'));
    await waitFor(() => expect(view.queryByRole('alert')).toBeNull());
    expect(await settingsRepairNotice()).toBeNull();
  });
});
