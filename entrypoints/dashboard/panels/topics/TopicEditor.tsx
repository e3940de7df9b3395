import type { Topic } from '@/utils/settings/types';
import { t } from '@/utils/i18n';
import { formatWordList, parseLineList, parseWordList } from './word-list';

type ListField = 'any' | 'weak' | 'all' | 'none' | 'regex';

function WordsField({ topic, field, onChange }: { topic: Topic; field: ListField; onChange(t: Topic): void }) {
  const labels: Record<ListField, string> = { any: t('topicAny'), weak: t('topicWeak'), all: t('topicAll'), none: t('topicNone'), regex: t('topicRegex') };
  const parse = field === 'regex' ? parseLineList : parseWordList;
  return (
    <label class="fw-field">
      <span>{labels[field]}</span>
      <textarea rows={field === 'any' ? 6 : 3} data-fw-topic-field={field} value={formatWordList(topic[field] ?? [])} onChange={(e) => onChange({ ...topic, [field]: parse(e.currentTarget.value) })} />
    </label>
  );
}

export function TopicEditor({ topic, onChange, onRemove }: { topic: Topic; onChange(t: Topic): void; onRemove(): void }) {
  return (
    <fieldset class="fw-topic" data-fw-topic={topic.id}>
      <legend>
        <input type="color" value={topic.color} aria-label={t('topicColor')} onInput={(e) => onChange({ ...topic, color: e.currentTarget.value })} />
        <input value={topic.name} aria-label={t('topicName')} placeholder={t('topicNamePlaceholder')} onInput={(e) => onChange({ ...topic, name: e.currentTarget.value })} />
      </legend>
      <label class="fw-field">
        <span>{t('topicDepartment')}</span>
        <input value={topic.department} placeholder={t('topicDepartmentPlaceholder')} onInput={(e) => onChange({ ...topic, department: e.currentTarget.value })} />
      </label>
      <div class="fw-topic-words">
        <WordsField topic={topic} field="any" onChange={onChange} />
        <WordsField topic={topic} field="weak" onChange={onChange} />
        <WordsField topic={topic} field="all" onChange={onChange} />
        <WordsField topic={topic} field="none" onChange={onChange} />
        <WordsField topic={topic} field="regex" onChange={onChange} />
      </div>
      <button type="button" onClick={onRemove}>{t('remove')}</button>
    </fieldset>
  );
}
