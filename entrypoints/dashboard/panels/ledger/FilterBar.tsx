import { STATUSES } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { EMPTY_FILTER, type LedgerFilter, type LedgerSort, type SortKey } from '@/utils/ledger/ledger-query';
import { statusLabel } from '@/utils/i18n/status';
import { t, type MessageKey } from '@/utils/i18n';
import { siteName } from '@/utils/sites/site-name';
import { LEVELS } from '@/utils/ledger/entry-level';
import { levelLabel } from '@/utils/i18n/level';

interface Props {
  filter: LedgerFilter;
  sort: LedgerSort;
  settings: Settings;
  sites: readonly string[];
  departments: readonly string[];
  onFilter(next: LedgerFilter): void;
  onSort(next: LedgerSort): void;
  /** The site or department list is about to open: read the values that occur in the ledger. */
  onNeedValues(): void;
}

const SORTS: { value: string; label: MessageKey; sort: LedgerSort }[] = [
  { value: '-capturedAt', label: 'ledgerSortNewest', sort: { key: 'capturedAt', desc: true } },
  { value: 'capturedAt', label: 'ledgerSortOldest', sort: { key: 'capturedAt', desc: false } },
  { value: 'dueAt', label: 'ledgerSortDueSoonest', sort: { key: 'dueAt', desc: false } },
  { value: '-dueAt', label: 'ledgerSortDueLatest', sort: { key: 'dueAt', desc: true } },
  { value: 'status', label: 'ledgerSortStatus', sort: { key: 'status', desc: false } },
];

const sortValue = (sort: LedgerSort) => `${sort.desc ? '-' : ''}${sort.key satisfies SortKey}`;

/** Search, filters and sort of the ledger table. */
export function FilterBar({ filter, sort, settings, sites, departments, onFilter, onSort, onNeedValues }: Props) {
  const set = <K extends keyof LedgerFilter>(name: K, value: LedgerFilter[K]) => onFilter({ ...filter, [name]: value });
  return (
    <div class="fw-toolbar fw-ledger-filters" role="search">
      <input
        type="search"
        data-fw-filter="search"
        placeholder={t('ledgerSearchPlaceholder')}
        aria-label={t('ledgerSearch')}
        value={filter.search}
        onInput={(e) => set('search', e.currentTarget.value)}
      />
      <select data-fw-filter="status" aria-label={t('colStatus')} value={filter.status} onChange={(e) => set('status', e.currentTarget.value as LedgerFilter['status'])}>
        <option value="">{t('ledgerAllStatuses')}</option>
        <option value="open">{t('ledgerOpenStatuses')}</option>
        {STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
      </select>
      <select data-fw-filter="topic" aria-label={t('ledgerColTopics')} value={filter.topic} onChange={(e) => set('topic', e.currentTarget.value)}>
        <option value="">{t('ledgerAllTopics')}</option>
        {settings.topics.map((topic) => <option key={topic.id} value={topic.id}>{topic.name}</option>)}
      </select>
      <select data-fw-filter="site" aria-label={t('ledgerColSite')} value={filter.site} onFocus={onNeedValues} onMouseDown={onNeedValues} onChange={(e) => set('site', e.currentTarget.value)}>
        <option value="">{t('ledgerAllSites')}</option>
        {sites.map((site) => <option key={site} value={site}>{siteName(settings.sites, site)}</option>)}
      </select>
      <select data-fw-filter="department" aria-label={t('ledgerColDepartment')} value={filter.department} onFocus={onNeedValues} onMouseDown={onNeedValues} onChange={(e) => set('department', e.currentTarget.value)}>
        <option value="">{t('ledgerAllDepartments')}</option>
        {departments.map((d) => <option key={d} value={d}>{d}</option>)}
      </select>
      <select data-fw-filter="level" aria-label={t('ledgerColLevel')} value={filter.level} onChange={(e) => set('level', e.currentTarget.value as LedgerFilter['level'])}>
        <option value="">{t('ledgerAllLevels')}</option>
        {LEVELS.map((level) => <option key={level} value={level}>{levelLabel(level)}</option>)}
      </select>
      <label>
        <input type="checkbox" data-fw-filter="overdue" checked={filter.overdue} onChange={(e) => set('overdue', e.currentTarget.checked)} />
        {t('ledgerOverdueOnly')}
      </label>
      <label>
        {t('ledgerCapturedFrom')}
        <input type="date" data-fw-filter="fromDay" value={filter.fromDay} onChange={(e) => set('fromDay', e.currentTarget.value)} />
      </label>
      <label>
        {t('ledgerCapturedTo')}
        <input type="date" data-fw-filter="toDay" value={filter.toDay} onChange={(e) => set('toDay', e.currentTarget.value)} />
      </label>
      <select data-fw-sort aria-label={t('ledgerSort')} value={sortValue(sort)} onChange={(e) => onSort(SORTS.find((s) => s.value === e.currentTarget.value)!.sort)}>
        {SORTS.map((s) => <option key={s.value} value={s.value}>{t(s.label)}</option>)}
      </select>
      <button type="button" onClick={() => onFilter(EMPTY_FILTER)}>{t('ledgerClearFilters')}</button>
    </div>
  );
}
