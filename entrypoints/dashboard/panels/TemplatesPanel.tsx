import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template, Topic } from '@/utils/settings/types';
import { useSettings } from '@/components/use-settings';
import { t } from '@/utils/i18n';
import { DEFAULT_TEMPLATES } from '@/utils/templates/defaults';
import { DEFAULT_MAX_REPLY_LENGTH } from '@/utils/templates/lint';
import { lintTemplate } from '@/utils/templates/lint-template';
import { BUILTIN_VARIABLES, listVariables } from '@/utils/templates/variables';
import { OfficePublishedNote } from '@/components/OfficePublishedNote';
import { newId } from '@/utils/new-id';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function VariableChips({ onPick }: { onPick(token: string): void }) {
  return (
    <div class="fw-toolbar" data-fw-variables>
      <span>{t('tplVariables')}</span>
      {BUILTIN_VARIABLES.map((name) => (
        <button type="button" key={name} onClick={() => onPick(`{${name}}`)}>{`{${name}}`}</button>
      ))}
      <button type="button" onClick={() => onPick('{自定义:}')}>{t('tplCustomHint')}</button>
    </div>
  );
}

function TemplateEditor({ template, topics, officialese, onChange }: { template: Template; topics: Topic[]; officialese: string[]; onChange(t: Template): void }) {
  const body = useRef<HTMLTextAreaElement>(null);
  const warnings = lintTemplate(template.body, { officialese, maxLength: DEFAULT_MAX_REPLY_LENGTH });
  const custom = listVariables(template.body).filter((v) => v.kind === 'custom');
  function insertToken(token: string) {
    const area = body.current;
    const start = area?.selectionStart ?? template.body.length;
    const end = area?.selectionEnd ?? start;
    onChange({ ...template, body: template.body.slice(0, start) + token + template.body.slice(end) });
    // After the re-render, put the caret inside a new custom field's name or after the token.
    const caret = start + (token === '{自定义:}' ? token.length - 1 : token.length);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(caret, caret);
    });
  }
  return (
    <div data-fw-template-editor={template.id}>
      <label style={{ display: 'grid', gap: '2px', marginBottom: '8px' }}>
        {t('tplName')}
        <input value={template.name} onInput={(e) => onChange({ ...template, name: e.currentTarget.value })} />
      </label>
      <label style={{ display: 'grid', gap: '2px', marginBottom: '8px' }}>
        {t('tplTopic')}
        <select value={template.topicId ?? ''} onChange={(e) => onChange({ ...template, topicId: e.currentTarget.value || null })}>
          <option value="">{t('tplGeneral')}</option>
          {topics.map((tp) => <option key={tp.id} value={tp.id}>{tp.name}</option>)}
        </select>
      </label>
      <label style={{ display: 'grid', gap: '2px', marginBottom: '8px' }}>
        {t('tplBody')}
        <textarea ref={body} rows={10} style={{ width: '100%' }} data-fw-template-body value={template.body} onInput={(e) => onChange({ ...template, body: e.currentTarget.value })} />
      </label>
      <VariableChips onPick={insertToken} />
      {custom.length > 0 && <p>{custom.map((v) => v.token).join('　')}</p>}
      <h2>{t('tplCheck')}</h2>
      <ul data-fw-template-lint>
        {warnings.length === 0 ? <li class="fw-ok">{t('replyHelperLintOk')}</li> : warnings.map((w, i) => <li key={i} class="fw-error" data-fw-lint-code={w.code}>{w.message}</li>)}
      </ul>
    </div>
  );
}

/** The reply template library (三段式) and the officialese list the reply check uses. */
export function TemplatesPanel() {
  const { settings, save, status } = useSettings();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [officialese, setOfficialese] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    if (!settings) return;
    setTemplates(settings.templates);
    setOfficialese(settings.officialese.join('\n'));
    setSelected((id) => (id && settings.templates.some((tp) => tp.id === id) ? id : (settings.templates[0]?.id ?? null)));
  }, [settings]);
  if (!settings) return null;

  const current = templates.find((tp) => tp.id === selected) ?? null;
  const phrases = lines(officialese);
  const dirty = JSON.stringify(templates) !== JSON.stringify(settings.templates) || phrases.join('\n') !== settings.officialese.join('\n');
  const update = (next: Template) => setTemplates(templates.map((tp) => (tp.id === next.id ? next : tp)));
  function add() {
    const tpl: Template = { id: newId('tpl'), name: t('tplNewName'), topicId: null, body: '{网民}您好！感谢您的关注和监督。\n\n如有未尽事宜或对上述答复有异议，请联系{部门}，电话：{电话}。' };
    setTemplates([...templates, tpl]);
    setSelected(tpl.id);
  }
  function remove(id: string) {
    const rest = templates.filter((tp) => tp.id !== id);
    setTemplates(rest);
    if (selected === id) setSelected(rest[0]?.id ?? null);
  }
  function restoreDefaults() {
    const missing = DEFAULT_TEMPLATES.filter((d) => !templates.some((tp) => tp.id === d.id));
    setTemplates([...templates.map((tp) => DEFAULT_TEMPLATES.find((d) => d.id === tp.id) ?? tp), ...structuredClone(missing)]);
  }

  return (
    <section>
      <h1>{t('navTemplates')}</h1>
      <OfficePublishedNote />
      <p>{t('tplHelp')}</p>
      <div style={{ display: 'flex', gap: '16px', alignItems: 'flex-start' }}>
        <div style={{ width: '240px', flex: 'none' }}>
          <ul class="fw-template-list" style={{ listStyle: 'none', padding: 0, margin: '0 0 8px' }}>
            {templates.length === 0 && <li>{t('tplEmpty')}</li>}
            {templates.map((tp) => (
              <li key={tp.id} data-fw-template={tp.id} style={{ display: 'flex', gap: '4px', marginBottom: '4px' }}>
                <button type="button" style={{ flex: 1, textAlign: 'left', fontWeight: tp.id === selected ? 600 : 400 }} aria-pressed={tp.id === selected} onClick={() => setSelected(tp.id)}>
                  {tp.name || t('tplNewName')}
                  {tp.topicId && <small> · {settings.topics.find((x) => x.id === tp.topicId)?.name ?? tp.topicId}</small>}
                </button>
                <button type="button" data-fw-template-remove={tp.id} onClick={() => remove(tp.id)}>{t('remove')}</button>
              </li>
            ))}
          </ul>
          <div class="fw-toolbar">
            <button type="button" data-fw-template-add onClick={add}>{t('tplAdd')}</button>
            <button type="button" onClick={restoreDefaults}>{t('tplRestoreDefaults')}</button>
          </div>
        </div>
        <div style={{ flex: 1, minWidth: 0 }}>
          {current && <TemplateEditor key={current.id} template={current} topics={settings.topics} officialese={phrases} onChange={update} />}
        </div>
      </div>
      <h2>{t('tplOfficialese')}</h2>
      <p>{t('tplOfficialeseHelp')}</p>
      <textarea rows={8} cols={40} data-fw-officialese value={officialese} onInput={(e) => setOfficialese(e.currentTarget.value)} />
      <div class="fw-toolbar">
        <button type="button" data-fw-save disabled={!dirty} onClick={() => void save({ ...settings, templates, officialese: phrases })}>{t('save')}</button>
        {dirty && <span>{t('tplUnsaved')}</span>}
        {status && !dirty && <span class={status.ok ? 'fw-ok' : 'fw-error'}>{status.message}</span>}
      </div>
    </section>
  );
}
