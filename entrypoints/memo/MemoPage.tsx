import { useEffect, useState } from 'preact/hooks';
import type { LedgerEntry } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings/types';
import { ledgerDb } from '@/utils/ledger/db';
import { setInstruction } from '@/utils/ledger/actions';
import { withActorName } from '@/utils/settings/identity';
import { formatShanghai, toWall } from '@/utils/time/shanghai';
import { t } from '@/utils/i18n';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import { useLiveQuery } from '@/components/use-live-query';
import { useSettings } from '@/components/use-settings';
import { useDebouncedSave, type SaveState } from './use-debounced-save';
import { siteName } from '@/utils/sites/site-name';
import { userNameText } from '@/components/user-name-text';

function chineseDate(iso: string): string {
  const w = toWall(new Date(iso));
  return `${w.year}年${w.month}月${w.day}日`;
}

function saveText(state: SaveState): string {
  if (state.kind === 'saving') return t('memoSaving');
  if (state.kind === 'saved') return t('memoSaved');
  if (state.kind === 'error') return state.message;
  return '';
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td colSpan={3}>{children}</td>
    </tr>
  );
}

function Memo({ entry, settings }: { entry: LedgerEntry; settings: Settings | null }) {
  const escalation = entry.escalation!;
  const [instruction, setText] = useState(escalation.instruction);
  const saver = useDebouncedSave(async (text: string) => {
    if (!settings) throw new Error('设置尚未读取，请稍后再试');
    await setInstruction(ledgerDb(), entry.key, text, { now: new Date(), settings: withActorName(settings) });
  });
  // Another page (or the popup) may change the instruction; take it over while nothing is being typed here.
  useEffect(() => {
    if (saver.state.kind !== 'saving') setText(escalation.instruction);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [escalation.instruction]);

  return (
    <article class="fw-memo" data-fw-memo={entry.key}>
      <h1>{t('memoTitle')}</h1>
      <p class="fw-memo-head">
        <span>
          {t('memoIssuer')}：{settings ? settings.user.department : ''}
        </span>
        <span>
          {t('memoNo')}：<strong data-fw-memo-no>{escalation.memoNo}</strong>
        </span>
        <span>
          {t('memoDate')}：{chineseDate(escalation.at)}
        </span>
      </p>
      <table class="fw-memo-table">
        <colgroup>
          <col class="fw-memo-label" />
          <col />
          <col class="fw-memo-label" />
          <col />
        </colgroup>
        <tbody>
          <Row label={t('memoSource')}>{siteName(settings?.sites ?? [], entry.site)}</Row>
          <Row label={t('memoPostTitle')}>{entry.title}</Row>
          <Row label={t('memoLink')}>
            <a href={safeHttpUrl(entry.url) ?? undefined}>{entry.url}</a>
          </Row>
          <tr>
            <th scope="row">{t('memoAuthor')}</th>
            <td>{entry.author}</td>
            <th scope="row">{t('memoPostedAt')}</th>
            <td>{entry.postedAt ? formatShanghai(entry.postedAt) : ''}</td>
          </tr>
          <Row label={t('memoSummary')}>
            <div class="fw-memo-summary">{escalation.summary}</div>
          </Row>
          <tr>
            <th scope="row">{t('memoDepartment')}</th>
            <td>{escalation.department ?? entry.department ?? ''}</td>
            <th scope="row">{t('memoDeadline')}</th>
            <td data-fw-memo-due={entry.dueAt ?? ''}>{entry.dueAt ? formatShanghai(entry.dueAt) : ''}</td>
          </tr>
          <tr class="fw-memo-instruction">
            <th scope="row">{t('memoInstruction')}</th>
            <td colSpan={3}>
              <textarea
                class="fw-screen-only"
                data-fw-instruction
                aria-label={t('memoInstruction')}
                placeholder={t('memoInstructionHint')}
                value={instruction}
                onInput={(e) => {
                  setText(e.currentTarget.value);
                  saver.change(e.currentTarget.value);
                }}
                onBlur={() => void saver.flush()}
              />
              <div class="fw-print-only fw-memo-instruction-text">{instruction}</div>
            </td>
          </tr>
        </tbody>
      </table>
      <p class="fw-memo-foot">
        <span>
          {t('memoHandler')}：{settings ? userNameText(settings.user) : ''}
        </span>
      </p>
      <p class="fw-screen-only fw-memo-tools">
        <button type="button" data-fw-action="print" onClick={() => void saver.flush().then(() => print())}>
          {t('memoPrint')}
        </button>
        <span class={saver.state.kind === 'error' ? 'fw-memo-error' : 'fw-memo-status'} data-fw-save-state={saver.state.kind}>
          {saveText(saver.state)}
        </span>
      </p>
    </article>
  );
}

/** The printable 网络舆情抄告单 of one escalated ledger entry (`memo.html?key=…`). */
export function MemoPage({ entryKey }: { entryKey: string }) {
  const { settings } = useSettings();
  const { value, error } = useLiveQuery(async () => (entryKey ? ((await ledgerDb().entries.get(entryKey)) ?? null) : null), [entryKey]);
  useEffect(() => {
    if (value?.escalation) document.title = `${t('memoTitle')} ${value.escalation.memoNo}`;
  }, [value?.escalation?.memoNo]);

  if (!entryKey) return <p class="fw-memo-message">{t('memoNoKey')}</p>;
  if (error) return <p class="fw-memo-message fw-memo-error">{error.message}</p>;
  if (value === undefined) return null;
  if (value === null) return <p class="fw-memo-message">{t('memoNotFound', entryKey)}</p>;
  if (!value.escalation) return <p class="fw-memo-message">{t('memoNotEscalated')}</p>;
  return <Memo entry={value} settings={settings} />;
}
