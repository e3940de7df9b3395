import { browser } from 'wxt/browser';
import { ledgerDb } from '@/utils/ledger/db';
import { openEntries } from '@/utils/ledger/queries';
import type { LedgerEntry } from '@/utils/ledger/types';
import { t, type MessageKey } from '@/utils/i18n';
import { useLiveQuery } from '@/components/use-live-query';
import { useNow } from '@/components/use-now';
import { LedgerItem } from '@/components/LedgerItem';
import { EntryActions } from '@/components/EntryActions';
import { useSettings } from '@/components/use-settings';
import type { Settings } from '@/utils/settings/types';
import { WorkCalendar } from '@/utils/deadline/calendar';
import { openInTab, openPost } from '@/components/open-tab';
import { useLoadedCalendar } from '@/components/use-loaded-calendar';
import { CalendarWarning } from '@/components/CalendarWarning';
import { RefreshButton } from '@/components/RefreshButton';
import { SetupPrompts } from './SetupPrompts';
import { PeriodNotice } from './PeriodNotice';
import { InboxSection } from './InboxSection';
import { NearbyFeed } from '@/components/NearbyFeed';
import { popupGroups } from './popup-groups';
import { TeamSummary } from './TeamSummary';
import { useSyncStatus } from '@/components/use-sync-status';

function Group({ title, entries, now, settings }: { title: MessageKey; entries: LedgerEntry[]; now: Date; settings: Settings | null }) {
  if (entries.length === 0) return null;
  return (
    <section class="fw-group" data-fw-group={title}>
      <h2>
        {t(title)} <span class="fw-count">{entries.length}</span>
      </h2>
      <ul>
        {entries.map((entry) => (
          <LedgerItem key={entry.key} entry={entry} now={now} onOpen={(e) => openPost(e.url)}>
            {settings && <EntryActions entry={entry} settings={settings} />}
          </LedgerItem>
        ))}
      </ul>
    </section>
  );
}

export function PopupApp() {
  const now = useNow(1000);
  const { value: entries, error } = useLiveQuery(() => openEntries(ledgerDb()));
  const groups = entries ? popupGroups(entries, now) : null;
  const { settings } = useSettings();
  const { ready, loaded, refresh } = useLoadedCalendar();
  const sync = useSyncStatus();
  const calendar = settings && ready ? new WorkCalendar(settings.calendar, loaded?.data ?? null) : null;
  const missingYears = calendar ? calendar.missingYears(now) : [];
  return (
    <main class="fw-popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenDashboard')}
        </button>
      </header>
      <SetupPrompts settings={settings} />
      {settings && calendar && <PeriodNotice periods={settings.warning.periods} calendar={calendar} now={now} />}
      {sync && <TeamSummary status={sync} settings={settings} list={(mine) => <Group title="popupAssignedToMe" entries={mine} now={now} settings={settings} />} />}
      <CalendarWarning years={missingYears} class="fw-warning">
        {refresh.address ? (
          <RefreshButton address={refresh.address} />
        ) : (
          // A file chooser would close the popup: the calendar page has it one click away.
          <button type="button" data-fw-action="calendar-load" onClick={() => openInTab(browser.runtime.getURL('/dashboard.html#calendar'))}>
            {t('calDataFile')}
          </button>
        )}
      </CalendarWarning>
      <InboxSection />
      <NearbyFeed />
      {error && <p class="fw-error">{error.message}</p>}
      {entries && entries.length === 0 && <p class="fw-empty">{t('popupEmpty')}</p>}
      {groups && (
        <>
          <Group title="popupOverdue" entries={groups.overdue} now={now} settings={settings} />
          <Group title="popupDueToday" entries={groups.today} now={now} settings={settings} />
          <Group title="popupOther" entries={groups.other} now={now} settings={settings} />
          <Group title="popupFollowing" entries={groups.following} now={now} settings={settings} />
        </>
      )}
    </main>
  );
}
