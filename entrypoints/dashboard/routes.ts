import type { ComponentType } from 'preact';
import type { MessageKey } from '@/utils/i18n';
import { LedgerPanel } from './panels/LedgerPanel';
import { StatsPanel } from './panels/StatsPanel';
import { TransferPanel } from './panels/TransferPanel';
import { SitesPanel } from './panels/SitesPanel';
import { StaffPanel } from './panels/StaffPanel';
import { TopicsPanel } from './panels/TopicsPanel';
import { WarningPanel } from './panels/WarningPanel';
import { CalendarPanel } from './panels/CalendarPanel';
import { TemplatesPanel } from './panels/TemplatesPanel';
import { WatchPanel } from './panels/WatchPanel';
import { TeamPanel } from './panels/TeamPanel';

export interface Route {
  id: string;
  label: MessageKey;
  Panel: ComponentType;
}

/** The dashboard's sections, in menu order; the URL hash selects one (e.g. `#ledger`). */
export const ROUTES: Route[] = [
  // Daily work first, then what the office sets up once.
  { id: 'ledger', label: 'navLedger', Panel: LedgerPanel },
  { id: 'stats', label: 'navStats', Panel: StatsPanel },
  { id: 'templates', label: 'navTemplates', Panel: TemplatesPanel },
  { id: 'topics', label: 'navTopics', Panel: TopicsPanel },
  { id: 'warning', label: 'navWarning', Panel: WarningPanel },
  { id: 'sites', label: 'navSites', Panel: SitesPanel },
  { id: 'watch', label: 'navWatch', Panel: WatchPanel },
  { id: 'staff', label: 'navStaff', Panel: StaffPanel },
  { id: 'calendar', label: 'navCalendar', Panel: CalendarPanel },
  { id: 'transfer', label: 'navTransfer', Panel: TransferPanel },
  { id: 'team', label: 'navTeam', Panel: TeamPanel },
];
