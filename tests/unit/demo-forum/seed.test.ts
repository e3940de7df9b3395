// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDemoForum } from '../../../tools/demo-forum/server.mjs';

afterEach(() => {
  vi.useRealTimers();
});

// Shanghai wall-clock starts: just after midnight (yesterday's evening posts and
// their replies could spill past "now"), midday, and just before midnight.
const STARTS = ['2026-11-24T00:05:00+08:00', '2026-11-24T12:00:00+08:00', '2026-11-24T23:59:00+08:00'];

describe('seeded dates', () => {
  it.each(STARTS)('are in the past and in floor order when the server starts at %s', async (start) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(start));
    const forum = await startDemoForum();
    try {
      const now = Date.now();
      for (const thread of forum.state.threads.values()) {
        const times = thread.pids.map((pid) => forum.state.posts.get(pid)!.dateline);
        expect(times.every((t) => t < now), `thread ${thread.tid}`).toBe(true);
        expect(times, `thread ${thread.tid}`).toEqual([...times].sort((a, b) => a - b));
      }
    } finally {
      await forum.close();
    }
  });
});
