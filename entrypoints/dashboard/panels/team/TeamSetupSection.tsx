import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkedUsers, runSetup, type Outcome, type SetupStep } from '@/team/setup-steps.mjs';
import validateSource from '@/team/validate-doc-update.js?raw';
import { originPatternOf } from '@/utils/sites/enable-site';
import { errorText } from '@/utils/error-text';
import { t, type MessageKey } from '@/utils/i18n';

interface UserRow {
  name: string;
  password: string;
  office: boolean;
  department: string;
}

const SERVER_FIELDS: { name: 'url' | 'db' | 'admin'; label: MessageKey }[] = [
  { name: 'url', label: 'teamUrl' },
  { name: 'db', label: 'teamDb' },
  { name: 'admin', label: 'teamSetupAdmin' },
];

const OUTCOME_WORDS: Record<Outcome, MessageKey> = { created: 'teamSetupCreated', updated: 'teamSetupUpdated', unchanged: 'teamSetupUnchanged' };

const rolesOf = ({ office, department }: UserRow) => ['fw-member', office ? 'fw-office' : `fw-dept:${department.trim()}`];

/**
 * `[data-fw-team-setup]`: what `npm run team:setup` does, from the dashboard. The admin password is
 * used for this run only: the field is emptied on the click and the password is never stored.
 */
export function TeamSetupSection() {
  const [form, setForm] = useState({ url: '', db: 'forumwatch', admin: '', password: '' });
  const [users, setUsers] = useState<UserRow[]>([]);
  const [steps, setSteps] = useState<SetupStep[]>([]);
  const [result, setResult] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const english = t('teamSetupLabelLanguage') === 'en';

  const editUser = (index: number, change: Partial<UserRow>) => setUsers(users.map((u, i) => (i === index ? { ...u, ...change } : u)));

  function start() {
    setSteps([]);
    setResult(null);
    setProblem(null);
    const url = form.url.trim().replace(/\/+$/, '');
    const run = { url, db: form.db.trim(), admin: { name: form.admin.trim(), password: form.password } };
    if (!run.url || !run.db || !run.admin.name || !run.admin.password) return setProblem(t('teamSetupNeedFields'));
    const checked = originPatternOf(url);
    if (!/^https?:\/\/[^/]/i.test(url) || !checked.ok) return setProblem(t('teamBadUrl'));
    let team;
    try {
      team = checkedUsers(users.map((u) => ({ name: u.name.trim(), password: u.password, roles: rolesOf(u) })));
    } catch (err) {
      return setProblem(errorText(err));
    }
    // The prompt needs the click's user gesture: nothing may be awaited before it.
    const granted = browser.permissions.request({ origins: [checked.pattern] });
    setForm((f) => ({ ...f, password: '' }));
    setBusy(true);
    void (async () => {
      try {
        if (!(await granted)) return setProblem(t('teamRefused', new URL(url).host));
        const onStep = (step: SetupStep) => setSteps((done) => [...done, step]);
        const changed = await runSetup({ ...run, users: team, source: validateSource, onStep });
        setResult(t(changed ? 'teamSetupDone' : 'teamSetupNothingChanged'));
      } catch (err) {
        setProblem(t('teamFailed', errorText(err)));
      } finally {
        setBusy(false);
      }
    })();
  }

  return (
    <section class="fw-team-setup" data-fw-team-setup>
      <h2>{t('teamSetupTitle')}</h2>
      <p>{t('teamSetupHelp')}</p>
      <div class="fw-team-form">
        {SERVER_FIELDS.map(({ name, label }) => (
          <label key={name}>
            {t(label)}
            <input name={name} type="text" value={form[name]} onInput={(e) => setForm({ ...form, [name]: e.currentTarget.value })} />
          </label>
        ))}
        <label>
          {t('teamSetupAdminPassword')}
          <input name="adminPassword" type="password" autocomplete="off" value={form.password} onInput={(e) => setForm({ ...form, password: e.currentTarget.value })} />
        </label>
      </div>
      <h3>{t('teamSetupUsers')}</h3>
      {users.map((user, i) => (
        <div class="fw-team-setup-user" data-fw-setup-user key={i}>
          <label>
            {t('teamUser')}
            <input name="userName" type="text" value={user.name} onInput={(e) => editUser(i, { name: e.currentTarget.value })} />
          </label>
          <label>
            {t('teamSetupUserPassword')}
            <input name="userPassword" type="password" autocomplete="new-password" value={user.password} onInput={(e) => editUser(i, { password: e.currentTarget.value })} />
          </label>
          <label>
            {t('teamSetupRole')}
            <select name="userRole" value={user.office ? 'office' : 'department'} onChange={(e) => editUser(i, { office: e.currentTarget.value === 'office' })}>
              <option value="office">{t('teamSetupOffice')}</option>
              <option value="department">{t('teamSetupDepartment')}</option>
            </select>
          </label>
          {!user.office && (
            <label>
              {t('teamSetupDepartmentName')}
              <input name="userDepartment" type="text" value={user.department} onInput={(e) => editUser(i, { department: e.currentTarget.value })} />
            </label>
          )}
          <button type="button" onClick={() => setUsers(users.filter((_, j) => j !== i))}>{t('teamSetupRemoveUser')}</button>
        </div>
      ))}
      <div class="fw-toolbar">
        <button type="button" data-fw-action="team-setup-add-user" onClick={() => setUsers([...users, { name: '', password: '', office: true, department: '' }])}>
          {t('teamSetupAddUser')}
        </button>
        <button type="button" data-fw-action="team-setup" disabled={busy} onClick={start}>{t('teamSetupRun')}</button>
      </div>
      {steps.length > 0 && (
        <ol class="fw-team-setup-steps" data-fw-setup-steps>
          {steps.map((step, i) => (
            <li key={i} data-fw-setup-outcome={step.outcome}>{t('teamSetupStepLine', english ? step.en : step.zh, t(OUTCOME_WORDS[step.outcome]))}</li>
          ))}
        </ol>
      )}
      {result && <p data-fw-setup-result>{result}</p>}
      {problem && <p class="fw-error" data-fw-setup-problem>{problem}</p>}
    </section>
  );
}
