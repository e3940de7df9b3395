import { useSettings } from '@/components/use-settings';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import { t } from '@/utils/i18n';
import { BOARD_PLACES, PLACE_LABELS, placeOf, withBoardPlace, withoutBoard, type BoardPlace } from '@/utils/watch/board-kinds';

/** The boards watched for new threads, each marked 本地, 周边 or 同行业, each removable. */
export function WatchedBoards() {
  const { settings, save } = useSettings();
  if (!settings) return null;
  const { boards } = settings.watch;
  const remove = (board: string) => void save({ ...settings, watch: withoutBoard(settings.watch, board) });
  const place = (board: string, to: BoardPlace) => void save({ ...settings, watch: withBoardPlace(settings.watch, board, to) });
  return (
    <div data-fw-watched-boards>
      <h2>{t('watchBoardsTitle')}</h2>
      <p>{t('watchBoardsHelp')}</p>
      {boards.length === 0 ? (
        <p>{t('watchBoardsNone')}</p>
      ) : (
        <ul>
          {boards.map((board) => (
            <li key={board} data-fw-watched-board={board}>
              <a href={safeHttpUrl(board) ?? undefined} target="_blank" rel="noreferrer">
                {board}
              </a>{' '}
              <select aria-label={t('boardPlaceLabel')} value={placeOf(settings.watch, board)} onChange={(e) => place(board, e.currentTarget.value as BoardPlace)}>
                {BOARD_PLACES.map((p) => (
                  <option key={p} value={p}>
                    {t(PLACE_LABELS[p])}
                  </option>
                ))}
              </select>{' '}
              <button type="button" onClick={() => remove(board)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
