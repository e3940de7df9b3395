// 监测本版块 above a board's thread list: the background watch then looks at this board every
// round for new threads about a topic (the popup's 待登记).
import type { Settings } from '@/utils/settings/types';
import type { ThreadListRow } from '@/utils/sites/types';
import { boardAddress } from '@/utils/watch/boards';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { closedUi, onUserClick } from './closed-ui';
import { ask } from './messaging';

const CSS = `
div{display:flex;align-items:center;gap:8px;margin:4px 0;font:12px/1.5 system-ui,sans-serif;color:#5f6368}
button{font:inherit;padding:1px 8px;border:1px solid #1a73e8;border-radius:3px;background:#fff;color:#1a73e8;cursor:pointer}
button[aria-pressed=true]{background:#e8f0fe}
`;

/** Places the control before the thread list; returns what takes it away. */
export function attachBoardWatch(doc: Document, rows: ThreadListRow[], settings: Settings): () => void {
  const list = rows[0]?.rowEl.closest('table') ?? rows[0]?.rowEl.parentElement;
  if (!list) return () => undefined;
  const { host, root } = closedUi(doc, 'div', 'board-watch', CSS, { 'data-fw-board-watch': '' });
  const box = doc.createElement('div');
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('data-fw-action', 'watch-board');
  const note = doc.createElement('span');
  let watched = settings.watch.boards.includes(boardAddress(doc.URL));
  const show = () => {
    button.textContent = watched ? t('boardWatched') : t('boardWatch');
    button.setAttribute('aria-pressed', String(watched));
  };
  show();
  onUserClick(button, () => {
    note.textContent = '';
    ask('watchBoard', { url: doc.URL, watch: !watched }).then(
      (r) => {
        watched = r.watched;
        show();
      },
      (err: unknown) => (note.textContent = errorText(err)),
    );
  });
  box.append(button, note);
  root.append(box);
  list.before(host);
  return () => host.remove();
}
