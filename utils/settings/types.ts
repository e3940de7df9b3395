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
  sla: { default: SlaPolicy; perTopic: Record<string, Partial<SlaPolicy>> };
  workingHours: { start: string; end: string };
  reminders: { patrolTimes: string[]; leadMinutes: number };
  /** The background watch: how often, within which hours (on working days), how long after a reply, and the board lists watched for new matching threads. */
  watch: { intervalMinutes: number; start: string; end: string; anyTime: boolean; daysAfterReply: number; boards: string[] };
}
