import { render } from 'preact';
import { followLoadedHolidays } from '@/utils/deadline/calendar-store';
import { holdTeamLive } from '@/components/team-live';
import { DashboardApp } from './DashboardApp';

// Deadlines computed on this page (ledger actions) use the holiday data the user loaded.
followLoadedHolidays();
holdTeamLive();
render(<DashboardApp />, document.getElementById('app')!);
