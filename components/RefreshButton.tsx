import { useState } from 'preact/hooks';
import { refreshFromAddress } from '@/utils/deadline/calendar-address';
import { t } from '@/utils/i18n';

/** 从单位地址更新: fetches the office's calendar now; the outcome shows beside the button (a failure also in storage). */
export function RefreshButton({ address }: { address: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'ok' | 'failed'>('idle');
  async function run() {
    setState('busy');
    setState((await refreshFromAddress(address)) === null ? 'ok' : 'failed');
  }
  return (
    <>
      <button type="button" data-fw-action="calendar-refresh" disabled={state === 'busy'} onClick={() => void run()}>
        {state === 'busy' ? t('calRefreshing') : t('calRefreshNow')}
      </button>
      {state === 'ok' && <span class="fw-ok"> {t('calRefreshOk')}</span>}
    </>
  );
}
