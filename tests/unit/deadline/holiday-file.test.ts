import { describe, expect, it } from 'vitest';
import builtIn from 'chinese-days/dist/chinese-days.json';
import { MAX_CALENDAR_BYTES, readHolidayFile, readHolidayText } from '../../../utils/deadline/holiday-file';
import { coveredYears } from '../../../utils/deadline/holiday-data';
import { CHINESE_DAYS_2027, ICS_2027 } from './calendar-2027';

const problemsOf = (text: string) => {
  try {
    readHolidayText(text);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected the file to be refused');
};

describe('holiday files in the chinese-days format', () => {
  it('reads the package’s own data file, every year of it', () => {
    const data = readHolidayText(JSON.stringify(builtIn));
    expect(data.holidays['2026-02-17']).toBe('春节');
    expect(coveredYears(data)).toEqual(coveredYears({ holidays: builtIn.holidays, workdays: builtIn.workdays }));
  });

  it('reads a year file, with its Chinese holiday names', () => {
    const data = readHolidayText(CHINESE_DAYS_2027);
    expect(data.holidays['2027-02-05']).toBe('春节');
    expect(data.workdays).toEqual({ '2027-02-20': '春节', '2027-10-09': '国庆节' });
    expect([...coveredYears(data)]).toEqual([2027]);
  });

  it('refuses broken JSON and the wrong shape', () => {
    expect(problemsOf('{"holidays": ')).toMatch(/^日历文件有 1 处问题，没有载入：不是有效的 JSON/);
    expect(problemsOf('{"holidays": []}')).toContain('应含 holidays 和 workdays 两个对象');
    expect(problemsOf('<html>not a calendar</html>')).toContain('不认识的文件格式');
  });

  it('names the first five problems and counts the rest', () => {
    const holidays: Record<string, unknown> = { '2027-01-01': '元旦' };
    for (let i = 1; i <= 7; i++) holidays[`2027-13-0${i}`] = '坏日子';
    const message = problemsOf(JSON.stringify({ holidays, workdays: {}, extra: 1 }));
    expect(message).toMatch(/^日历文件有 8 处问题/);
    expect(message).toContain('不认识的字段“extra”');
    expect(message).toContain('holidays：“2027-13-01”不是 YYYY-MM-DD 格式的真实日期');
    expect(message).toContain('；另有 3 处');
    expect(message).not.toContain('2027-13-05');
  });

  it('refuses dates outside 2000–2100, non-text names, a day both off and worked, and absurd counts', () => {
    expect(problemsOf(JSON.stringify({ holidays: { '2027-01-01': '元旦', '2101-01-01': '元旦' }, workdays: {} }))).toContain('2101-01-01 不在 2000—2100 年之间');
    expect(problemsOf(JSON.stringify({ holidays: { '2027-01-01': 1 }, workdays: {} }))).toContain('holidays 里有一天的名称不是文字');
    expect(problemsOf(JSON.stringify({ holidays: { '2027-01-01': '元旦' }, workdays: { '2027-01-01': '元旦' } }))).toContain('2027-01-01 既是休息日又是上班日');
    const everyDay = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10), '假']));
    expect(problemsOf(JSON.stringify({ holidays: everyDay, workdays: {} }))).toContain('2027 年列了 200 个休息日（最多 100 个）');
  });

  it('refuses data without any New Year’s Day, which cannot be a year’s schedule', () => {
    expect(problemsOf(JSON.stringify({ holidays: { '2027-12-31': '元旦' }, workdays: {} }))).toContain('没有任何一年的元旦');
  });
});

describe('holiday files in ICS', () => {
  it('reads day-off spans (DTEND exclusive) and 补班 / 上班 events as working days', () => {
    const data = readHolidayText(ICS_2027);
    expect(Object.keys(data.holidays).filter((d) => d.startsWith('2027-02'))).toEqual([
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13',
    ]);
    expect(Object.keys(data.workdays)).toEqual(['2027-02-20', '2027-10-09']);
    expect(data.holidays['2027-01-03']).toBe('元旦(休)');
    expect(data.holidays['2027-01-04']).toBeUndefined();
  });

  it('reads the feed shipped with chinese-days, folded lines and Apple marks included', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile('node_modules/chinese-days/dist/holidays.ics', 'utf8');
    const data = readHolidayText(text);
    expect(data.holidays['2026-02-23']).toBe('春节(休)');
    expect(data.workdays['2026-02-14']).toBe('春节(班)');
    expect(Object.keys(data.workdays).filter((d) => d.startsWith('2026'))).toEqual(
      Object.keys(builtIn.workdays).filter((d) => d.startsWith('2026')),
    );
  });

  it('skips observances in a feed that marks its days off, and cancelled events', () => {
    const apple = ICS_2027.replace('SUMMARY:元旦(休)', 'SUMMARY:元旦\r\nX-APPLE-SPECIAL-DAY:WORK-HOLIDAY')
      .replace('SUMMARY:春节补班', 'SUMMARY:补班\r\nX-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY')
      .replace('END:VCALENDAR', 'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270308\r\nSUMMARY:妇女节\r\nEND:VEVENT\r\nEND:VCALENDAR');
    const data = readHolidayText(apple);
    expect(data.holidays['2027-01-01']).toBe('元旦');
    expect(data.workdays['2027-02-20']).toBe('补班');
    expect(data.holidays['2027-03-08']).toBeUndefined();
    expect(data.holidays['2027-02-05']).toBeUndefined(); // unmarked in a marked feed
    const cancelled = ICS_2027.replace('SUMMARY:国庆节(休)', 'SUMMARY:国庆节(休)\r\nSTATUS:CANCELLED');
    expect(readHolidayText(cancelled).holidays['2027-10-01']).toBeUndefined();
  });

  it('turns a UTC start into the Shanghai day', () => {
    const utc = ICS_2027.replace('DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270104', 'DTSTART:20261231T160000Z');
    const data = readHolidayText(utc);
    expect(data.holidays['2027-01-01']).toBe('元旦(休)');
    expect(data.holidays['2027-01-02']).toBeUndefined();
  });

  it('names hostile events by their line: no date, bad date, repeats, endless spans, unclosed', () => {
    const bad = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT', 'SUMMARY:无日期', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:2027-01-01', 'SUMMARY:坏日期', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270101', 'RRULE:FREQ=YEARLY', 'SUMMARY:元旦', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20280101', 'SUMMARY:全年休', 'END:VEVENT',
      'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270101',
      'END:VCALENDAR',
    ].join('\n');
    const message = problemsOf(bad);
    expect(message).toMatch(/^日历文件有 5 处问题/);
    expect(message).toContain('第 2 行的事件缺少日期（DTSTART）');
    expect(message).toContain('第 5 行的事件：DTSTART 应为日期（如 20270101），收到：2027-01-01');
    expect(message).toContain('第 9 行的事件是重复事件（RRULE）');
    expect(message).toContain('第 14 行的事件长达 365 天（最多 31 天）');
    expect(message).toContain('第 19 行的事件没有结束');
  });

  it('refuses dates that do not exist in DTSTART and DTEND instead of dropping the event', () => {
    const start = ICS_2027.replace('DTSTART;VALUE=DATE:20270220', 'DTSTART;VALUE=DATE:20270230');
    expect(problemsOf(start)).toContain('DTSTART 应为日期（如 20270101），收到：20270230');
    const end = ICS_2027.replace('DTEND;VALUE=DATE:20270214', 'DTEND;VALUE=DATE:20270231');
    expect(problemsOf(end)).toContain('DTEND 应为日期（如 20270101），收到：20270231');
  });
});

describe('the size limit', () => {
  it('is checked before the file is read', async () => {
    const huge = new Blob([CHINESE_DAYS_2027]);
    Object.defineProperty(huge, 'size', { value: MAX_CALENDAR_BYTES + 1 });
    huge.text = () => Promise.reject(new Error('read a file that is too big'));
    await expect(readHolidayFile(huge)).rejects.toThrow('日历文件太大（1001 kB），最大 1000 kB');
  });

  it('lets a file within it through', async () => {
    await expect(readHolidayFile(new Blob([CHINESE_DAYS_2027]))).resolves.toHaveProperty(['workdays', '2027-02-20'], '春节');
  });
});
