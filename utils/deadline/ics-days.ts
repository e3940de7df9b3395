// Holidays from an ICS calendar (RFC 5545): each VEVENT is a day off, or a span of days off
// (DTEND, the day after the last one, or DURATION:P3D), unless it marks an adjusted working day
// (调休上班): Apple's X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY, or a SUMMARY with 补班, 上班 or (班)
// as in the chinese-days and common Chinese holiday feeds. In a feed that marks its days with
// X-APPLE-SPECIAL-DAY, events without the mark are observances (妇女节…) and are skipped, as are
// cancelled events.
import { t } from '../i18n';
import { dayKey } from '../time/shanghai';
import { parseDayKey, shiftDayKey } from './day-key';
import type { FileDay } from './holiday-file';
import type { FileProblems } from './file-problems';

const WORKDAY_SUMMARY = /补班|上班|[(（]\s*班\s*[)）]/;
const APPLE_MARK = 'X-APPLE-SPECIAL-DAY';
const MAX_SPAN_DAYS = 31;
const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;
const DURATION_DAYS = /^P(?:(\d+)W|(\d+)D)$/;

interface Property {
  name: string;
  value: string;
}

interface IcsEvent {
  line: number;
  props: Map<string, string>;
}

/** Content lines with folded continuations joined, each with the number of its first line. */
function contentLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const last = out[out.length - 1];
    if (last && (raw.startsWith(' ') || raw.startsWith('\t'))) last.text += raw.slice(1);
    else if (raw !== '') out.push({ line: i + 1, text: raw });
  });
  return out;
}

function property(text: string): Property {
  const colon = text.indexOf(':');
  const head = colon < 0 ? text : text.slice(0, colon);
  return { name: head.split(';')[0]!.toUpperCase(), value: colon < 0 ? '' : text.slice(colon + 1) };
}

const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c)).trim();

function events(text: string, problems: FileProblems): IcsEvent[] {
  const found: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  let nested = 0;
  for (const { line, text: content } of contentLines(text)) {
    const { name, value } = property(content);
    const component = value.trim().toUpperCase();
    if (name === 'BEGIN' && component === 'VEVENT') {
      if (current) problems.add(t('calIcsUnclosed', current.line));
      current = { line, props: new Map() };
      nested = 0;
    } else if (name === 'END' && component === 'VEVENT' && current) {
      found.push(current);
      current = null;
    } else if (current && name === 'BEGIN') nested++;
    else if (current && name === 'END') nested--;
    else if (current && nested === 0 && !current.props.has(name)) current.props.set(name, value);
  }
  if (current) problems.add(t('calIcsUnclosed', current.line));
  return found;
}

/** The Shanghai day of a DATE or DATE-TIME value and whether it is a time after midnight; null unless a real date. */
function dayOf(value: string): { day: string; afterMidnight: boolean } | null {
  const m = DATE_VALUE.exec(value.trim());
  if (!m) return null;
  const [, year, month, day, hour = '0', minute = '0', second = '0', utc] = m as unknown as string[];
  const written = `${year}-${month}-${day}`;
  try {
    parseDayKey(written);
  } catch {
    return null;
  }
  const clock = Number(hour) * 3600 + Number(minute) * 60 + Number(second);
  // A UTC time is turned into the Shanghai day; a floating or zoned time is taken as written.
  const shanghai = utc ? dayKey(Date.UTC(Number(year), Number(month) - 1, Number(day)) + clock * 1000) : written;
  return { day: shanghai, afterMidnight: clock > 0 };
}

function eventDays(event: IcsEvent, problems: FileProblems): string[] {
  const where = t('calIcsEvent', event.line);
  const startText = event.props.get('DTSTART');
  if (startText === undefined) {
    problems.add(t('calIcsNoStart', where));
    return [];
  }
  const start = dayOf(startText);
  if (!start) {
    problems.add(t('calIcsBadDate', where, 'DTSTART', startText.slice(0, 30)));
    return [];
  }
  let span = 1;
  const endText = event.props.get('DTEND');
  const durationText = event.props.get('DURATION');
  if (endText !== undefined) {
    const end = dayOf(endText);
    if (!end) {
      problems.add(t('calIcsBadDate', where, 'DTEND', endText.slice(0, 30)));
      return [];
    }
    // DTEND is exclusive: the day it names counts only when the event runs into it.
    span = Math.max(1, Math.round((Date.parse(end.day) - Date.parse(start.day)) / 86_400_000) + (end.afterMidnight ? 1 : 0));
    if (end.day < start.day) problems.add(t('calIcsEndBefore', where));
  } else if (durationText !== undefined) {
    const m = DURATION_DAYS.exec(durationText.trim());
    if (!m) {
      problems.add(t('calIcsBadDuration', where, durationText.slice(0, 30)));
      return [];
    }
    span = m[1] ? Number(m[1]) * 7 : Number(m[2]);
  }
  if (span > MAX_SPAN_DAYS) {
    problems.add(t('calIcsLong', where, span, MAX_SPAN_DAYS));
    return [];
  }
  return Array.from({ length: span }, (_, i) => shiftDayKey(start.day, i));
}

export function daysFromIcs(text: string, problems: FileProblems): FileDay[] {
  const all = events(text, problems);
  const appleMarked = all.some((e) => e.props.has(APPLE_MARK));
  const days: FileDay[] = [];
  for (const event of all) {
    if (event.props.get('STATUS')?.trim().toUpperCase() === 'CANCELLED') continue;
    const mark = event.props.get(APPLE_MARK)?.trim().toUpperCase();
    const name = unescapeText(event.props.get('SUMMARY') ?? '');
    const work = mark === 'ALTERNATE-WORKDAY' || (!mark && WORKDAY_SUMMARY.test(name));
    if (appleMarked && !mark) continue;
    if (event.props.has('RRULE')) {
      problems.add(t('calIcsRepeat', t('calIcsEvent', event.line)));
      continue;
    }
    const where = t('calIcsEvent', event.line);
    for (const day of eventDays(event, problems)) days.push({ day, kind: work ? 'work' : 'off', name, where });
  }
  return days;
}
