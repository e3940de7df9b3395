import { OWN_UI_ATTR } from './capture-bar';
import { t } from '@/utils/i18n';

/** An unobtrusive corner notice: the page was expected to have posts but none were recognised. */
export function showNotRecognised(doc: Document, what: 'notRecognisedPage' | 'notRecognisedPosts' | 'notRecognisedList'): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute(OWN_UI_ATTR, 'notice');
  box.setAttribute('data-fw-notice', 'not-recognised');
  box.className = 'fw-notice';
  box.setAttribute('role', 'status');
  box.textContent = t('notRecognised', t(what));
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.title = t('close');
  close.addEventListener('click', () => box.remove());
  box.append(close);
  doc.body.append(box);
  return box;
}
