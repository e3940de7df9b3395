import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

// Every forum page loads this script: the product keeps it at 30 KB gzip or less.
const LIMIT_BYTES = 30 * 1024;

describe('the built content script', () => {
  it('is at most 30 KB gzip, so forum pages open as fast as before', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'forum.js'));
    expect(gzipSync(script).length).toBeLessThanOrEqual(LIMIT_BYTES);
  });
});
