// 监测本版块 above a board's thread list: the background watch then looks at this board every
// round for new threads about a topic (the popup's 待登记). A watched board can be marked 周边 or
// 同行业: its new threads then go to 周边动态, as warnings rather than posts to answer.
import type { Settings } from '@/utils/settings/types';
import type { ThreadListRow } from '@/utils/sites/types';
import { boardAddress } from '@/utils/watch/boards';
import { BOARD_PLACES, PLACE_LABELS, placeOf } from '@/utils/watch/board-kinds';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { closedUi, onUserClick } from './closed-ui';
import { ask } from './messaging';

const CSS = `
div{display:flex;align-items:center;gap:8px;margin:4px 0;font:12px/1.5 system-ui,sans-serif;color:#5f6368}
button{font:inherit;padding:1px 8px;border:1px solid #1a73e8;border-radius:3px;background:#fff;color:#1a73e8;cursor:pointer}
button[aria-pressed=true]{background:#e8f0fe}
span[role=group]{display:inline-flex;align-items:center;gap:2px}
span[role=group][hidden]{display:none}
`;

/** Places the control before the thread list; returns what takes it away. */
export function attachBoardWatch(doc: Document, rows: ThreadListRow[], settings: Settings): () => void {
  const list = rows[0]?.rowEl.closest('table') ?? rows[0]?.rowEl.parentElement;
  if (!list) return () => undefined;
  const { host, root } = closedUi(doc, 'div', 'board-watch', CSS, { hostAttrs: { 'data-fw-board-watch': '' } });
  const box = doc.createElement('div');
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('data-fw-action', 'watch-board');
  const places = doc.createElement('span');
  places.setAttribute('role', 'group');
  places.append(t('boardPlaceLabel'));
  const note = doc.createElement('span');
  const board = boardAddress(doc.URL);
  let watched = settings.watch.boards.includes(board);
  let place = placeOf(settings.watch, board);
  const placeButtons = BOARD_PLACES.map((p) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = t(PLACE_LABELS[p]);
    b.setAttribute('data-fw-action', 'board-place');
    b.setAttribute('data-fw-place', p);
    onUserClick(b, () => send(ask('boardPlace', { url: doc.URL, place: p }), (r) => (place = r.place)));
    return b;
  });
  places.append(...placeButtons);
  const show = () => {
    button.textContent = watched ? t('boardWatched') : t('boardWatch');
    button.setAttribute('aria-pressed', String(watched));
    places.hidden = !watched;
    for (const b of placeButtons) b.setAttribute('aria-pressed', String(b.getAttribute('data-fw-place') === place));
  };
  function send<R>(asked: Promise<R>, took: (r: R) => void) {
    note.textContent = '';
    asked.then(
      (r) => {
        took(r);
        show();
      },
      (err: unknown) => (note.textContent = errorText(err)),
    );
  }
  show();
  onUserClick(button, () =>
    send(ask('watchBoard', { url: doc.URL, watch: !watched }), (r) => {
      watched = r.watched;
      // Watching again starts 本地: the worker forgot the place with the board.
      place = 'local';
    }),
  );
  box.append(button, places, note);
  root.append(box);
  list.before(host);
  return () => host.remove();
}
