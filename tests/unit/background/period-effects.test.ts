import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/utils/settings/defaults';
import { saveSettings } from '@/utils/settings/store';
import { periodEffectsItem } from '@/utils/storage/items';
import { setupPeriodEffects } from '@/entrypoints/background/period-effects';

const stored = () => periodEffectsItem.getValue();

describe('today’s sensitive periods, stored for forum pages', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    // Tuesday in 全国两会 (03-01 to 03-15): 关注 from one word, a first response within 4 working hours.
    vi.setSystemTime(new Date('2026-03-03T09:00:00+08:00'));
    await saveSettings(defaultSettings());
  });
  afterEach(() => vi.useRealTimers());

  it('stores the active periods’ effects at start, again when the periods change, and wakes at the next day’s start', async () => {
    setupPeriodEffects();
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ day: '2026-03-03', effects: { names: ['全国两会'], watchThreshold: 0, firstResponseHours: 4 } }));
    expect((await fakeBrowser.alarms.get('fw-period-day'))?.scheduledTime).toBe(Date.parse('2026-03-04T00:00:01+08:00'));

    const settings = defaultSettings();
    settings.warning.periods = settings.warning.periods.filter((p) => p.id !== 'two-sessions');
    await saveSettings(settings);
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ day: '2026-03-03', effects: { names: [], watchThreshold: null } }));
  });
});
