import { OWN_UI_ATTR } from '@/utils/own-ui';

// The page-level part of our look (no page text in it): the bar's layout and, where the page hooks
// are on, the mark beside a post about a topic. Everything else is styled inside closed roots.
const CSS = `
.fw-bar{display:flex;gap:8px;align-items:center;margin:2px 0 4px}
[data-fw-post][data-fw-topics]{box-shadow:inset 3px 0 0 #f29900}
`;

export function injectStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.setAttribute(OWN_UI_ATTR, 'style');
  style.textContent = CSS;
  doc.head.append(style);
}
