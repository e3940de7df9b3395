import { useEffect, useState } from 'preact/hooks';
import type { Settings, StaffAccount } from '@/utils/settings/types';
import { accountSite, ownAccounts, withIdentity } from '@/utils/settings/identity';
import { staffProblems } from '@/utils/settings/validate-staff';
import { departmentChoices } from '@/utils/ledger/departments';
import { saveSettings } from '@/utils/settings/store';
import { t } from '@/utils/i18n';
import { errorText } from '@/utils/error-text';


const blankAccount = (): StaffAccount => ({ site: '', name: '', uid: null });
const isBlank = (a: StaffAccount) => !a.site.trim() && !a.name.trim() && !a.uid?.trim();

function AccountRow({ account, onChange, onRemove }: { account: StaffAccount; onChange(a: StaffAccount): void; onRemove(): void }) {
  return (
    <div class="fw-row" data-fw-identity-account>
      <input value={account.site} size={26} placeholder={t('welcomeAccountSite')} aria-label={t('welcomeAccountSite')} onInput={(e) => onChange({ ...account, site: e.currentTarget.value })} data-fw-account-site />
      <input value={account.name} placeholder={t('welcomeAccountName')} aria-label={t('welcomeAccountName')} onInput={(e) => onChange({ ...account, name: e.currentTarget.value })} data-fw-account-name />
      <input value={account.uid ?? ''} size={13} placeholder={t('welcomeAccountUid')} aria-label={t('welcomeAccountUid')} onInput={(e) => onChange({ ...account, uid: e.currentTarget.value || null })} data-fw-account-uid />
      <button type="button" onClick={onRemove}>{t('welcomeAccountRemove')}</button>
    </div>
  );
}

/** 我是谁: the name the ledger's history records, the department, and the user's own forum accounts. */
export function IdentitySection({ settings }: { settings: Settings }) {
  const [name, setName] = useState(settings.user.name);
  const [department, setDepartment] = useState(settings.user.department);
  const storedAccounts = () => {
    const own = ownAccounts(settings);
    return own.length ? own : [blankAccount()];
  };
  const [accounts, setAccounts] = useState<StaffAccount[]>(storedAccounts);
  // An imported settings file may bring another identity: show what is stored now.
  const stored = JSON.stringify([settings.user, ownAccounts(settings)]);
  useEffect(() => {
    setName(settings.user.name);
    setDepartment(settings.user.department);
    setAccounts(storedAccounts());
  }, [stored]);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(ev: Event) {
    ev.preventDefault();
    const filled = accounts.filter((a) => !isBlank(a)).map((a) => ({ site: accountSite(a.site), name: a.name.trim(), uid: a.uid?.trim() || null }));
    const next = withIdentity(settings, { name, department, accounts: filled });
    const found = [...(name.trim() ? [] : [t('welcomeNeedName')]), ...(department.trim() ? [] : [t('welcomeNeedDepartment')]), ...staffProblems(next.staff)];
    setProblems(found);
    setSaved(null);
    if (found.length) return;
    try {
      await saveSettings(next);
      setSaved(next.user.name);
    } catch (err) {
      setProblems([t('saveFailed', errorText(err))]);
    }
  }

  const edit = (i: number, account: StaffAccount) => setAccounts(accounts.map((a, j) => (j === i ? account : a)));
  return (
    <section data-fw-welcome-section="identity">
      <h2>{t('welcomeIdentityTitle')}</h2>
      <p class="fw-note">{t('welcomeIdentityHelp')}</p>
      <form onSubmit={(ev) => void submit(ev)}>
        <div class="fw-row">
          <label class="fw-field">
            <span>{t('welcomeName')}</span>
            <input value={name} onInput={(e) => setName(e.currentTarget.value)} data-fw-identity-name />
          </label>
          <label class="fw-field">
            <span>{t('welcomeDepartment')}</span>
            <input value={department} list="fw-departments" onInput={(e) => setDepartment(e.currentTarget.value)} data-fw-identity-department />
          </label>
          <datalist id="fw-departments">
            {departmentChoices(settings).map((d) => <option key={d} value={d} />)}
          </datalist>
        </div>
        <h3 class="fw-field"><span>{t('welcomeAccounts')}</span></h3>
        {accounts.map((account, i) => (
          <AccountRow key={i} account={account} onChange={(a) => edit(i, a)} onRemove={() => setAccounts(accounts.filter((_, j) => j !== i))} />
        ))}
        <div class="fw-toolbar">
          <button type="button" onClick={() => setAccounts([...accounts, blankAccount()])}>{t('welcomeAccountAdd')}</button>
          <button type="submit" data-fw-identity-save>{t('welcomeIdentitySave')}</button>
        </div>
      </form>
      {problems.length > 0 && (
        <ul class="fw-error" data-fw-identity-problems>
          {problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
      {saved && <p class="fw-ok" data-fw-identity-saved>{t('welcomeIdentitySaved', saved)}</p>}
    </section>
  );
}
