import type { Topic } from '@/utils/settings/types';
import { PRESET_TOPICS } from '@/utils/settings/preset-topics';
import { t } from '@/utils/i18n';

/** More topics of a housing bureau, off by default: each is added as an editable copy. */
export function TopicPresets({ topics, onAdd }: { topics: Topic[]; onAdd: (topic: Topic) => void }) {
  return (
    <section class="fw-presets" data-fw-topic-presets>
      <h2>{t('topicPresets')}</h2>
      <p>{t('topicPresetsHelp')}</p>
      <ul>
        {PRESET_TOPICS.map(({ topic, description }) => {
          const added = topics.some((x) => x.id === topic.id);
          return (
            <li key={topic.id}>
              <strong>{topic.name}</strong>（{topic.department}）：{description}{' '}
              <button type="button" disabled={added} onClick={() => onAdd(structuredClone(topic))}>
                {added ? t('topicPresetAdded') : t('topicPresetAdd')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
