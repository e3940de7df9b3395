import type { ComponentType } from 'preact';
import type { MessageKey } from '@/utils/i18n';
import { LedgerPanel } from './panels/LedgerPanel';
import { StaffPanel } from './panels/StaffPanel';

export interface Route {
  id: string;
  label: MessageKey;
  Panel: ComponentType;
}

/** The dashboard's sections, in menu order; the URL hash selects one (e.g. `#ledger`). */
export const ROUTES: Route[] = [
  { id: 'ledger', label: 'navLedger', Panel: LedgerPanel },
  { id: 'staff', label: 'navStaff', Panel: StaffPanel },
];
