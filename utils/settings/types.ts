// Configuration kept in browser.storage.local (small; read by the content script at start).

export interface Topic {
  id: string;
  name: string;
  color: string;
  department: string;
  /** A post matches when it has any of these… */
  any: string[];
  /** …and all of these (when given)… */
  all: string[];
  /** …and none of these. */
  none: string[];
  /**
   * Words that alone say too little (开发商 named in a lift complaint): one counts only when the
   * post also has another word or expression of this topic, so two of them together count too.
   */
  weak?: string[];
  /** Optional regular expression sources, matched like `any`. */
  regex: string[];
}

export interface StaffAccount {
  /** Site host as in post keys, e.g. `bbs.example.cn` or `127.0.0.1:8080`; `*` for every site. */
  site: string;
  name: string;
  uid: string | null;
}

export interface StaffMember {
  id: string;
  person: string;
  department: string;
  phone: string;
  accounts: StaffAccount[];
  official: boolean;
}

export interface SlaPolicy {
  /** 'HH:MM': captured after this (or on a day off) → end of the next working day. */
  cutoff: string;
  /** First response within N working hours; 0 = off. */
  firstResponseHours: number;
  escalationDays: number;
  /** A netizen post after the staff reply restarts the clock. */
  restartOnFollowUp: boolean;
  /** A draft must be approved before it is inserted. */
  requireApproval: boolean;
}

export interface Template {
  id: string;
  name: string;
  topicId: string | null;
  body: string;
}

export interface SiteProfile {
  id: string;
  name: string;
  /** Origin pattern, e.g. `https://news.example.cn/*`. */
  match: string;
  adapter: 'discuz' | 'generic';
  selectors: {
    post: string;
    author: string;
    time: string;
    body: string;
    title: string;
    replyBox: string;
  } | null;
  enabled: boolean;
}

/** Words that tell how a netizen's post after a staff reply receives it (utils/reception). */
export interface ReceptionWords {
  /** Thanks and praise: 好评. */
  praise: string[];
  /** Not fixed, asked again, brushed off: 追问, which reopens the entry. */
  pushback: string[];
}

/** 舆情预警 levels: every match is 一般 (normal), 关注 (watch) or 紧急 (urgent). */
export type WarningLevel = 'normal' | 'watch' | 'urgent';
/** The levels a warning word list can raise a match to. */
export type RaisedLevel = Exclude<WarningLevel, 'normal'>;

/** Words that raise a match's level, e.g. safety (紧急) or media and escalation (关注). */
export interface WarningList {
  id: string;
  name: string;
  level: RaisedLevel;
  words: string[];
}

/** A time of extra vigilance (两会, 岁末年初, 新楼盘开盘…) and what it changes while active. */
export interface SensitivePeriod {
  id: string;
  name: string;
  /** First and last day: 'MM-DD' every year (from after to wraps over New Year), or 'YYYY-MM-DD' once. Unused when `holidays`. */
  from: string;
  to: string;
  /** Active on the calendar's public holidays (法定节假日) instead of a date range. */
  holidays: boolean;
  /** Extra patrol reminders on each day of the period ('HH:MM'). */
  patrolTimes: string[];
  /** Distinct 关注 words that make a match 关注 while active (0: every match); null keeps the usual threshold. */
  watchThreshold: number | null;
  /** A reply within N working hours of capture while active; null keeps the usual deadlines. */
  firstResponseHours: number | null;
}

export interface WarningSettings {
  lists: WarningList[];
  /** Distinct words from 关注 lists that make a match 关注. */
  watchThreshold: number;
  /** A 紧急 capture notifies at once, with the alert text ready to paste. */
  notifyUrgent: boolean;
  periods: SensitivePeriod[];
  /** At least `minEntries` entries sharing a topic and a place, captured within `days` days, make a 热点. */
  hot: { minEntries: number; days: number };
}

/** A watched board of another county's forum (周边) or of the same trade elsewhere (同行业): warnings, not replies. */
export type BoardKind = 'nearby' | 'trade';

/** Which open entries the toolbar badge counts: everyone's, my department's, or those I captured or acted on. */
export type BadgeScope = 'mine' | 'department' | 'office';

export interface Settings {
  version: 1;
  user: { name: string; department: string };
  /** Personal, like `user`: never part of what the office publishes. */
  badgeScope: BadgeScope;
  topics: Topic[];
  staff: StaffMember[];
  sites: SiteProfile[];
  templates: Template[];
  officialese: string[];
  reception: ReceptionWords;
  calendar: { extraHolidays: string[]; extraWorkdays: string[] };
  /** perLevel overlays the topic's policy for 关注 and 紧急 matches (a shorter first response wins). */
  sla: { default: SlaPolicy; perTopic: Record<string, Partial<SlaPolicy>>; perLevel: Partial<Record<RaisedLevel, Partial<SlaPolicy>>> };
  workingHours: { start: string; end: string };
  reminders: { patrolTimes: string[]; leadMinutes: number };
  /** The background watch: how often, within which hours (on working days), how long after a reply, and the board lists watched for new matching threads. */
  /** `boardKinds` marks watched boards whose matches go to 周边动态 instead of the office's inbox. */
  watch: {
    intervalMinutes: number;
    start: string;
    end: string;
    anyTime: boolean;
    daysAfterReply: number;
    boards: string[];
    boardKinds: Record<string, BoardKind>;
  };
  warning: WarningSettings;
}
