// Where a watched board is: 本地 (the office's own forum: its matches are to be answered) or
// 周边 / 同行业 (another county's forum, the same trade elsewhere: warnings, not replies).
import type { BoardKind } from '../settings/types';
import type { WatchSettings } from './schedule';
import type { MessageKey } from '../i18n';

export type BoardPlace = 'local' | BoardKind;

export const BOARD_PLACES: readonly BoardPlace[] = ['local', 'nearby', 'trade'];

export const PLACE_LABELS = { local: 'boardPlaceLocal', nearby: 'boardPlaceNearby', trade: 'boardPlaceTrade' } as const satisfies Record<BoardPlace, MessageKey>;

export function placeOf(watch: WatchSettings, board: string): BoardPlace {
  return watch.boardKinds[board] ?? 'local';
}

export function withBoardPlace(watch: WatchSettings, board: string, place: BoardPlace): WatchSettings {
  const { [board]: _old, ...others } = watch.boardKinds;
  return { ...watch, boardKinds: place === 'local' ? others : { ...others, [board]: place } };
}

/** The watch settings without `board`, its place forgotten with it. */
export function withoutBoard(watch: WatchSettings, board: string): WatchSettings {
  return withBoardPlace({ ...watch, boards: watch.boards.filter((b) => b !== board) }, board, 'local');
}
