// Whether forum pages carry the automation hooks that tell the ledger's state (data-fw-state,
// data-fw-staff, data-fw-topics). The forum's own scripts can read them, so store builds add them
// only when the user turns them on; development and test builds always do.
import { STORE_BUILD } from './build-kind';
import { automationHooksItem } from './storage/items';

export async function automationHooksChosen(): Promise<boolean> {
  return (await automationHooksItem.getValue()) === true;
}

export async function chooseAutomationHooks(on: boolean): Promise<void> {
  await automationHooksItem.setValue(on);
}

/** True when this page should carry the state hooks. */
export async function pageHooksShown(): Promise<boolean> {
  return !STORE_BUILD || (await automationHooksChosen());
}
