import { useEffect, useMemo, useState } from 'preact/hooks';
import { useSettings } from '@/components/use-settings';
import { useSyncStatus } from '@/components/use-sync-status';
import { notOffice } from '@/components/sync-words';
import { t } from '@/utils/i18n';
import { suggestDb } from '@/utils/suggest/sample-db';
import { suggestKeywords, type KeywordSuggestion } from '@/utils/suggest/suggest';
import { dismissedWords, dismissWord } from '@/utils/suggest/dismissed';
import { clearSeenSample } from '@/utils/suggest/seen-sample';
import { withKeyword } from '@/utils/suggest/add-keyword';
import { canSegment } from '@/utils/suggest/words';
import { useSuggestionInputs } from './use-suggestion-inputs';
import { useExpandVariants } from './use-expand-variants';

/**
 * 建议关键词: words frequent in captured posts and rare in posts seen but not captured.
 * A word joins a topic only on a click, saved like the topics themselves; members of a
 * shared ledger, whose topics the office publishes, see the suggestions without the button.
 */
export function KeywordSuggestions() {
  const { settings, save, status } = useSettings();
  const readOnly = notOffice(useSyncStatus()?.server?.roles);
  const { inputs, error, reload } = useSuggestionInputs();
  const expand = useExpandVariants();
  const [dismissed, setDismissed] = useState<Set<string> | null>(null);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // Unreadable dismissals hide nothing rather than hold up the suggestions.
    dismissedWords(suggestDb()).then(setDismissed, () => setDismissed(new Set()));
  }, []);
  const suggestions = useMemo(
    () => (settings && inputs && dismissed && expand ? suggestKeywords(inputs.captured, inputs.uncaptured, settings.topics, { dismissed, simplify: (word) => expand(word)[0]! }) : null),
    [settings, inputs, dismissed, expand],
  );
  if (!settings) return null;
  const topicOf = (s: KeywordSuggestion) => chosen[s.word] ?? s.topicId ?? settings.topics[0]?.id ?? '';
  async function add(s: KeywordSuggestion) {
    const result = withKeyword(settings!.topics, topicOf(s), s.word);
    setProblem(result.ok ? null : result.problem);
    if (result.ok) await save({ ...settings!, topics: result.topics });
  }
  async function dismiss(word: string) {
    await dismissWord(suggestDb(), word);
    setDismissed(new Set([...(dismissed ?? []), word]));
  }
  async function clearSample() {
    await clearSeenSample(suggestDb());
    reload();
  }
  return (
    <section class="fw-topic" data-fw-keyword-suggestions>
      <h2>{t('suggestTitle')}</h2>
      <p>{t('suggestHelp')}</p>
      {!canSegment && <p class="fw-error">{t('suggestNeedsSegmenter')}</p>}
      {error && <p class="fw-error">{t('loadFailed', error)}</p>}
      {!suggestions && !error && <p>{t('suggestLoading')}</p>}
      {suggestions && inputs && <p>{t('suggestBasis', inputs.captured.length, inputs.uncaptured.length)}</p>}
      {suggestions?.length === 0 && <p>{t('suggestNone')}</p>}
      {readOnly && suggestions && suggestions.length > 0 && <p class="fw-note">{t('suggestReadOnly')}</p>}
      {suggestions && suggestions.length > 0 && (
        <table class="fw-table">
          <tbody>
            {suggestions.map((s) => (
              <tr key={s.word} data-fw-suggestion={s.word}>
                <td><strong>{s.word}</strong></td>
                <td>{t('suggestCounts', s.captured, s.uncaptured)}</td>
                {!readOnly && (
                  <td>
                    <select name="topic" aria-label={t('suggestTopic')} value={topicOf(s)} onChange={(e) => setChosen({ ...chosen, [s.word]: e.currentTarget.value })}>
                      {settings.topics.map((topic) => <option key={topic.id} value={topic.id}>{topic.name}</option>)}
                    </select>{' '}
                    <button type="button" data-fw-action="suggestion-add" onClick={() => void add(s)}>{t('suggestAdd')}</button>
                  </td>
                )}
                <td><button type="button" data-fw-action="suggestion-dismiss" onClick={() => void dismiss(s.word)}>{t('suggestDismiss')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="fw-toolbar">
        <button type="button" data-fw-action="suggestion-clear-sample" onClick={() => void clearSample()}>{t('suggestClearSample')}</button>
        {(problem || status) && <span class={problem || !status?.ok ? 'fw-error' : 'fw-ok'}>{problem ?? status?.message}</span>}
      </div>
    </section>
  );
}
