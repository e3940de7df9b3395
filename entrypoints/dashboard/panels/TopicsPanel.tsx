import { useEffect, useState } from 'preact/hooks';
import type { Topic } from '@/utils/settings/types';
import { DEFAULT_TOPICS } from '@/utils/settings/default-topics';
import { useSettings } from '@/components/use-settings';
import { t } from '@/utils/i18n';
import { regexDangerMessage } from '@/utils/matching/regex-safety';
import { TopicEditor } from './topics/TopicEditor';
import { MatchPreview } from './topics/MatchPreview';
import { TopicPresets } from './topics/TopicPresets';
import { ReceptionWordsSection } from './topics/ReceptionWordsSection';
import { KeywordSuggestions } from './topics/KeywordSuggestions';
import { OfficePublishedNote } from '@/components/OfficePublishedNote';
import { newId } from '@/utils/new-id';

function topicProblems(topics: Topic[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  topics.forEach((topic, i) => {
    // Ids are internal: a topic is named by its name, or by its place when it has none yet.
    const label = topic.name.trim() || t('topicNumber', i + 1);
    if (!topic.name.trim()) problems.push(t('topicNeedsName', label));
    if (topic.any.length === 0 && topic.regex.length === 0) problems.push(t('topicNeedsWords', label));
    if (!/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(topic.color)) problems.push(t('topicBadColor', topic.name));
    for (const source of topic.regex) {
      const danger = regexDangerMessage(source);
      if (danger) problems.push(t('topicRegexRefused', label, danger));
    }
    if (ids.has(topic.id)) problems.push(t('topicDuplicateId', label));
    ids.add(topic.id);
  });
  return problems;
}

/** Topics (领域) and their keywords: what the forum pages are scanned for. */
export function TopicsPanel() {
  const { settings, save, status } = useSettings();
  const [topics, setTopics] = useState<Topic[]>([]);
  useEffect(() => setTopics(settings?.topics ?? []), [settings]);
  if (!settings) return null;
  const problems = topicProblems(topics);
  const addTopic = () =>
    setTopics([...topics, { id: newId('topic'), name: '', color: '#9334e6', department: '', any: [], all: [], none: [], regex: [] }]);
  return (
    <section>
      <h1>{t('navTopics')}</h1>
      <OfficePublishedNote />
      <p>{t('topicHelp')}</p>
      <MatchPreview topics={topics} warning={settings.warning} />
      {topics.map((topic, i) => (
        <TopicEditor key={topic.id} topic={topic} onChange={(x) => setTopics(topics.map((y, j) => (j === i ? x : y)))} onRemove={() => setTopics(topics.filter((_, j) => j !== i))} />
      ))}
      <TopicPresets topics={topics} onAdd={(topic) => setTopics([...topics, topic])} />
      <div class="fw-toolbar">
        <button type="button" onClick={addTopic}>{t('topicAdd')}</button>
        <button type="button" onClick={() => confirm(t('topicResetConfirm')) && setTopics(structuredClone(DEFAULT_TOPICS))}>{t('topicReset')}</button>
        <button type="button" data-fw-save disabled={problems.length > 0} onClick={() => void save({ ...settings, topics })}>{t('save')}</button>
        {status && <span class={status.ok ? 'fw-ok' : 'fw-error'}>{status.message}</span>}
      </div>
      {problems.length > 0 && <ul class="fw-error">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
      <KeywordSuggestions />
      <ReceptionWordsSection />
    </section>
  );
}
