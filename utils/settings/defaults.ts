import type { Settings, StaffMember } from './types';
import { DEFAULT_TOPICS } from './default-topics';
import { DEFAULT_OFFICIALESE, DEFAULT_TEMPLATES } from '../templates/defaults';
import { DEFAULT_SLA, DEFAULT_WORKING_HOURS } from '../deadline/sla';
import { STORE_BUILD } from '../build-kind';
import { DEMO_SITE_PROFILES } from '../sites/local-demo';
import { defaultReceptionWords } from '../reception/defaults';
import { DEFAULT_LEVEL_SLA, defaultWarningSettings } from '../warning/defaults';

/** The local demo forum's origins, any port: the demo and the tests serve on several. */
const DEMO_SITES = ['127.0.0.1:*', 'localhost:*'];

const demoAccounts = (name: string, uid: string) => DEMO_SITES.map((site) => ({ site, name, uid }));

/** The bureau's own accounts on the local demo forum, so the demo works out of the box; no real forum has them. */
const DEMO_STAFF: StaffMember[] = [
  { id: 'office', person: '局办公室', department: '局办公室', phone: '0580-4470000', official: true, accounts: demoAccounts('岱山建设', '2') },
  { id: 'cjk', person: '小王', department: '城建科', phone: '0580-4471234', official: false, accounts: demoAccounts('城建科小王', '3') },
  { id: 'szs', person: '老李', department: '市政所', phone: '0580-4475678', official: false, accounts: demoAccounts('市政所老李', '4') },
];

export function defaultSettings(): Settings {
  return {
    version: 1,
    // Empty until the user says who they are (first-run page): the ledger then names them.
    user: { name: '', department: '' },
    badgeScope: 'office',
    topics: structuredClone(DEFAULT_TOPICS),
    staff: STORE_BUILD ? [] : structuredClone(DEMO_STAFF),
    sites: STORE_BUILD ? [] : structuredClone(DEMO_SITE_PROFILES),
    templates: structuredClone(DEFAULT_TEMPLATES),
    officialese: [...DEFAULT_OFFICIALESE],
    reception: defaultReceptionWords(),
    calendar: { extraHolidays: [], extraWorkdays: [] },
    sla: { default: { ...DEFAULT_SLA }, perTopic: {}, perLevel: structuredClone(DEFAULT_LEVEL_SLA) },
    workingHours: { ...DEFAULT_WORKING_HOURS },
    reminders: { patrolTimes: ['09:00', '14:30'], leadMinutes: 60 },
    watch: { intervalMinutes: 30, ...DEFAULT_WORKING_HOURS, anyTime: false, daysAfterReply: 14, boards: [], boardKinds: {} },
    warning: defaultWarningSettings(),
  };
}
