// Dates as a Discuz! X3.5 forum in China shows them: Asia/Shanghai wall clock
// (UTC+8, no daylight saving), `Y-n-j H:i:s` without zero padding in month and
// day, and relative texts (昨天, 3 天前, 9 小时前) for the last seven days.

const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86400_000;
const pad = (n) => String(n).padStart(2, '0');

function wall(ms) {
  const d = new Date(ms + OFFSET_MS);
  return {
    y: d.getUTCFullYear(), n: d.getUTCMonth() + 1, j: d.getUTCDate(),
    H: pad(d.getUTCHours()), i: pad(d.getUTCMinutes()), s: pad(d.getUTCSeconds()),
  };
}

/** `2026-11-2` */
export function ymd(ms) {
  const w = wall(ms);
  return `${w.y}-${w.n}-${w.j}`;
}

/** `2026-11-2 08:41` */
export function ymdHi(ms) {
  const w = wall(ms);
  return `${ymd(ms)} ${w.H}:${w.i}`;
}

/** `2026-11-2 08:41:24` */
export function ymdHis(ms) {
  const w = wall(ms);
  return `${ymd(ms)} ${w.H}:${w.i}:${w.s}`;
}

/** `08:41` */
export function hi(ms) {
  const w = wall(ms);
  return `${w.H}:${w.i}`;
}

/** ISO 8601 with +08:00. */
export function shanghaiISO(ms) {
  const w = wall(ms);
  return `${w.y}-${pad(w.n)}-${pad(w.j)}T${w.H}:${w.i}:${w.s}+08:00`;
}

/** Midnight (Shanghai) of the day holding `ms`. */
export function shanghaiDayStart(ms) {
  return Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/**
 * Discuz's `dgmdate(…, 'u')`: HTML for a time, relative when it is within the
 * last seven days. `exact` formats the absolute form (also the span title);
 * touch pages get the relative text without the title span.
 */
export function discuzTime(ms, now, exact = ymdHis, { touch = false } = {}) {
  const absolute = exact(ms);
  const todayStart = shanghaiDayStart(now);
  let text;
  if (ms >= todayStart) {
    const secs = Math.floor((now - ms) / 1000);
    if (secs < 0) return absolute;
    if (secs > 3600) text = `${Math.floor(secs / 3600)}&nbsp;小时前`;
    else if (secs > 1800) text = '半小时前';
    else if (secs > 60) text = `${Math.floor(secs / 60)}&nbsp;分钟前`;
    else if (secs > 0) text = `${secs}&nbsp;秒前`;
    else text = '刚刚';
  } else {
    const days = Math.floor((todayStart - ms) / DAY_MS);
    if (days >= 7) return absolute;
    if (days === 0) text = `昨天&nbsp;${hi(ms)}`;
    else if (days === 1) text = `前天&nbsp;${hi(ms)}`;
    else text = `${days + 1}&nbsp;天前`;
  }
  return touch ? text : `<span title="${absolute}">${text}</span>`;
}

/** The instant `daysAgo` Shanghai calendar days before `now`, at wall time `HH:MM:SS`. */
export function daysAgoAt(now, daysAgo, time) {
  const [h, m, s = 0] = time.split(':').map(Number);
  return shanghaiDayStart(now) - daysAgo * DAY_MS + ((h * 60 + m) * 60 + s) * 1000;
}
