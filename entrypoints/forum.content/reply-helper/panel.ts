import type { Settings, Template } from '@/utils/settings/types';
import type { ReplyEditor, SiteAdapter } from '@/utils/sites/types';
import type { PageEntry } from '@/utils/messages';
import { policyForTopics } from '@/utils/deadline/topic-policy';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { toShanghaiISO } from '@/utils/time/shanghai';
import { formatAlert } from '@/utils/templates/alert';
import { needsApprovalWarning } from '@/utils/templates/approval';
import { insertIntoEditor } from '@/utils/templates/insert';
import { DEFAULT_MAX_REPLY_LENGTH, lintReply } from '@/utils/templates/lint';
import { orderTemplates } from '@/utils/templates/order';
import { replySubject, replyTopics } from '@/utils/templates/reply-context';
import { buildContext, fillTemplate, listVariables, type BuiltinVariable, type TemplateVariable } from '@/utils/templates/variables';
import { closedUi } from '../closed-ui';
import { ask } from '../messaging';
import { button, el } from './dom';
import { copyText } from './clipboard';
import { rememberCaret } from './caret';
import { draftSection } from './draft-section';
import { readReplyPlace } from './page-facts';
import { PANEL_CSS } from './styles';

export interface PanelOptions {
  doc: Document;
  adapter: SiteAdapter;
  settings: Settings;
  /** The helper control the panel opens next to. */
  control: HTMLElement;
  /** The reply box as it is now (the advanced editor switches between textarea and iframe). */
  editor(): ReplyEditor | null;
  /** Topic ids the page's posts matched, first post first. */
  pageTopics: string[];
}

const DRAFT = '__draft';
let openPanel: { close(): void } | null = null;

/** Closes the open panel, if any. */
export function closeReplyPanel(): void {
  openPanel?.close();
}

function placeNear(panel: HTMLElement, anchor: HTMLElement): void {
  const view = anchor.ownerDocument.defaultView;
  if (!view) return;
  const r = anchor.getBoundingClientRect();
  const left = Math.max(8, Math.min(r.left, view.innerWidth - panel.offsetWidth - 8));
  const below = r.bottom + 4;
  const top = below + panel.offsetHeight <= view.innerHeight - 8 ? below : Math.max(8, r.top - panel.offsetHeight - 4);
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
}

/**
 * Opens the template panel for one reply box (closing any other), in a closed root: the page can't
 * read the draft or the staff's phone numbers in it, nor press its buttons. Focus lands on 插入.
 */
export async function openReplyPanel(o: PanelOptions): Promise<void> {
  openPanel?.close();
  const { doc, settings } = o;
  const editor = o.editor();
  if (!editor) return;
  const restoreCaret = rememberCaret(editor);
  const place = readReplyPlace(doc, o.adapter, editor, o.pageTopics);

  const status = el(doc, 'div', { class: 'fw-msg', role: 'status', 'data-fw-reply-status': '' }, t('replyHelperLoading'));
  const say = (message: string, bad = false) => {
    status.textContent = message;
    status.classList.toggle('fw-bad', bad);
  };
  const ui = closedUi(doc, 'div', 'reply-panel', PANEL_CSS, { hostAttrs: { 'data-fw-reply-panel': '' }, typedInto: true });
  const root = el(doc, 'div', { class: 'fw-panel', role: 'dialog', 'aria-label': t('replyHelperTitle') });
  ui.root.append(root);
  const close = () => {
    ui.host.remove();
    doc.removeEventListener('keydown', onKey, true);
    if (openPanel === handle) openPanel = null;
  };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape') close();
  };
  const handle = { close };
  openPanel = handle;
  doc.addEventListener('keydown', onKey, true);
  root.append(el(doc, 'h2', {}, t('replyHelperTitle')), button(doc, '×', { class: 'fw-x', title: t('replyHelperClose'), 'aria-label': t('replyHelperClose') }, close), status);
  doc.body.append(ui.host);
  placeNear(root, o.control);

  let entry: PageEntry | null = null;
  if (place.tid) {
    try {
      entry = (await ask('threadEntry', { tid: place.tid, quotedPid: place.facts.quoted?.pid ?? null })).entry;
    } catch (err) {
      say(errorText(err), true);
    }
  }
  if (!ui.host.isConnected) return;
  if (status.textContent === t('replyHelperLoading')) say('');

  const topics = replyTopics(place.facts, entry);
  // The entry's topics decide, else the page's: the settings are the page's own already.
  const policy = policyForTopics(settings.sla, entry?.topics.length ? entry.topics : place.facts.topics);
  const subject = replySubject(place.facts, entry, settings.topics);
  const context = buildContext(subject, { now: new Date(), user: settings.user, staff: settings.staff });
  const templates = orderTemplates(settings.templates, topics);
  const values = new Map<string, string>();
  let armed = false;

  const picker = el(doc, 'select', { 'data-fw-reply-template': '', 'aria-label': t('replyHelperTemplate') });
  if (entry?.draft?.text) picker.append(el(doc, 'option', { value: DRAFT }, t('replyHelperSavedDraft')));
  for (const tpl of templates) picker.append(el(doc, 'option', { value: tpl.id }, tpl.name));
  const fields = el(doc, 'fieldset', { 'data-fw-reply-fields': '' });
  const text = el(doc, 'textarea', { rows: '9', 'data-fw-reply-text': '', 'aria-label': t('replyHelperText') });
  const lint = el(doc, 'ul', { 'data-fw-lint': '' });
  const warning = el(doc, 'div', { class: 'fw-warn', 'data-fw-approval-warning': '', hidden: '' });
  const alertText = el(doc, 'textarea', { readonly: '', rows: '6', 'data-fw-alert-text': '', hidden: '' });

  const template = (): Template | undefined => templates.find((tpl) => tpl.id === picker.value);
  /** Custom fields, and built-in ones that neither the page nor the ledger could fill. */
  const askFor = (tpl: Template): TemplateVariable[] =>
    listVariables(tpl.body).filter((v) => v.kind === 'custom' || (v.kind === 'builtin' && !context[v.name as BuiltinVariable]));

  function fill(): string {
    if (picker.value === DRAFT) return entry?.draft?.text ?? '';
    const tpl = template();
    if (!tpl) return '';
    const custom: Record<string, string> = {};
    const filled = { ...context };
    for (const v of askFor(tpl)) {
      const value = values.get(v.token);
      if (!value) continue;
      if (v.kind === 'custom') custom[v.name] = value;
      else filled[v.name as BuiltinVariable] = value;
    }
    return fillTemplate(tpl.body, filled, custom).text;
  }

  function check(): void {
    const warnings = lintReply(text.value, { officialese: settings.officialese, maxLength: DEFAULT_MAX_REPLY_LENGTH });
    lint.replaceChildren(
      ...(warnings.length
        ? warnings.map((w) => el(doc, 'li', { 'data-fw-lint-code': w.code }, w.message))
        : [el(doc, 'li', { class: 'fw-ok' }, t('replyHelperLintOk'))]),
    );
    const why = needsApprovalWarning(entry ?? { draft: null }, policy, text.value);
    warning.textContent = why ?? '';
    warning.hidden = !why;
    warning.classList.remove('fw-armed');
    armed = false;
    insertButton.removeAttribute('data-fw-armed');
    insertButton.textContent = t('replyHelperInsert');
  }

  function refill(): void {
    text.value = fill();
    check();
  }

  function showFields(): void {
    const tpl = picker.value === DRAFT ? undefined : template();
    const asked = tpl ? askFor(tpl) : [];
    fields.replaceChildren(el(doc, 'legend', {}, t('replyHelperFields')));
    for (const v of asked) {
      const input = el(doc, 'input', { 'data-fw-field': v.token, 'aria-label': v.name });
      input.value = values.get(v.token) ?? '';
      input.addEventListener('input', () => {
        values.set(v.token, input.value);
        refill();
      });
      fields.append(el(doc, 'label', {}, v.name, input));
    }
    fields.hidden = asked.length === 0;
    refill();
  }

  function insert(): void {
    const target = o.editor();
    if (!target) return say(t('replyHelperNoEditor'), true);
    const why = needsApprovalWarning(entry ?? { draft: null }, policy, text.value);
    if (why && !armed) {
      armed = true;
      insertButton.setAttribute('data-fw-armed', '');
      warning.classList.add('fw-armed');
      insertButton.textContent = t('replyHelperInsertAnyway');
      return say(why, true);
    }
    restoreCaret();
    const result = insertIntoEditor(target, text.value);
    if (!result.ok) return say(result.reason ?? '', true);
    close();
  }

  async function copyAlert(): Promise<void> {
    const topicNames = Object.fromEntries(settings.topics.map((tp) => [tp.id, tp.name]));
    const source = entry ?? {
      title: subject.title ?? doc.title,
      url: subject.url ?? doc.URL,
      topics,
      dueAt: null,
      department: subject.department ?? null,
      capturedAt: toShanghaiISO(new Date()),
    };
    alertText.value = formatAlert(source, { topicNames });
    alertText.hidden = false;
    say((await copyText(doc, alertText.value, root)) ? t('replyHelperCopied') : t('replyHelperCopyFailed'));
  }

  const insertButton = button(doc, t('replyHelperInsert'), { class: 'fw-primary', 'data-fw-reply': 'insert' }, insert);
  // Keeps the caret and focus in the reply box while clicking.
  insertButton.addEventListener('mousedown', (ev) => ev.preventDefault());
  picker.addEventListener('change', showFields);
  text.addEventListener('input', check);

  const draftPart = entry
    ? draftSection(doc, entry, {
        text: () => text.value,
        onEntry: (next) => {
          entry = next;
          check();
        },
        say,
      })
    : el(doc, 'p', { class: 'fw-note', 'data-fw-no-entry': '' }, t('replyHelperNoEntry'));

  status.before(
    el(doc, 'label', {}, t('replyHelperTemplate'), picker),
    fields,
    el(doc, 'label', {}, t('replyHelperText'), text),
    lint,
    warning,
    el(doc, 'div', { class: 'fw-row' }, insertButton, button(doc, t('replyHelperCopyAlert'), { 'data-fw-reply': 'copy-alert' }, () => void copyAlert())),
    alertText,
    draftPart,
  );
  showFields();
  placeNear(root, o.control);
  insertButton.focus();
}
