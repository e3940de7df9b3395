import { vi } from 'vitest';
import { browser } from 'wxt/browser';

/** Watches the toolbar badge being painted (the fake browser still keeps what is set). */
export const watchBadgeText = () => vi.spyOn(browser.action, 'setBadgeText');
