import { useEffect, useState } from 'preact/hooks';
import type { SiteProfile, StaffAccount, StaffMember } from '@/utils/settings/types';
import { useSettings } from '@/components/use-settings';
import { t } from '@/utils/i18n';
import { staffProblems } from '@/utils/settings/validate-staff';
import { isNameOnlySite } from '@/utils/settings/name-only-site';
import { OfficePublishedNote } from '@/components/OfficePublishedNote';
import { newId } from '@/utils/new-id';

const newAccount = (): StaffAccount => ({ site: '', name: '', uid: null });

function AccountRow({ account, nameOnly, onChange, onRemove }: { account: StaffAccount; nameOnly: boolean; onChange(a: StaffAccount): void; onRemove(): void }) {
  return (
    <>
      <div class="fw-account">
        <input aria-label={t('staffSite')} placeholder={t('staffSitePlaceholder')} value={account.site} onInput={(e) => onChange({ ...account, site: e.currentTarget.value.trim() })} />
        <input aria-label={t('staffAccountName')} placeholder={t('staffAccountName')} value={account.name} onInput={(e) => onChange({ ...account, name: e.currentTarget.value })} />
        <input aria-label="UID" placeholder={t('staffUidPlaceholder')} size={10} value={account.uid ?? ''} onInput={(e) => onChange({ ...account, uid: e.currentTarget.value.trim() || null })} />
        <button type="button" onClick={onRemove} data-fw-remove-account>{t('staffRemoveAccount')}</button>
      </div>
      {nameOnly && <p class="fw-error">{t('staffNameOnly')}</p>}
    </>
  );
}

function MemberRow({ member, sites, onChange, onRemove }: { member: StaffMember; sites: SiteProfile[]; onChange(m: StaffMember): void; onRemove(): void }) {
  const setAccount = (i: number, a: StaffAccount) => onChange({ ...member, accounts: member.accounts.map((x, j) => (j === i ? a : x)) });
  return (
    <tr data-fw-staff-member={member.id}>
      <td><input value={member.person} placeholder={t('staffPersonPlaceholder')} aria-label={t('staffPerson')} onInput={(e) => onChange({ ...member, person: e.currentTarget.value })} /></td>
      <td><input value={member.department} placeholder={t('topicDepartmentPlaceholder')} aria-label={t('staffDepartment')} onInput={(e) => onChange({ ...member, department: e.currentTarget.value })} /></td>
      <td><input value={member.phone} size={14} placeholder="0580-4470000" aria-label={t('staffPhone')} onInput={(e) => onChange({ ...member, phone: e.currentTarget.value })} /></td>
      <td><input type="checkbox" checked={member.official} onChange={(e) => onChange({ ...member, official: e.currentTarget.checked })} /></td>
      <td>
        {member.accounts.map((a, i) => (
          <AccountRow key={i} account={a} nameOnly={isNameOnlySite(a.site, sites)} onChange={(x) => setAccount(i, x)} onRemove={() => onChange({ ...member, accounts: member.accounts.filter((_, j) => j !== i) })} />
        ))}
        <button type="button" onClick={() => onChange({ ...member, accounts: [...member.accounts, newAccount()] })}>{t('staffAddAccount')}</button>
      </td>
      <td><button type="button" onClick={onRemove} data-fw-remove-member>{t('staffRemovePerson')}</button></td>
    </tr>
  );
}

/** People, departments and their registered forum accounts (网名), used for staff-reply detection. */
export function StaffPanel() {
  const { settings, save, status } = useSettings();
  const [staff, setStaff] = useState<StaffMember[]>([]);
  useEffect(() => setStaff(settings?.staff ?? []), [settings]);
  if (!settings) return null;
  const problems = staffProblems(staff);
  return (
    <section>
      <h1>{t('navStaff')}</h1>
      <OfficePublishedNote />
      <p>{t('staffHelp')}</p>
      <p>{t('staffSiteHelp')}</p>
      <table class="fw-table fw-form-table">
        <thead>
          <tr><th>{t('staffPerson')}</th><th>{t('staffDepartment')}</th><th>{t('staffPhone')}</th><th>{t('staffOfficial')}</th><th>{t('staffAccounts')}</th><th /></tr>
        </thead>
        <tbody>
          {staff.map((m, i) => (
            <MemberRow key={m.id} member={m} sites={settings.sites} onChange={(x) => setStaff(staff.map((y, j) => (j === i ? x : y)))} onRemove={() => setStaff(staff.filter((_, j) => j !== i))} />
          ))}
        </tbody>
      </table>
      <div class="fw-toolbar">
        <button type="button" onClick={() => setStaff([...staff, { id: newId('staff'), person: '', department: '', phone: '', official: false, accounts: [newAccount()] }])}>{t('staffAddMember')}</button>
        <button type="button" data-fw-save disabled={problems.length > 0} onClick={() => void save({ ...settings, staff })}>{t('save')}</button>
        {status && <span class={status.ok ? 'fw-ok' : 'fw-error'}>{status.message}</span>}
      </div>
      {problems.length > 0 && <ul class="fw-error">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
    </section>
  );
}
