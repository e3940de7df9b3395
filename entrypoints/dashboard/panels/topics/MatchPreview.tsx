import { useMemo, useState } from 'preact/hooks';
import type { Topic, WarningList, WarningLevel } from '@/utils/settings/types';
import { compileRules, createMatcher, type WarningHits } from '@/utils/matching/compile';
import { levelOf } from '@/utils/warning/level';
import { t, type MessageKey } from '@/utils/i18n';
import { useExpandVariants } from './use-expand-variants';

const LEVEL_NAMES: Record<WarningLevel, MessageKey> = { urgent: 'entryLevelUrgent', watch: 'entryLevelWatch', normal: 'entryLevelNormal' };

function PreviewLevel({ warning, threshold }: { warning: WarningHits; threshold: number }) {
  const level = levelOf(warning, threshold);
  const words = [...warning.urgent, ...warning.watch];
  return (
    <p data-fw-preview-level={level}>
      {t('topicPreviewLevel', t(LEVEL_NAMES[level]))}
      {words.length > 0 && <span class="fw-hits">（{words.join('、')}）</span>}
    </p>
  );
}

/** Paste a post's text and see which topics it would be marked with, which words hit, and its warning level. */
export function MatchPreview({ topics, warning }: { topics: Topic[]; warning: { lists: WarningList[]; watchThreshold: number } }) {
  const [text, setText] = useState('');
  const expandVariants = useExpandVariants();
  const rules = useMemo(() => (expandVariants ? compileRules(topics, expandVariants, warning.lists) : null), [topics, expandVariants, warning.lists]);
  const matcher = useMemo(() => (rules ? createMatcher(rules) : null), [rules]);
  const result = text && matcher ? matcher.match(text) : null;
  const names = new Map(topics.map((x) => [x.id, x.name]));
  return (
    <section class="fw-preview">
      <h2>{t('topicPreview')}</h2>
      {!rules && <p class="fw-note" data-fw-preview-loading>{t('topicPreviewLoading')}</p>}
      {rules && rules.problems.length > 0 && (
        <ul class="fw-error" data-fw-rule-problems>
          {rules.problems.map((p) => (
            <li key={p.topicId + p.source}>
              {names.get(p.topicId) ?? p.topicId}：{p.message}
            </li>
          ))}
        </ul>
      )}
      <textarea rows={4} placeholder={t('topicPreviewHint')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {result && (
        <p data-fw-preview-result>
          {result.topics.length ? result.topics.map((id) => names.get(id) ?? id).join('、') : t('topicPreviewNone')}
          {result.hits.length > 0 && <span class="fw-hits">（{result.hits.map((h) => text.slice(h.start, h.end)).join('、')}）</span>}
        </p>
      )}
      {result && result.topics.length > 0 && <PreviewLevel warning={result.warning} threshold={warning.watchThreshold} />}
    </section>
  );
}
