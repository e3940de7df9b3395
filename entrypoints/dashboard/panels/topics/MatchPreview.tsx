import { useMemo, useState } from 'preact/hooks';
import type { Topic } from '@/utils/settings/types';
import { compileRules, createMatcher } from '@/utils/matching/compile';
import { t } from '@/utils/i18n';
import { useExpandVariants } from './use-expand-variants';

/** Paste a post's text and see which topics it would be marked with, and which words hit. */
export function MatchPreview({ topics }: { topics: Topic[] }) {
  const [text, setText] = useState('');
  const expandVariants = useExpandVariants();
  const rules = useMemo(() => (expandVariants ? compileRules(topics, expandVariants) : null), [topics, expandVariants]);
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
    </section>
  );
}
