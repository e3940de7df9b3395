import { describe, expect, it } from 'vitest';
import { isIsoInstant } from '@/utils/transfer/schema-parts';

describe('isIsoInstant', () => {
  it('accepts instants with seconds and a zone', () => {
    for (const s of ['2026-03-02T09:15:00+08:00', '2026-03-02T01:15:00Z', '2026-03-02T01:15:00.123Z', '2024-02-29T00:00:00-05:00']) {
      expect(isIsoInstant(s), s).toBe(true);
    }
  });

  it('refuses local times, missing zones and days that do not exist', () => {
    for (const s of ['2026-03-02 09:15:00', '2026-03-02T09:15', '2026-03-02T09:15:00', '2026-02-30T09:15:00+08:00', '2025-02-29T00:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02T09:15:00+08:00 ']) {
      expect(isIsoInstant(s), s).toBe(false);
    }
  });
});
