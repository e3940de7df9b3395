// Injected into a site's tab by the dashboard's profile editor (never listed in
// the manifest): lets the user point at page elements and previews a profile.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isPickerRequest, type PickerReport } from '@/utils/sites/generic/picker-messages';
import { previewProfile } from '@/utils/sites/generic/preview';
import { pickElement } from './session';

const INSTALLED = '__fwPickerInstalled';

function install() {
  let active: { cancel(): void } | null = null;

  const report = (message: PickerReport) => browser.runtime.sendMessage(message).catch(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    if (!isPickerRequest(message)) return undefined;
    if (message.type === 'fw-preview') {
      sendResponse(previewProfile(document, message.selectors));
      return undefined;
    }
    active?.cancel();
    active = null;
    if (message.type === 'fw-pick-start') {
      const { field } = message;
      const session = pickElement(document, field, message.postSelector);
      active = session;
      void session.done.then((outcome) => {
        if (active === session) active = null;
        void report(outcome ? { type: 'fw-picked', field, ...outcome } : { type: 'fw-pick-aborted', field });
      });
    }
    sendResponse({ ok: true });
    return undefined;
  });
}

export default defineUnlistedScript(() => {
  // The dashboard injects this file before each request; the listener is set up once per page.
  const scope = globalThis as { [INSTALLED]?: boolean };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  install();
});
