import { vi } from 'vitest';
import { browser } from 'wxt/browser';

/** Chinese strings from the source table, and no real messaging or tabs. */
export function quietBrowser(): unknown[] {
  const sent: unknown[] = [];
  vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return { ok: true };
  });
  vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
  return sent;
}

/** Picks `file` in a file input the way a user would. */
export function pickFile(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
