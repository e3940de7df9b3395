// 'HH:MM' settings values (cut-off, working hours) as minutes after midnight.

const CLOCK = /^(\d{1,2}):(\d{2})$/;

/** Minutes after midnight for `HH:MM`; `24:00` is allowed as the end of the day. */
export function clockMinutes(text: string): number {
  const m = CLOCK.exec(text.trim());
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2]) : NaN;
  if (!(hour <= 24 && minute <= 59) || (hour === 24 && minute > 0)) {
    throw new RangeError(`时间应写成 HH:MM（如 17:30），收到：${text}`);
  }
  return hour * 60 + minute;
}

/** `HH:MM` for minutes after midnight (so `9:00` becomes `09:00` and sorts before `14:30`). */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
