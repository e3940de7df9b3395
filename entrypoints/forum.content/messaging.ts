// The content script's one way to the background. When the extension was updated, reloaded or
// removed while the page stayed open, every request fails the same way: the page's UI is taken
// down once, and a notice says to reload.
import { send, type PageMessageMap, type PageMessageType } from '@/utils/messages';
import { browser } from 'wxt/browser';
import { errorText } from '@/utils/error-text';

let onLost: (() => void) | null = null;

/** What to do once the extension is gone (set by the page controller). */
export function whenExtensionLost(fn: () => void): void {
  onLost = fn;
}

/** True when this script's extension context is gone (Chromium and Firefox word it differently). */
export function extensionLost(err?: unknown): boolean {
  if (!browser.runtime?.id) return true;
  return /Extension context invalidated|Receiving end does not exist|Could not establish connection/i.test(errorText(err));
}

/** Runs the lost-extension handler, once. */
export function reportExtensionLost(): void {
  const lost = onLost;
  onLost = null;
  lost?.();
}

export async function ask<K extends PageMessageType>(type: K, request: PageMessageMap[K]['request']): Promise<PageMessageMap[K]['response']> {
  try {
    return await send(type, request);
  } catch (err) {
    if (extensionLost(err)) reportExtensionLost();
    throw err;
  }
}
