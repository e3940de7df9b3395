// A 2027 holiday schedule for tests (made up for the tests, in the published shape): 元旦 1–3 January,
// 春节 5–13 February with Saturday 20 February worked, 国庆节 1–7 October with Saturday 9 October worked.

const span = (from: string, days: number) =>
  Array.from({ length: days }, (_, i) => new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10));

const holidays: Record<string, string> = {};
for (const day of span('2027-01-01', 3)) holidays[day] = "New Year's Day,元旦,1";
for (const day of span('2027-02-05', 9)) holidays[day] = 'Spring Festival,春节,4';
for (const day of span('2027-10-01', 7)) holidays[day] = 'National Day,国庆节,3';

/** The chinese-days JSON format (dist/years/2027.json). */
export const CHINESE_DAYS_2027 = JSON.stringify({
  holidays,
  workdays: { '2027-02-20': 'Spring Festival,春节,4', '2027-10-09': 'National Day,国庆节,3' },
  inLieuDays: { '2027-02-11': 'Spring Festival,春节,4', '2027-02-12': 'Spring Festival,春节,4' },
});

const event = (start: string, end: string | null, summary: string) =>
  ['BEGIN:VEVENT', `DTSTART;VALUE=DATE:${start}`, ...(end ? [`DTEND;VALUE=DATE:${end}`] : []), `SUMMARY:${summary}`, 'END:VEVENT'];

/** The same schedule as an ICS feed: spans with exclusive DTEND, and 补班 / 上班 events. */
export const ICS_2027 = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//holidays//CN',
  ...event('20270101', '20270104', '元旦(休)'),
  ...event('20270205', '20270214', '春节 假期'),
  ...event('20270220', null, '春节补班'),
  ...event('20271001', '20271008', '国庆节(休)'),
  ...event('20271009', null, '国庆节 上班'),
  'END:VCALENDAR',
].join('\r\n');
