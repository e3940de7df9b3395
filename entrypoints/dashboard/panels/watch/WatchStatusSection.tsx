import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/messages';
import type { WatchStatus } from '@/utils/watch/state';
import type { SiteWatch } from '@/utils/watch/politeness';
import { formatShanghai, toShanghaiISO } from '@/utils/time/shanghai';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';

const HEALTH_NAMES = { ok: 'watchHealthOk', login: 'watchHealthLogin', error: 'watchHealthError' } as const;

const when = (ms: number | null) => (ms === null ? t('watchNever') : formatShanghai(ms));

function SiteRow({ site, watch }: { site: string; watch: SiteWatch }) {
  const pausedUntil = watch.backoffUntil !== null && watch.backoffUntil > Date.now() ? watch.backoffUntil : null;
  return (
    <tr data-fw-watch-site={site} data-fw-watch-health={watch.health}>
      <td>{site}</td>
      <td class={watch.health === 'ok' ? 'fw-ok' : 'fw-error'}>
        {t(HEALTH_NAMES[watch.health])}
        {watch.health === 'login' && <div class="fw-hint">{t('watchLoginHint')}</div>}
        {watch.detail && <div class="fw-hint">{watch.detail}</div>}
        {pausedUntil && <div class="fw-hint">{t('watchBackoff', formatShanghai(pausedUntil))}</div>}
      </td>
      <td>{when(watch.checkedAt)}</td>
    </tr>
  );
}

/** The watch's last and next round, per-site state, and 立即检查. */
export function WatchStatusSection() {
  const [status, setStatus] = useState<WatchStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('watchStatus', {}).then(setStatus, (err: unknown) => setError(errorText(err)));
  }, []);
  async function checkNow() {
    setBusy(true);
    setError(null);
    try {
      setStatus(await send('watchNow', {}));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  const sites = Object.entries(status?.sites ?? {});
  return (
    <div data-fw-watch-status data-fw-watch-last={status ? (status.lastRunAt === null ? '' : toShanghaiISO(status.lastRunAt)) : undefined}>
      <div class="fw-toolbar">
        <button type="button" data-fw-action="watch-now" disabled={busy} onClick={() => void checkNow()}>
          {busy ? t('watchRunning') : t('watchNow')}
        </button>
        {status && (
          <span>
            {t('watchLastRun', when(status.lastRunAt))}　{t('watchNextRun', when(status.nextRunAt))}　{t('watchThreads', String(status.threads))}
            {status.lastRound && <>　{t('watchLastRound', String(status.lastRound.requests), (status.lastRound.bytes / 1024).toFixed(0), (status.lastRound.ms / 1000).toFixed(0))}</>}
          </span>
        )}
        {error && <span class="fw-error">{error}</span>}
      </div>
      {sites.length === 0 ? (
        <p>{t('watchNoSites')}</p>
      ) : (
        <table class="fw-table">
          <thead>
            <tr>
              <th>{t('watchSite')}</th>
              <th>{t('watchState')}</th>
              <th>{t('watchCheckedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map(([site, watch]) => (
              <SiteRow key={site} site={site} watch={watch} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
