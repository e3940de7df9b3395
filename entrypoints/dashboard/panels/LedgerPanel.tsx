import { useState } from 'preact/hooks';
import { ledgerDb } from '@/utils/ledger/db';
import { departmentChoices } from '@/utils/ledger/departments';
import { facetValues, loadFacets } from '@/utils/ledger/facet-count';
import { DEFAULT_SORT, EMPTY_FILTER, type LedgerFilter, type LedgerSort } from '@/utils/ledger/ledger-query';
import { t } from '@/utils/i18n';
import { useLiveQuery } from '@/components/use-live-query';
import { useSettings } from '@/components/use-settings';
import { FilterBar } from './ledger/FilterBar';
import { BulkBar } from './ledger/BulkBar';
import { LedgerTable } from './ledger/LedgerTable';
import { EntryDetails } from './ledger/EntryDetails';
import { ManualEntryForm } from './ledger/ManualEntryForm';
import { HotTopics } from './ledger/HotTopics';
import { useLedgerKeys } from './ledger/use-ledger-keys';
import { TalliesNotice, useTallies } from './ledger/TalliesNotice';
import { ALL_MATCHING, NO_SELECTION, selectedCount, selectedKeys, toggle, type Selection } from './ledger/selection';
import './ledger/ledger.css';

/**
 * Sites and departments that occur in the ledger, from the tallies; without them, read from
 * the indexes' distinct keys only once a list is opened: at 100,000 entries that walk costs about a second.
 */
function useLedgerValues(wanted: boolean) {
  const { value } = useLiveQuery(async () => {
    const db = ledgerDb();
    const facets = await loadFacets(db);
    if (facets) return facetValues(facets);
    if (!wanted) return { sites: [], departments: [] };
    const [sites, departments] = await Promise.all([db.entries.orderBy('site').uniqueKeys(), db.entries.orderBy('department').uniqueKeys()]);
    return { sites: sites.map(String), departments: departments.map(String) };
  }, [wanted]);
  return value ?? { sites: [], departments: [] };
}

/** The 台账: search, filters, sort, a windowed table, bulk actions and the entry's details. */
export function LedgerPanel() {
  const { settings } = useSettings();
  const [filter, setFilter] = useState<LedgerFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<LedgerSort>(DEFAULT_SORT);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [bulkBusy, setBulkBusy] = useState(false);
  const [valuesWanted, setValuesWanted] = useState(false);
  const values = useLedgerValues(valuesWanted);
  const tallies = useTallies();
  const result = useLedgerKeys(filter, sort, bulkBusy || tallies.building);
  if (!settings) return null;

  const keys = result.keys ?? [];
  const count = selectedCount(selection, keys);
  const changeQuery = (next: () => void) => {
    next();
    setSelection(NO_SELECTION);
  };
  const departments = [...new Set([...departmentChoices(settings), ...values.departments, filter.department].filter(Boolean))];
  const sites = [...new Set([...values.sites, filter.site].filter(Boolean))];
  return (
    <section class="fw-ledger-panel">
      <h1>{t('navLedger')}</h1>
      <TalliesNotice state={tallies} />
      <ManualEntryForm settings={settings} />
      <HotTopics settings={settings} />
      <FilterBar
        filter={filter}
        sort={sort}
        settings={settings}
        sites={sites}
        departments={departments}
        onNeedValues={() => setValuesWanted(true)}
        onFilter={(f) => changeQuery(() => setFilter(f))}
        onSort={(s) => changeQuery(() => setSort(s))}
      />
      <div class="fw-toolbar">
        <span aria-live="polite">
          {result.keys === null ? t('ledgerLoading') : result.total === null ? t('ledgerCounting') : t('ledgerMatching', result.total)}
        </span>
        {result.scanned && <span>{t('ledgerSearching', result.scanned.done, result.scanned.total)}</span>}
        <label>
          <input
            type="checkbox"
            data-fw-select-all
            checked={selection.allMatching && selection.keys.size === 0}
            disabled={result.busy || keys.length === 0}
            onChange={(e) => setSelection(e.currentTarget.checked ? ALL_MATCHING : NO_SELECTION)}
          />
          {t('ledgerSelectAllMatching', result.total ?? '…')}
        </label>
      </div>
      <BulkBar settings={settings} count={count} selected={() => selectedKeys(selection, keys)} onBusy={setBulkBusy} onDone={() => setSelection(NO_SELECTION)} />
      {result.error && <p class="fw-error" role="alert">{result.error}</p>}
      <div
        class="fw-ledger-layout"
        data-fw-ledger
        data-fw-ledger-shown={result.shown}
        data-fw-ledger-count={result.total ?? ''}
        aria-busy={result.busy || result.keys === null}
      >
        <LedgerTable
          key={result.shown}
          keys={keys}
          settings={settings}
          selection={selection}
          openKey={openKey}
          onToggle={(key) => setSelection((s) => toggle(s, key))}
          onOpen={setOpenKey}
          onRowsShown={result.rowsShown}
        />
        {openKey && <EntryDetails entryKey={openKey} settings={settings} onClose={() => setOpenKey(null)} />}
      </div>
    </section>
  );
}
