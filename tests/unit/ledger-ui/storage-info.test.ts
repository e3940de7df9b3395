import { describe, expect, it, vi } from 'vitest';
import { formatBytes, requestPersistence, storageInfo } from '@/utils/ledger/storage-info';

function manager(persisted: boolean, grant: boolean) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
    estimate: vi.fn(async () => ({ usage: 5 * 1024 * 1024, quota: 2 * 1024 ** 3 })),
  };
}

describe('storage information', () => {
  it('reports whether storage is persistent and the space used', async () => {
    expect(await storageInfo(manager(false, true))).toEqual({ persisted: false, usage: 5 * 1024 * 1024, quota: 2 * 1024 ** 3 });
  });

  it('asks the browser to persist and passes on its answer', async () => {
    const m = manager(false, true);
    expect(await requestPersistence(m)).toBe(true);
    expect(m.persist).toHaveBeenCalledOnce();
    expect(await requestPersistence(manager(false, false))).toBe(false);
  });

  it('says "unknown" where the browser has no storage manager', async () => {
    expect(await storageInfo(undefined)).toEqual({ persisted: null, usage: null, quota: null });
    expect(await requestPersistence(undefined)).toBeNull();
  });

  it('prints sizes the way people read them', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB');
  });
});
