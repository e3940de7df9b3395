import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { BUILT_IN_YEARS, coveredYears } from '@/utils/deadline/holiday-data';
import { readHolidayFile } from '@/utils/deadline/holiday-file';
import { saveCalendarRefresh, saveLoadedCalendar, type CalendarRefresh, type LoadedCalendar } from '@/utils/deadline/calendar-store';
import { addressOrigin, addressProblem } from '@/utils/deadline/calendar-address';
import { formatShanghai, toShanghaiISO } from '@/utils/time/shanghai';
import { RefreshButton } from '@/components/RefreshButton';
import { requestOrigin } from '../sites/permissions';
import { yearsText } from './years-text';
import { errorText } from '@/utils/error-text';

interface Props {
  loaded: LoadedCalendar | null;
  refresh: CalendarRefresh;
  /** The file input, so the missing-year warning can open the chooser. */
  fileInput: RefObject<HTMLInputElement | null>;
}

type Outcome = { ok: boolean; message: string } | null;

const builtIn = [...BUILT_IN_YEARS];
const firstBuiltIn = Math.min(...builtIn);
const lastBuiltIn = Math.max(...builtIn);

function Source({ loaded }: { loaded: LoadedCalendar | null }) {
  if (!loaded) return <p data-fw-calendar-source="built-in">{t('calDataBuiltIn', firstBuiltIn, lastBuiltIn)}</p>;
  return (
    <p data-fw-calendar-source={loaded.source.kind}>
      {t('calDataLoaded', loaded.source.name, formatShanghai(loaded.loadedAt), yearsText(coveredYears(loaded.data)), firstBuiltIn, lastBuiltIn)}{' '}
      <button type="button" data-fw-action="calendar-built-in" onClick={() => void saveLoadedCalendar(null)}>
        {t('calDataUseBuiltIn')}
      </button>
    </p>
  );
}

/** `outcome` lives with the parent: saving the address re-creates this form. */
function AddressForm({ refresh, outcome, setOutcome }: { refresh: CalendarRefresh; outcome: Outcome; setOutcome(o: Outcome): void }) {
  const [address, setAddress] = useState(refresh.address ?? '');

  async function save() {
    const text = address.trim();
    const bad = text ? addressProblem(text) : null;
    if (bad) return setOutcome({ ok: false, message: bad });
    // The permission prompt needs the click's user gesture: ask before anything else is awaited.
    if (text && !(await requestOrigin(addressOrigin(text)).catch(() => false))) return setOutcome({ ok: false, message: t('calAddressDenied') });
    await saveCalendarRefresh({ address: text || null, lastError: null });
    setOutcome({ ok: true, message: t('calAddressSaved') });
  }

  return (
    <>
      <label class="fw-field">
        <span>{t('calAddress')}</span>
        <input type="url" name="calendarAddress" placeholder="https://" value={address} onInput={(e) => setAddress(e.currentTarget.value)} />
      </label>
      <div class="fw-toolbar">
        <button type="button" data-fw-action="calendar-address-save" onClick={() => void save()}>
          {t('calAddressSave')}
        </button>
        {refresh.address && <RefreshButton address={refresh.address} />}
        {outcome && <span class={outcome.ok ? 'fw-ok' : 'fw-error'}>{outcome.message}</span>}
      </div>
      {refresh.lastError && (
        <p class="fw-error" data-fw-calendar-refresh-error>
          {t('calRefreshFailed', formatShanghai(refresh.lastError.at), refresh.lastError.message)}
        </p>
      )}
    </>
  );
}

/** 节假日数据: which data the calendar uses, loading a newer file, the office's refresh address. */
export function HolidayDataSection({ loaded, refresh, fileInput }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [addressOutcome, setAddressOutcome] = useState<Outcome>(null);

  async function load(file: File) {
    try {
      const data = await readHolidayFile(file);
      await saveLoadedCalendar({ data, source: { kind: 'file', name: file.name }, loadedAt: toShanghaiISO(new Date()) });
      setOutcome({ ok: true, message: t('calDataLoadedOk', yearsText(coveredYears(data))) });
    } catch (err) {
      setOutcome({ ok: false, message: errorText(err) });
    }
  }

  return (
    <section class="fw-holiday-data" data-fw-holiday-data>
      <h2>{t('calDataTitle')}</h2>
      <Source loaded={loaded} />
      <p class="fw-hint">{t('calDataFileHelp')}</p>
      <div class="fw-toolbar">
        <label class="fw-file">
          <span>{t('calDataFile')}</span>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.ics,application/json,text/calendar"
            data-fw-calendar-file
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void load(file);
            }}
          />
        </label>
        {outcome && (
          <span class={outcome.ok ? 'fw-ok' : 'fw-error'} data-fw-calendar-load={outcome.ok ? 'ok' : 'failed'}>
            {outcome.message}
          </span>
        )}
      </div>
      {/* Keyed by the stored address, so the field shows it again once saved or changed elsewhere. */}
      <AddressForm key={refresh.address ?? ''} refresh={refresh} outcome={addressOutcome} setOutcome={setAddressOutcome} />
    </section>
  );
}
