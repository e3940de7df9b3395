// Whether forum pages carry the automation hooks that tell the ledger's state (data-fw-state,
// data-fw-staff, data-fw-topics). The forum's own scripts can read them, so store builds add them
// only when the user turns them on; development and test builds always do.
import { browser } from 'wxt/browser';
import { STORE_BUILD } from './build-kind';

export const AUTOMATION_HOOKS_KEY = 'automationHooks';

export async function automationHooksChosen(): Promise<boolean> {
  const got = await browser.storage.local.get(AUTOMATION_HOOKS_KEY);
  return got[AUTOMATION_HOOKS_KEY] === true;
}

export async function chooseAutomationHooks(on: boolean): Promise<void> {
  await browser.storage.local.set({ [AUTOMATION_HOOKS_KEY]: on });
}

/** True when this page should carry the state hooks. */
export async function pageHooksShown(): Promise<boolean> {
  return !STORE_BUILD || (await automationHooksChosen());
}
