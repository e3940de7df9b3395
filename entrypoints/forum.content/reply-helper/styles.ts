// The reply helper's fixed stylesheets (no page text in them), each used inside a closed root.

/** The 回复模板 control beside a reply box. */
export const CONTROL_CSS = `
button{display:inline-block;margin:4px 0;cursor:pointer;border:1px solid #1a73e8;background:#fff;color:#1a73e8;border-radius:3px;padding:1px 8px;font:12px/1.6 system-ui,sans-serif}
`;

/** The template panel. */
export const PANEL_CSS = `
.fw-panel{position:fixed;z-index:2147483646;width:440px;max-width:calc(100vw - 16px);max-height:80vh;overflow:auto;background:#fff;color:#202124;border:1px solid #dadce0;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:10px 12px;font:13px/1.6 system-ui,'Microsoft YaHei',sans-serif;text-align:left}
.fw-panel *{box-sizing:border-box}
.fw-panel h2{font-size:14px;margin:0 0 6px;padding:0;border:0}
.fw-panel .fw-x{position:absolute;top:4px;right:6px;border:0;background:none;font-size:18px;line-height:1;cursor:pointer;color:#5f6368}
.fw-panel label{display:block;margin:6px 0 2px;color:#5f6368}
.fw-panel select,.fw-panel input,.fw-panel textarea{display:block;width:100%;font:inherit;border:1px solid #dadce0;border-radius:3px;padding:2px 4px;background:#fff;color:inherit}
.fw-panel textarea{resize:vertical}
.fw-panel fieldset{border:1px solid #e8eaed;border-radius:4px;margin:6px 0;padding:2px 8px 6px}
.fw-panel legend{padding:0 4px;color:#5f6368}
.fw-panel ul{margin:4px 0;padding-left:18px;color:#b06000}
.fw-panel li.fw-ok{list-style:none;margin-left:-18px;color:#188038}
.fw-panel .fw-warn{background:#fef7e0;color:#7a4c00;border-radius:3px;padding:4px 6px;margin:6px 0}
.fw-panel .fw-warn.fw-armed{background:#fce8e6;color:#a50e0e}
.fw-panel .fw-row{display:flex;gap:6px;flex-wrap:wrap;align-items:center;margin:6px 0}
.fw-panel .fw-row input{flex:1;width:auto}
.fw-panel .fw-row button{cursor:pointer;border:1px solid #1a73e8;background:#fff;color:#1a73e8;border-radius:3px;padding:2px 10px;font:inherit}
.fw-panel .fw-row button.fw-primary{background:#1a73e8;color:#fff}
.fw-panel button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}
.fw-panel .fw-row button:disabled{opacity:.5;cursor:default}
.fw-panel .fw-note{color:#5f6368}
.fw-panel .fw-msg{min-height:1.6em;color:#188038}
.fw-panel .fw-msg.fw-bad{color:#d93025}
.fw-panel [hidden]{display:none!important}
`;
