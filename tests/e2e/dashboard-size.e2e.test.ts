import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

// chart.js, the xlsx writer and OpenCC (about 570 KB gzip together) load in the panels that use them.
const LIMIT_BYTES = 200 * 1024;

/** The scripts dashboard.html loads before anything shows: its entry and the chunks it preloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(EXTENSION_DIR, 'dashboard.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
}

describe('the built dashboard', () => {
  it('opens with at most 200 KB gzip of scripts, without chart.js, the xlsx writer or OpenCC', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(EXTENSION_DIR, file))).length, 0);
    expect(bytes).toBeLessThanOrEqual(LIMIT_BYTES);
  });
});
