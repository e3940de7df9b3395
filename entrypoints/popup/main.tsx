import { render } from 'preact';
import { followLoadedHolidays } from '@/utils/deadline/calendar-store';
import { PopupApp } from './PopupApp';

// Deadlines computed on this page (ledger actions) use the holiday data the user loaded.
followLoadedHolidays();
render(<PopupApp />, document.getElementById('app')!);
