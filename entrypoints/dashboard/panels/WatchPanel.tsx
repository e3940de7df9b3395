import { t } from '@/utils/i18n';
import { WatchStatusSection } from './watch/WatchStatusSection';
import { WatchSettingsForm } from './watch/WatchSettingsForm';
import { WatchedBoards } from './watch/WatchedBoards';
import { NearbyFeed } from '@/components/NearbyFeed';
import './watch/watch.css';

export function WatchPanel() {
  return (
    <section class="fw-watch">
      <h1>{t('navWatch')}</h1>
      <p>{t('watchHelp')}</p>
      <WatchStatusSection />
      <WatchedBoards />
      <NearbyFeed showEmpty />
      <WatchSettingsForm />
    </section>
  );
}
