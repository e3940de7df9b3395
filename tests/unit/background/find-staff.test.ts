import { describe, expect, it } from 'vitest';
import { findStaff } from '@/utils/settings/staff';
import type { StaffMember } from '@/utils/settings/types';

const staff: StaffMember[] = [
  { id: 'office', person: '局办公室', department: '局办公室', phone: '', official: true, accounts: [{ site: '*', name: '岱山建设', uid: '2' }] },
  { id: 'szs', person: '老李', department: '市政所', phone: '', official: false, accounts: [{ site: 'bbs.a.cn', name: '市政所老李', uid: null }] },
  { id: 'cjk', person: '小王', department: '城建科', phone: '', official: false, accounts: [{ site: '*', name: '小王', uid: '9' }] },
];

describe('finding the staff member behind a post', () => {
  it('matches by uid first, whatever the name shows', () => {
    expect(findStaff(staff, 'bbs.a.cn', '岱山建设（改名）', '2')?.department).toBe('局办公室');
  });

  it('matches a name exactly, and only on the account’s own site', () => {
    expect(findStaff(staff, 'bbs.a.cn', '市政所老李', '40')?.department).toBe('市政所');
    expect(findStaff(staff, 'bbs.b.cn', '市政所老李', '40')).toBeNull();
    expect(findStaff(staff, 'bbs.a.cn', '建设路老王', '15')).toBeNull();
  });

  it('does not take a netizen who chose a staff name but has another uid', () => {
    expect(findStaff(staff, 'bbs.a.cn', '岱山建设', '77')).toBeNull();
  });
});
