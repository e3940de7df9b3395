import { render } from 'preact';
import { followLoadedHolidays } from '@/utils/deadline/calendar-store';
import { DashboardApp } from './DashboardApp';

// Deadlines computed on this page (ledger actions) use the holiday data the user loaded.
followLoadedHolidays();
render(<DashboardApp />, document.getElementById('app')!);
