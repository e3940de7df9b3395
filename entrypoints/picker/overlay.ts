// What the picker draws over the page: boxes around the elements a selector
// would take, and a banner saying what is being picked. It lives in a shadow
// root under an element marked as the extension's own, so page styles and our
// selector builder leave it alone.
import { t } from '@/utils/i18n';
import { OWN_UI_ATTR } from '@/utils/own-ui';

const MAX_BOXES = 300;

const STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; box-sizing: border-box; border: 2px solid #1a73e8; background: rgba(26,115,232,.12); z-index: 2147483646; }
.box.main { border-color: #d93025; background: rgba(217,48,37,.12); }
.banner { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); z-index: 2147483647; max-width: 90vw;
  font: 14px/1.5 system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif; color: #202124; background: #fff;
  border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.25); padding: 8px 12px; }
.banner strong { color: #1967d2; }
.banner code { display: block; font: 12px/1.4 ui-monospace, monospace; color: #3c4043; word-break: break-all; margin-top: 4px; }
.banner .warn { color: #d93025; }
.banner button { margin-left: 8px; font: inherit; }
`;

export interface Overlay {
  show(main: Element | null, others: Element[]): void;
  say(title: string, detail: string, warn?: boolean): void;
  remove(): void;
  /** Whether the event target is part of the overlay. */
  owns(node: EventTarget | null): boolean;
}

export function createOverlay(doc: Document, onCancel: () => void): Overlay {
  const host = doc.createElement('div');
  host.setAttribute(OWN_UI_ATTR, 'picker');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const boxes = doc.createElement('div');
  const banner = doc.createElement('div');
  banner.className = 'banner';
  const title = doc.createElement('div');
  const detail = doc.createElement('code');
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = t('pickerCancel');
  cancel.addEventListener('click', (ev) => {
    ev.stopPropagation();
    onCancel();
  });
  const titleText = doc.createElement('span');
  title.append(titleText, cancel);
  banner.append(title, detail);
  root.append(style, boxes, banner);
  doc.documentElement.append(host);

  function box(el: Element, main: boolean): HTMLElement {
    const r = el.getBoundingClientRect();
    const b = doc.createElement('div');
    b.className = main ? 'box main' : 'box';
    Object.assign(b.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    return b;
  }

  return {
    show(main, others) {
      const visible = others.filter((el) => el !== main).slice(0, MAX_BOXES);
      boxes.replaceChildren(...visible.map((el) => box(el, false)), ...(main ? [box(main, true)] : []));
    },
    say(text, code, warn = false) {
      titleText.textContent = text;
      titleText.className = warn ? 'warn' : '';
      detail.textContent = code;
    },
    remove: () => host.remove(),
    owns: (node) => node instanceof Node && (node === host || host.contains(node)),
  };
}
