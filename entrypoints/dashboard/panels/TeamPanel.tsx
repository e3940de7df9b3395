import { t } from '@/utils/i18n';
import { useSettings } from '@/components/use-settings';
import { useSyncStatus } from '@/components/use-sync-status';
import { SyncSection } from './team/SyncSection';
import { BadgeScopeSection } from './team/BadgeScopeSection';
import { TeamSetupSection } from './team/TeamSetupSection';
import './team/team.css';

/** 共享台账: the connection to the office's server, its sync state, what the badge counts, and the server's set-up. */
export function TeamPanel() {
  const { settings, save, status } = useSettings();
  const sync = useSyncStatus();
  return (
    <section class="fw-team">
      <h1>{t('navTeam')}</h1>
      <p>{t('teamHelp')}</p>
      {sync && <SyncSection status={sync} />}
      {settings && <BadgeScopeSection settings={settings} save={save} />}
      <TeamSetupSection />
      {status && !status.ok && <p class="fw-error">{status.message}</p>}
    </section>
  );
}
