import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';

// Chromium parses the worker's whole script each time it wakes it (every alarm and message). OpenCC's
// dictionaries (1.2 MB) stay out of it: rules are compiled with them in the offscreen page.
// What remains is mostly PouchDB (about 130 KB), Dexie, the settings' defaults and checks.
const LIMIT_BYTES = 450 * 1024;

describe('the built service worker', () => {
  it('is at most 450 KB, without the conversion dictionaries', () => {
    expect(statSync(join(EXTENSION_DIR, 'background.js')).size).toBeLessThanOrEqual(LIMIT_BYTES);
  });
});
