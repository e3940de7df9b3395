import type { Settings } from '@/utils/settings/types';
import { loadSettings, onSettingsChanged } from '@/utils/settings/store';

let cached: Promise<Settings> | null = null;
let following = false;

/**
 * The settings, read from storage once per worker life and again only after they change: a burst
 * of captures (one message each) would otherwise read and repair them every time.
 */
export function currentSettings(): Promise<Settings> {
  if (!following) {
    following = true;
    onSettingsChanged((settings) => {
      cached = Promise.resolve(settings);
    });
  }
  cached ??= loadSettings().catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}
