import { describe, expect, it } from 'vitest';
import { pageLevel, watchThresholdOn, type StoredPeriodEffects } from '@/utils/warning/page-level';

const effects = (day: string, watchThreshold: number | null): StoredPeriodEffects => ({
  day,
  effects: { names: ['全国两会'], watchThreshold, firstResponseHours: 4, patrolTimes: [] },
});
const twoWatchWords = { urgent: [], watch: ['记者', '曝光'] };
const oneWatchWord = { urgent: [], watch: ['曝光'] };

describe('the level a forum page shows', () => {
  it('is 紧急 with an urgent word, naming the words; 关注 from the threshold on; 一般 with no words to show', () => {
    expect(pageLevel(['road'], { urgent: ['塌陷'], watch: ['记者'] }, 2)).toEqual({ level: 'urgent', words: ['塌陷'] });
    expect(pageLevel(['road'], twoWatchWords, 2)).toEqual({ level: 'watch', words: ['记者', '曝光'] });
    expect(pageLevel(['road'], oneWatchWord, 2)).toEqual({ level: 'normal', words: [] });
  });

  it('gives no level to a text that matched no topic, whatever its warning words', () => {
    expect(pageLevel([], { urgent: ['塌陷'], watch: [] }, 2)).toBeNull();
  });

  it('takes an active sensitive period’s lower 关注 threshold, stored by the worker for today only', () => {
    const today = '2026-03-03';
    const threshold = watchThresholdOn(today, 2, effects(today, 1));
    expect(threshold).toBe(1);
    expect(pageLevel(['road'], oneWatchWord, threshold)?.level).toBe('watch');
    // Stored yesterday: the period may have ended; the settings' threshold holds until the worker stores today's.
    expect(watchThresholdOn(today, 2, effects('2026-03-02', 1))).toBe(2);
    expect(watchThresholdOn(today, 2, effects(today, null))).toBe(2);
    expect(watchThresholdOn(today, 2, undefined)).toBe(2);
    // A period never raises the office's own threshold.
    expect(watchThresholdOn(today, 2, effects(today, 3))).toBe(2);
  });
});
