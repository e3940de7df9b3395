// The reply helper: a "回复模板" control after every reply box the adapter finds,
// including boxes that appear later (Discuz's pop-up reply window, the advanced
// editor's iframe).
import type { Settings } from '@/utils/settings/types';
import type { ReplyEditor, SiteAdapter } from '@/utils/sites/types';
import { settingsItem } from '@/utils/storage/items';
import { t } from '@/utils/i18n';
import { trackComposition } from '@/utils/templates/insert';
import { closedUi } from '../closed-ui';
import { OWN_UI_SELECTOR } from '@/utils/own-ui';
import { button } from './dom';
import { closeReplyPanel, openReplyPanel } from './panel';
import { CONTROL_CSS } from './styles';
import { extensionLost, reportExtensionLost } from '../messaging';

/** One control per reply box: a form holds one box whichever editing mode it is in. */
const boxOf = (editor: ReplyEditor): Element => editor.el.closest('form') ?? editor.anchorEl;

/** Templates may have been edited since the page loaded. */
async function latestSettings(fallback: Settings): Promise<Settings> {
  try {
    return (await settingsItem.getValue()) ?? fallback;
  } catch {
    return fallback;
  }
}

function addsPageNodes(records: MutationRecord[]): boolean {
  return records.some((r) => Array.from(r.addedNodes).some((n) => n instanceof Element && !n.closest(OWN_UI_SELECTOR)));
}

/** Adds the 回复模板 control to every reply box; `pageTopics` are the topics of the page's posts. Returns how to stop. */
export function attachReplyHelpers(doc: Document, adapter: SiteAdapter, settings: Settings, pageTopics: () => string[]): () => void {
  const boxes = new WeakSet<Element>();
  const watched = new WeakSet<HTMLElement>();

  const attach = (editor: ReplyEditor) => {
    const box = boxOf(editor);
    const current = () => adapter.replyEditors(doc).find((e) => boxOf(e) === box && e.el.isConnected) ?? null;
    const control = closedUi(doc, 'span', 'reply-helper', CONTROL_CSS, { hostAttrs: { 'data-fw-action': 'insert-template' } });
    const open = button(doc, t('replyHelperButton'), { title: t('replyHelperButtonTitle') }, () => {
      if (extensionLost()) return reportExtensionLost();
      void latestSettings(settings)
        .then((latest) => openReplyPanel({ doc, adapter, settings: latest, control: control.host, editor: current, pageTopics: pageTopics() }))
        .catch((err: unknown) => console.error('论坛舆情助手：回复模板打不开', err));
    });
    // The reply box keeps its caret and focus.
    open.addEventListener('mousedown', (ev) => ev.preventDefault());
    control.root.append(open);
    editor.anchorEl.after(control.host);
  };

  const scan = () => {
    for (const editor of adapter.replyEditors(doc)) {
      // Every editing surface of the form, visible or not: switching between source and WYSIWYG
      // mode only toggles visibility, and a composition must be known from its start.
      const surfaces = [editor.el, ...(editor.el.closest('form')?.querySelectorAll<HTMLElement>('textarea, iframe, [contenteditable]') ?? [])];
      for (const el of surfaces) {
        if (watched.has(el)) continue;
        watched.add(el);
        trackComposition(el);
      }
      const box = boxOf(editor);
      if (boxes.has(box)) continue;
      boxes.add(box);
      attach(editor);
    }
  };
  scan();

  let timer: ReturnType<typeof setTimeout> | null = null;
  const observer = new MutationObserver((records) => {
    if (timer !== null || !addsPageNodes(records)) return;
    timer = setTimeout(() => {
      timer = null;
      scan();
    }, 150);
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    closeReplyPanel();
  };
}
