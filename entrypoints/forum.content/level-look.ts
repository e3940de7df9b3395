// How a post or list row shows its 舆情预警 level, in every build: an outline on the post or row
// (apart from the topics' highlight colours) and a tag naming the level and its words, 「紧急 · 塌陷」,
// inside our closed roots. `data-fw-level` is set only where the page hooks are on.
import type { RaisedLevel } from '@/utils/settings/types';
import type { PageLevel } from '@/utils/warning/page-level';
import type { ThreadListRow } from '@/utils/sites/types';
import { t } from '@/utils/i18n';
import { closedUi } from './closed-ui';

export const LEVEL_ATTR = 'data-fw-level';

const OUTLINE: Record<RaisedLevel, string> = { urgent: '2px solid #c5221f', watch: '2px dashed #b06000' };

/** For a closed root's stylesheet: the tag's look per level. */
export const LEVEL_TAG_CSS = `
.level{border-radius:3px;padding:0 6px;margin-right:4px;font-weight:bold}
.level-urgent{background:#c5221f;color:#fff}
.level-watch{background:#feefc3;color:#7c3a00;border:1px solid #b06000}
`;

const OUTLINE_PROPS = ['outline', 'outline-offset'] as const;

/** The outline the page's element had before we drew ours, to put back. */
const ownOutline = new WeakMap<HTMLElement, string[]>();

/** Shows the level on the post's or row's element; with `found` null (no match) it shows none. */
export function showLevelOn(el: HTMLElement, found: PageLevel | null, hooks: boolean): void {
  if (hooks && found) el.setAttribute(LEVEL_ATTR, found.level);
  else el.removeAttribute(LEVEL_ATTR);
  const raised = found && found.level !== 'normal' ? found.level : null;
  if (!raised) return clearOutline(el);
  if (!ownOutline.has(el)) ownOutline.set(el, OUTLINE_PROPS.map((p) => el.style.getPropertyValue(p)));
  el.style.setProperty('outline', OUTLINE[raised]);
  el.style.setProperty('outline-offset', '-2px');
}

/** Takes our level look and hook off the element again. */
export function clearLevelOn(el: HTMLElement): void {
  el.removeAttribute(LEVEL_ATTR);
  clearOutline(el);
}

function clearOutline(el: HTMLElement): void {
  const own = ownOutline.get(el);
  if (!own) return;
  ownOutline.delete(el);
  OUTLINE_PROPS.forEach((p, i) => (own[i] ? el.style.setProperty(p, own[i]!) : el.style.removeProperty(p)));
}

/** The tag 「紧急 · 塌陷、燃气泄漏」 for a closed root, or null for 一般 and no match. */
export function levelTag(doc: Document, found: PageLevel | null): HTMLElement | null {
  if (!found || found.level === 'normal') return null;
  const tag = doc.createElement('span');
  tag.className = `level level-${found.level}`;
  // No words: a sensitive period makes every match 关注.
  tag.textContent = t(found.level === 'urgent' ? 'pageLevelUrgentTag' : 'pageLevelWatchTag', found.words.join('、') || t('pageLevelPeriod'));
  return tag;
}

const ROW_TAG_CSS = `:host{margin-left:6px;font:12px/1.6 system-ui,sans-serif}${LEVEL_TAG_CSS}`;

/** A list row's level: the outline on the row and the tag after its title. */
export function markRowLevel(row: ThreadListRow, found: PageLevel | null, hooks: boolean): void {
  showLevelOn(row.rowEl, found, hooks);
  const doc = row.titleEl.ownerDocument;
  const tag = levelTag(doc, found);
  if (!tag) return;
  const { host, root } = closedUi(doc, 'span', 'level-tag', ROW_TAG_CSS);
  root.append(tag);
  row.titleEl.after(host);
}
