import type { Status } from '@/utils/ledger/types';
import { statusLabel } from '@/utils/i18n/status';
import { t } from '@/utils/i18n';
import { closedUi, onUserClick } from './closed-ui';
import { OWN_UI_ATTR } from '@/utils/own-ui';
import type { PageLevel } from '@/utils/warning/page-level';
import { LEVEL_TAG_CSS, levelTag } from './level-look';


export interface CaptureBar {
  root: HTMLElement;
  setState(status: Status | null): void;
  setBusy(busy: boolean): void;
  /** A failed capture: says why and turns the control into a retry. */
  setError(message: string | null): void;
  setStaff(department: string | null): void;
  setTopics(names: string[]): void;
  /** 紧急 and 关注 show a tag with the words that raised them; 一般 and no match show none. */
  setLevel(found: PageLevel | null): void;
}

// Our own fixed stylesheets (no page text in them).
const BUTTON_CSS = `
button{cursor:pointer;border:1px solid #1a73e8;background:#fff;color:#1a73e8;border-radius:3px;padding:0 8px;font:12px/1.6 system-ui,sans-serif}
button:disabled{opacity:.5;cursor:wait}
button.fw-retry{border-color:#d93025;color:#d93025}
`;
const INFO_CSS = `
:host{font:12px/1.6 system-ui,sans-serif}
span{border-radius:8px;padding:0 6px;margin-right:4px}
[hidden]{display:none}
.state{background:#e8f0fe;color:#1967d2}
.state.bad{background:#fce8e6;color:#a50e0e}
.staff{color:#188038}
.topic{background:#fef7e0;color:#7a4c00}
${LEVEL_TAG_CSS}
`;

/**
 * The small bar at the top of a post: the capture control and, beside it, the ledger state, a
 * bureau-account label and the post's topics. Both parts are closed to the page. Without
 * `onCapture` (the bureau's own posts) there is no capture control.
 */
export function createCaptureBar(doc: Document, onCapture: (() => void) | null): CaptureBar {
  const root = doc.createElement('div');
  root.setAttribute(OWN_UI_ATTR, 'bar');
  root.className = 'fw-bar';

  const control = closedUi(doc, 'span', 'capture', BUTTON_CSS, { hostAttrs: { 'data-fw-action': 'capture' } });
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = t('captureButton');
  button.title = t('captureButtonTitle');
  if (onCapture) onUserClick(button, onCapture);
  control.root.append(button);

  const info = closedUi(doc, 'span', 'capture-info', INFO_CSS);
  const part = (className: string) => {
    const span = doc.createElement('span');
    span.className = className;
    span.hidden = true;
    return span;
  };
  const chip = part('state');
  const staff = part('staff');
  const level = doc.createElement('span');
  level.style.padding = '0';
  const topics = doc.createElement('span');
  topics.style.padding = '0';
  info.root.append(level, chip, staff, topics);
  if (onCapture) root.append(control.host);
  root.append(info.host);

  let status: Status | null = null;
  let failed = false;
  const showStatus = () => {
    failed = false;
    chip.textContent = status ? statusLabel(status) : '';
    chip.hidden = !status;
    chip.classList.remove('bad');
    button.textContent = t(status ? 'captureAgainButton' : 'captureButton');
    button.classList.remove('fw-retry');
  };
  return {
    root,
    setState(next) {
      // A thread's states come back for every post on the page after each change: most are as shown.
      if (next === status && !failed) return;
      status = next;
      showStatus();
    },
    setBusy(busy) {
      button.disabled = busy;
    },
    setError(message) {
      if (!message) return showStatus();
      failed = true;
      chip.textContent = t('captureFailed', message);
      chip.hidden = false;
      chip.classList.add('bad');
      button.textContent = t('captureRetry');
      button.classList.add('fw-retry');
    },
    setStaff(department) {
      staff.textContent = department ? t('staffAccountChip', department) : '';
      staff.hidden = !department;
    },
    setTopics(names) {
      topics.replaceChildren(
        ...names.map((name) => {
          const span = part('topic');
          span.textContent = name;
          span.hidden = false;
          return span;
        }),
      );
    },
    setLevel(found) {
      const tag = levelTag(doc, found);
      level.replaceChildren(...(tag ? [tag] : []));
    },
  };
}
