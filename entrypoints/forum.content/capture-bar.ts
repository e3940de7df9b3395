import type { Status } from '@/utils/ledger/types';
import { statusLabel } from '@/utils/i18n/status';
import { t } from '@/utils/i18n';

/** Marks elements the extension adds, so the page observer and text extraction skip them. */
export const OWN_UI_ATTR = 'data-fw-ui';

export interface CaptureBar {
  root: HTMLElement;
  setState(status: Status | null): void;
  setBusy(busy: boolean): void;
  setError(message: string | null): void;
}

/** The small bar at the top of a post: the capture control and the ledger state. */
export function createCaptureBar(doc: Document, onCapture: () => void): CaptureBar {
  const root = doc.createElement('div');
  root.setAttribute(OWN_UI_ATTR, 'bar');
  root.className = 'fw-bar';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'fw-capture';
  button.setAttribute('data-fw-action', 'capture');
  button.textContent = t('captureButton');
  button.title = t('captureButtonTitle');
  button.addEventListener('click', (ev) => {
    ev.preventDefault();
    ev.stopPropagation();
    onCapture();
  });
  const chip = doc.createElement('span');
  chip.className = 'fw-state';
  root.append(button, chip);
  return {
    root,
    setState(status) {
      chip.textContent = status ? statusLabel(status) : '';
      chip.hidden = !status;
      button.textContent = t(status ? 'captureAgainButton' : 'captureButton');
    },
    setBusy(busy) {
      button.disabled = busy;
    },
    setError(message) {
      if (message) chip.textContent = t('captureFailed', message);
      chip.hidden = !message && !chip.textContent;
    },
  };
}
