import { useEffect, useState } from 'preact/hooks';
import type { ReceptionWords } from '@/utils/settings/types';
import { useSettings } from '@/components/use-settings';
import { defaultReceptionWords } from '@/utils/reception/defaults';
import { t } from '@/utils/i18n';
import { formatWordList, parseWordList } from './word-list';

type Field = keyof ReceptionWords;

/** The 好评 and 追问 word lists that classify netizens' posts after a staff reply. */
export function ReceptionWordsSection() {
  const { settings, save, status } = useSettings();
  const [words, setWords] = useState<ReceptionWords | null>(null);
  const stored = settings ? JSON.stringify(settings.reception) : null;
  // Keyed by content: the echo of our own save arriving from storage must not wipe what is typed since.
  useEffect(() => setWords(settings?.reception ?? null), [stored]);
  if (!settings || !words) return null;
  const labels: Record<Field, string> = { praise: t('receptionPraiseWords'), pushback: t('receptionPushbackWords') };
  const dirty = JSON.stringify(words) !== stored;
  return (
    <section class="fw-topic" data-fw-reception-words>
      <h2>{t('receptionTitle')}</h2>
      <p>{t('receptionHelp')}</p>
      <div class="fw-topic-words">
        {(Object.keys(labels) as Field[]).map((field) => (
          <label key={field} class="fw-field">
            <span>{labels[field]}</span>
            <textarea rows={8} data-fw-reception-field={field} value={formatWordList(words[field])} onChange={(e) => setWords({ ...words, [field]: parseWordList(e.currentTarget.value) })} />
          </label>
        ))}
      </div>
      <div class="fw-toolbar">
        <button type="button" onClick={() => setWords(defaultReceptionWords())}>{t('receptionRestore')}</button>
        <button type="button" data-fw-reception-save disabled={!dirty} onClick={() => void save({ ...settings, reception: words })}>{t('save')}</button>
        {status && !dirty && <span class={status.ok ? 'fw-ok' : 'fw-error'}>{status.message}</span>}
      </div>
    </section>
  );
}
