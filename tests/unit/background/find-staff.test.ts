import { afterEach, describe, expect, it, vi } from 'vitest';
import { findStaff } from '@/utils/settings/staff';
import { defaultSettings } from '@/utils/settings/defaults';
import type { StaffMember } from '@/utils/settings/types';

const staff: StaffMember[] = [
  { id: 'office', person: '局办公室', department: '局办公室', phone: '', official: true, accounts: [{ site: 'bbs.a.cn', name: '岱山建设', uid: '2' }] },
  { id: 'szs', person: '老李', department: '市政所', phone: '', official: false, accounts: [{ site: 'bbs.a.cn', name: '市政所老李', uid: null }] },
  { id: 'cjk', person: '小王', department: '城建科', phone: '', official: false, accounts: [{ site: '*', name: '小王', uid: '9' }] },
];

const on = (site: string, author: string, authorUid: string | null) => ({ site, author, authorUid });

describe('finding the staff member behind a post', () => {
  it('matches by uid first, whatever the name shows', () => {
    expect(findStaff(staff, on('bbs.a.cn', '岱山建设（改名）', '2'))?.department).toBe('局办公室');
  });

  it('matches a name exactly, and only on the account’s own site', () => {
    expect(findStaff(staff, on('bbs.a.cn', '市政所老李', '40'))?.department).toBe('市政所');
    expect(findStaff(staff, on('bbs.b.cn', '市政所老李', '40'))).toBeNull();
    expect(findStaff(staff, on('bbs.a.cn', '建设路老王', '15'))).toBeNull();
  });

  it('does not take a netizen who chose a staff name but has another uid', () => {
    expect(findStaff(staff, on('bbs.a.cn', '岱山建设', '77'))).toBeNull();
  });

  it('takes a uid only on the account’s own site: uid 2 elsewhere is someone else', () => {
    expect(findStaff(staff, on('bbs.b.cn', '岱山建设', '2'))).toBeNull();
  });

  it('never takes an account registered for every site (*), by uid or by name', () => {
    expect(findStaff(staff, on('bbs.a.cn', '小王', '9'))).toBeNull();
    expect(findStaff(staff, on('news.a.cn', '小王', null))).toBeNull();
  });

  it('on a site without uids compares the whole name the page shows, label and all', () => {
    const board = [{ ...staff[0]!, accounts: [{ site: 'gov.a.cn', name: '岱山建设', uid: null }] }];
    expect(findStaff(board, { site: 'gov.a.cn', author: '岱山建设', authorShown: '岱山建设', authorUid: null })?.id).toBe('office');
    expect(findStaff(board, { site: 'gov.a.cn', author: '岱山建设', authorShown: '网友：岱山建设', authorUid: null })).toBeNull();
  });
});

describe('the staff accounts a fresh install has', () => {
  afterEach(() => {
    vi.doUnmock('@/utils/build-kind');
    vi.resetModules();
  });

  it('marks no member of a real forum: uid 3 on bbs.example.cn is not 城建科', () => {
    const { staff: fresh } = defaultSettings();
    expect(findStaff(fresh, on('bbs.example.cn', '城建科小王', '3'))).toBeNull();
    expect(findStaff(fresh, on('bbs.example.cn', '岱山建设', null))).toBeNull();
  });

  it('knows the demo forum’s accounts on 127.0.0.1 and localhost, whatever the port', () => {
    const { staff: fresh } = defaultSettings();
    expect(findStaff(fresh, on('127.0.0.1:8090', '城建科小王', '3'))?.department).toBe('城建科');
    expect(findStaff(fresh, on('127.0.0.1:41873', '岱山建设', '2'))?.department).toBe('局办公室');
    expect(findStaff(fresh, on('localhost:8090', '市政所老李', '4'))?.department).toBe('市政所');
    expect(findStaff(fresh, on('127.0.0.2:8090', '城建科小王', '3'))).toBeNull();
  });

  it('has no staff at all in a store build', async () => {
    vi.resetModules();
    vi.doMock('@/utils/build-kind', () => ({ STORE_BUILD: true }));
    const storeDefaults = await import('@/utils/settings/defaults');
    expect(storeDefaults.defaultSettings().staff).toEqual([]);
  });
});
