import { render } from 'preact';
import { followLoadedHolidays } from '@/utils/deadline/calendar-store';
import { holdTeamLive } from '@/components/team-live';
import { PopupApp } from './PopupApp';
import { refreshBadge } from '@/utils/ledger/paint-badge';

// Deadlines computed on this page (ledger actions) use the holiday data the user loaded.
followLoadedHolidays();
holdTeamLive();
// The badge counts what the popup lists, at the popup's moment: opening it repaints the badge.
void refreshBadge().catch(() => undefined);
render(<PopupApp />, document.getElementById('app')!);
