import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../utils/settings/defaults';
import { SELF_STAFF_ID } from '../../../utils/settings/identity';
import type { Settings, StaffMember } from '../../../utils/settings/types';
import { sharedSettings, withSharedSettings } from '../../../utils/team/shared-settings';

const member = (id: string, person: string): StaffMember => ({ id, person, department: '城建科', phone: '', accounts: [{ site: 'bbs.example.cn', name: person, uid: null }], official: false });

function officeSettings(): Settings {
  const settings = defaultSettings();
  settings.user = { name: '办公室老李', department: '局办公室' };
  settings.staff = [member(SELF_STAFF_ID, '老李的论坛账号'), member('s1', '城建科小王')];
  settings.reminders = { patrolTimes: ['08:00'], leadMinutes: 90 };
  settings.calendar = { extraHolidays: ['2026-12-31'], extraWorkdays: [] };
  return settings;
}

describe('the office settings shared with members', () => {
  it('the published part leaves out who the user is, their own accounts and reminder times', () => {
    const shared = sharedSettings(officeSettings()) as Record<string, unknown>;
    expect(shared.user).toBeUndefined();
    expect(shared.reminders).toBeUndefined();
    expect(shared.badgeScope).toBeUndefined();
    expect((shared.staff as StaffMember[]).map((m) => m.id)).toEqual(['s1']);
    expect(shared.calendar).toEqual({ extraHolidays: ['2026-12-31'], extraWorkdays: [] });
  });

  it("a member takes the office's sections and keeps their identity, accounts and reminders", () => {
    const mine = defaultSettings();
    mine.user = { name: '城建科小王', department: '城建科' };
    mine.staff = [member(SELF_STAFF_ID, '小王的论坛账号')];
    mine.reminders = { patrolTimes: ['09:30'], leadMinutes: 30 };
    const received = withSharedSettings(mine, { ...sharedSettings(officeSettings()), topics: 'damaged' });
    expect(received.user).toEqual(mine.user);
    expect(received.reminders).toEqual(mine.reminders);
    expect(received.calendar.extraHolidays).toEqual(['2026-12-31']);
    expect(received.staff.map((m) => m.person)).toEqual(['城建科小王', '小王的论坛账号']);
    expect(received.topics).toEqual(mine.topics);
  });
});
