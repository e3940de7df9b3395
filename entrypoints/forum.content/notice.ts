import { closedUi, onUserClick } from './closed-ui';

const CSS = `
div{position:fixed;right:12px;bottom:12px;z-index:2147483647;background:#fff8e1;color:#5f4300;border:1px solid #f9ab00;border-radius:4px;padding:6px 28px 6px 10px;font:12px/1.5 system-ui,sans-serif;max-width:320px}
button{position:absolute;top:2px;right:4px;border:0;background:none;cursor:pointer;font-size:14px}
`;

/**
 * An unobtrusive corner notice (`data-fw-notice` names it on the host): the page was expected to
 * have posts but none were recognised, or the extension was reloaded under the page. Texts come
 * ready-made: once the extension is gone its translations can no longer be read.
 */
export function showNotice(doc: Document, name: string, text: string, closeLabel: string): HTMLElement {
  doc.querySelector(`[data-fw-notice="${name}"]`)?.remove();
  const { host, root } = closedUi(doc, 'div', 'notice', CSS, { hostAttrs: { 'data-fw-notice': name } });
  const box = doc.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.title = closeLabel;
  onUserClick(close, () => host.remove());
  box.append(close);
  root.append(box);
  doc.body.append(host);
  return host;
}
