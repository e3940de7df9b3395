import { useSettings } from '@/components/use-settings';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import { t } from '@/utils/i18n';

/** The boards watched for new threads, each removable. */
export function WatchedBoards() {
  const { settings, save } = useSettings();
  if (!settings) return null;
  const { boards } = settings.watch;
  const remove = (board: string) => void save({ ...settings, watch: { ...settings.watch, boards: boards.filter((b) => b !== board) } });
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
