import { OWN_UI_ATTR } from './capture-bar';

/** An unobtrusive corner notice: the page was expected to have posts but none were recognised. */
export function showNotRecognised(doc: Document, what: string): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute(OWN_UI_ATTR, 'notice');
  box.setAttribute('data-fw-notice', 'not-recognised');
  box.className = 'fw-notice';
  box.setAttribute('role', 'status');
  box.textContent = `论坛舆情助手：未能识别此页面的${what}（页面结构可能已改变）。`;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.title = '关闭';
  close.addEventListener('click', () => box.remove());
  box.append(close);
  doc.body.append(box);
  return box;
}
