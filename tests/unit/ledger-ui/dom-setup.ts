import { vi } from 'vitest';
import { browser } from 'wxt/browser';

/** No real messaging or tabs (the Chinese strings come from tests/unit/setup-i18n.ts). */
export function quietBrowser(): unknown[] {
  const sent: unknown[] = [];
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
