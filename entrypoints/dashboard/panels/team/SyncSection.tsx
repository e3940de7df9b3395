import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SyncStatus, TeamConnection } from '@/utils/team/sync-status';
import { insecureServerWarning } from '@/utils/team/insecure-server';
import { originPatternOf } from '@/utils/sites/enable-site';
import { send } from '@/utils/messages';
import { errorText } from '@/utils/error-text';
import { t, type MessageKey } from '@/utils/i18n';
import { SyncStatusView } from '@/components/SyncStatusView';

const FIELDS: { name: 'url' | 'db' | 'user'; label: MessageKey }[] = [
  { name: 'url', label: 'teamUrl' },
  { name: 'db', label: 'teamDb' },
  { name: 'user', label: 'teamUser' },
];

const isWebAddress = (url: string) => /^https?:\/\/[^/]/i.test(url.trim());

/**
 * `[data-fw-sync]`: the office's server and this user's account. Connect asks for the server's origin
 * on the click, then hands the account to the worker; the password field is emptied whatever the answer.
 */
export function SyncSection({ status }: { status: SyncStatus }) {
  const [form, setForm] = useState<TeamConnection>({ url: '', db: 'forumwatch', user: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { server } = status;
  useEffect(() => {
    if (server) setForm((f) => ({ ...f, url: server.url, db: server.db, user: server.user }));
  }, [server?.url, server?.db, server?.user]);
  const warning = insecureServerWarning(form.url.trim());
  const connected = status.state !== 'off';

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (err) {
      setProblem(t('teamFailed', errorText(err)));
    } finally {
      setBusy(false);
    }
  }

  function connect() {
    const connection = { url: form.url.trim().replace(/\/+$/, ''), db: form.db.trim(), user: form.user.trim(), password: form.password };
    if (!connection.url || !connection.db || !connection.user || !connection.password) return setProblem(t('teamNeedFields'));
    const checked = originPatternOf(connection.url);
    if (!isWebAddress(connection.url) || !checked.ok) return setProblem(t('teamBadUrl'));
    // The prompt needs the click's user gesture: nothing may be awaited before it.
    const granted = browser.permissions.request({ origins: [checked.pattern] });
    setForm((f) => ({ ...f, password: '' }));
    void run(async () => {
      if (!(await granted)) return setProblem(t('teamRefused', new URL(connection.url).host));
      await send('teamConnect', { connection });
    });
  }

  return (
    <section class="fw-team-sync" data-fw-sync>
      <SyncStatusView status={status} />
      <div class="fw-team-form">
        {FIELDS.map(({ name, label }) => (
          <label key={name}>
            {t(label)}
            <input name={name} type="text" placeholder={name === 'url' ? t('teamUrlPlaceholder') : undefined} value={form[name]} onInput={(e) => setForm({ ...form, [name]: e.currentTarget.value })} />
          </label>
        ))}
        <label>
          {t('teamPassword')}
          <input name="password" type="password" autocomplete="off" placeholder={t('teamPasswordHelp')} value={form.password} onInput={(e) => setForm({ ...form, password: e.currentTarget.value })} />
        </label>
      </div>
      {warning && <p class="fw-warning" data-fw-sync-warning>{warning}</p>}
      <div class="fw-toolbar">
        <button type="button" data-fw-action="sync-connect" disabled={busy} onClick={connect}>{t('teamConnect')}</button>
        <button type="button" data-fw-action="sync-now" disabled={busy || !connected} onClick={() => void run(() => send('teamSyncNow', {}))}>
          {t('teamSyncNow')}
        </button>
        <button type="button" data-fw-action="sync-disconnect" disabled={busy || !connected} onClick={() => void run(() => send('teamDisconnect', {}))}>
          {t('teamDisconnect')}
        </button>
        {server?.roles.includes('fw-office') && (
          <button type="button" data-fw-action="sync-publish" title={t('teamPublishHelp')} disabled={busy} onClick={() => void run(() => send('teamPublishSettings', {}))}>
            {t('teamPublish')}
          </button>
        )}
      </div>
      {problem && <p class="fw-error" data-fw-sync-problem>{problem}</p>}
    </section>
  );
}
