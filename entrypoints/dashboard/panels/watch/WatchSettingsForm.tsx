import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import type { Settings } from '@/utils/settings/types';
import { useSettings } from '@/components/use-settings';
import { settingsSchema } from '@/utils/transfer/schema-settings';
import { issueMessages } from '@/utils/transfer/issues';
import { t } from '@/utils/i18n';

type Watch = Settings['watch'];

/** Why these watch settings cannot be saved, or null. */
function watchProblem(watch: Watch): string | null {
  const checked = v.safeParse(settingsSchema.entries.watch, watch);
  if (!checked.success) return issueMessages(checked.issues.slice(0, 1), ['watch'])[0]!;
  return watch.start < watch.end ? null : t('watchHoursOrder');
}

export function WatchSettingsForm() {
  const { settings, save, status } = useSettings();
  const [form, setForm] = useState<Watch | null>(null);
  useEffect(() => setForm((f) => f ?? settings?.watch ?? null), [settings]);
  if (!settings || !form) return null;
  const set = (part: Partial<Watch>) => setForm({ ...form, ...part });
  const problem = watchProblem(form);
  return (
    <div class="fw-watch-settings" data-fw-watch-settings>
      <h2>{t('watchSettings')}</h2>
      <div class="fw-toolbar">
        <label class="fw-field">
          {t('watchInterval')}
          <input type="number" name="intervalMinutes" min={5} max={1440} value={form.intervalMinutes} onInput={(e) => set({ intervalMinutes: e.currentTarget.valueAsNumber })} />
        </label>
        <label class="fw-field">
          {t('calFrom')}
          <input type="time" name="start" value={form.start} onInput={(e) => set({ start: e.currentTarget.value })} />
        </label>
        <label class="fw-field">
          {t('calTo')}
          <input type="time" name="end" value={form.end} onInput={(e) => set({ end: e.currentTarget.value })} />
        </label>
        <label class="fw-field">
          {t('watchDaysAfterReply')}
          <input type="number" name="daysAfterReply" min={0} max={365} value={form.daysAfterReply} onInput={(e) => set({ daysAfterReply: e.currentTarget.valueAsNumber })} />
        </label>
      </div>
      <label class="fw-check">
        <input type="checkbox" name="anyTime" checked={form.anyTime} onChange={(e) => set({ anyTime: e.currentTarget.checked })} />
        {t('watchAnyTime')}
      </label>
      <div class="fw-toolbar">
        <button type="button" data-fw-save disabled={problem !== null} onClick={() => void save({ ...settings, watch: { ...form, boards: settings.watch.boards } })}>
          {t('save')}
        </button>
        {problem && <span class="fw-error">{problem}</span>}
        {!problem && status && <span class={status.ok ? 'fw-ok' : 'fw-error'}>{status.message}</span>}
      </div>
    </div>
  );
}
