import { OWN_UI_ATTR } from './capture-bar';

// Our own fixed stylesheet (no page text in it). Kept small and scoped to fw- classes.
const CSS = `
.fw-bar{display:flex;gap:8px;align-items:center;margin:2px 0 4px;font:12px/1.6 system-ui,sans-serif}
.fw-bar .fw-capture{cursor:pointer;border:1px solid #1a73e8;background:#fff;color:#1a73e8;border-radius:3px;padding:0 8px;font:inherit}
.fw-bar .fw-capture:disabled{opacity:.5;cursor:wait}
.fw-bar .fw-state{background:#e8f0fe;color:#1967d2;border-radius:8px;padding:0 6px}
.fw-bar .fw-state[hidden]{display:none}
[data-fw-topics]{box-shadow:inset 3px 0 0 #f29900}
[data-fw-staff] .fw-bar::after{content:'本单位账号';color:#188038}
.fw-notice{position:fixed;right:12px;bottom:12px;z-index:2147483647;background:#fff8e1;color:#5f4300;border:1px solid #f9ab00;border-radius:4px;padding:6px 28px 6px 10px;font:12px/1.5 system-ui,sans-serif;max-width:320px}
.fw-notice button{position:absolute;top:2px;right:4px;border:0;background:none;cursor:pointer;font-size:14px}
`;

export function injectStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.setAttribute(OWN_UI_ATTR, 'style');
  style.textContent = CSS;
  doc.head.append(style);
}
