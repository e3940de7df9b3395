import { describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from '@/utils/transfer/backup';
import { makeEntry } from '../../support/entry';
import { sampleSettings } from './fixtures';

const MB = 1024 * 1024;

/** Heap growth (MB) while `work` runs and its result is still held. */
function heapGrowth<T>(work: () => T): { result: T; grewMb: number } {
  const before = process.memoryUsage().heapUsed;
  const result = work();
  return { result, grewMb: (process.memoryUsage().heapUsed - before) / MB };
}

function backupText(entries: unknown[], eventsJson: string): string {
  const head = JSON.parse(exportBackup({ settings: sampleSettings(), entries: [], events: [] }));
  return JSON.stringify({ ...head, entries, events: [] }).replace('"events":[]', `"events":[${eventsJson}]`);
}

describe('a hostile backup file cannot exhaust memory', () => {
  it('0.9 MB of empty events lists 20 problems, says there are more, and does not grow the heap by hundreds of MB', () => {
    const text = backupText([], Array(300_000).fill('{}').join(','));
    expect(text.length).toBeLessThan(1_000_000);
    const { result, grewMb } = heapGrowth(() => parseBackup(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(21);
    expect(result.errors[0]).toBe('events[0].key: 缺少必填字段');
    expect(result.errors[20]).toBe('……还有更多问题，请先改正以上 20 处');
    expect(grewMb).toBeLessThan(120);
  });

  it('validates a 50 MB backup of valid entries with heap growth of a few times the file', () => {
    const template = makeEntry({ excerpt: '路口有个坑，晚上很危险。'.repeat(90) });
    const entries = Array.from({ length: 30_000 }, (_, i) => ({ ...template, key: `${template.key}-${i}` }));
    const events = entries.map((e, i) => JSON.stringify({ key: e.key, at: e.capturedAt, actor: '值班员', type: 'capture', note: String(i) })).join(',');
    const text = backupText(entries, events);
    entries.length = 0;
    expect(text.length).toBeGreaterThan(50_000_000);
    const { result, grewMb } = heapGrowth(() => parseBackup(text));
    expect(result.ok && result.data.entries.length).toBe(30_000);
    console.info(`50 MB backup: heap grew ${Math.round(grewMb)} MB while validating`);
    expect(grewMb).toBeLessThan(400);
  }, 120_000);
});
