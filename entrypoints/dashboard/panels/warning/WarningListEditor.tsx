import type { RaisedLevel } from '@/utils/settings/types';
import { t } from '@/utils/i18n';
import type { ListForm } from './warning-form';

/** One warning word list: its name, the level it raises a match to, its words. */
export function WarningListEditor({ list, onChange, onRemove }: { list: ListForm; onChange(l: ListForm): void; onRemove(): void }) {
  return (
    <fieldset class="fw-topic" data-fw-warning-list={list.id}>
      <div class="fw-toolbar">
        <label class="fw-field">
          <span>{t('warnFieldName')}</span>
          <input name="listName" value={list.name} onInput={(e) => onChange({ ...list, name: e.currentTarget.value })} />
        </label>
        <label class="fw-field">
          <span>{t('warnFieldLevel')}</span>
          <select name="listLevel" value={list.level} onChange={(e) => onChange({ ...list, level: e.currentTarget.value as RaisedLevel })}>
            <option value="watch">{t('entryLevelWatch')}</option>
            <option value="urgent">{t('entryLevelUrgent')}</option>
          </select>
        </label>
        <button type="button" onClick={onRemove}>{t('remove')}</button>
      </div>
      <label class="fw-field">
        <span>{t('warnFieldWords')}</span>
        <textarea rows={4} name="listWords" value={list.words} onInput={(e) => onChange({ ...list, words: e.currentTarget.value })} />
      </label>
    </fieldset>
  );
}
