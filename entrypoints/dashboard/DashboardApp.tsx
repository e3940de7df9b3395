import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { ROUTES } from './routes';
import { requestPersistence } from '@/utils/ledger/storage-info';
import { SettingsRepairBanner } from './SettingsRepairBanner';
import { IdentityLink } from './IdentityLink';

function currentRoute() {
  const id = location.hash.replace(/^#/, '').split('/')[0];
  return ROUTES.find((r) => r.id === id) ?? ROUTES[0]!;
}

export function DashboardApp() {
  const [route, setRoute] = useState(currentRoute);
  // Ask once per visit that the browser never evicts the ledger.
  useEffect(() => void requestPersistence(), []);
  useEffect(() => {
    const onHash = () => setRoute(currentRoute());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const { Panel } = route;
  return (
    <div class="fw-dashboard">
      <nav class="fw-nav">
        <strong class="fw-brand">{t('extName')}</strong>
        <IdentityLink />
        {ROUTES.map((r) => (
          <a key={r.id} href={`#${r.id}`} class={r.id === route.id ? 'active' : ''} data-fw-nav={r.id}>
            {t(r.label)}
          </a>
        ))}
      </nav>
      <main class="fw-main" data-fw-panel={route.id}>
        <SettingsRepairBanner />
        <Panel />
      </main>
    </div>
  );
}
