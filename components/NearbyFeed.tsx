import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/messages';
import type { NearbyItem } from '@/utils/watch/nearby';
import { formatNearbyAlert } from '@/utils/templates/nearby-alert';
import { LEVEL_RANK } from '@/utils/warning/level';
import { PLACE_LABELS } from '@/utils/watch/board-kinds';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { useSettings } from './use-settings';
import { openPost } from './open-tab';
import { LevelTag } from './LevelTag';
import './nearby-feed.css';

/** 紧急 first, then newest first. */
const byLevel = (a: NearbyItem, b: NearbyItem) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || b.foundAt - a.foundAt;

function NearbyRow({ item, topicNames, onDismiss }: { item: NearbyItem; topicNames: Record<string, string>; onDismiss: () => void }) {
  // After 转告科室: copied, or the text to copy by hand when the clipboard refused.
  const [copied, setCopied] = useState<{ ok: boolean; text: string } | null>(null);
  async function copy() {
    const text = formatNearbyAlert(item, topicNames);
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ ok: true, text });
    } catch {
      setCopied({ ok: false, text });
    }
  }
  return (
    <li data-fw-nearby-item={item.key} data-fw-level={item.level} class={`fw-nearby-${item.level}`}>
      <a href={safeHttpUrl(item.url) ?? undefined} onClick={(e) => (e.preventDefault(), openPost(item.url))}>
        <LevelTag level={item.level} />
        {item.title}
      </a>
      <div class="fw-nearby-meta">
        {t(PLACE_LABELS[item.kind])} · {item.source} · {item.topics.map((id) => topicNames[id] ?? id).join('、')}
      </div>
      <div class="fw-nearby-actions">
        <button type="button" data-fw-action="nearby-copy" onClick={() => void copy()}>
          {t('nearbyCopy')}
        </button>
        <button type="button" data-fw-action="nearby-dismiss" onClick={onDismiss}>
          {t('nearbyDismiss')}
        </button>
        {copied?.ok && <span role="status">{t('nearbyCopied')}</span>}
      </div>
      {copied && !copied.ok && <textarea readOnly rows={3} aria-label={t('nearbyCopyByHand')} value={copied.text} />}
    </li>
  );
}

/** 周边动态: matching threads on boards marked 周边 or 同行业, each with its level, 转告科室 and 忽略. */
export function NearbyFeed({ showEmpty = false }: { showEmpty?: boolean }) {
  const [items, setItems] = useState<NearbyItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { settings } = useSettings();
  useEffect(() => {
    send('nearby', {}).then((r) => setItems(r.items), (err: unknown) => setError(errorText(err)));
  }, []);
  async function dismiss(key: string) {
    try {
      await send('nearbyDismiss', { key });
      setItems((now) => now.filter((i) => i.key !== key));
    } catch (err) {
      setError(errorText(err));
    }
  }
  if (items.length === 0 && !error && !showEmpty) return null;
  const topicNames = Object.fromEntries((settings?.topics ?? []).map((topic) => [topic.id, topic.name]));
  return (
    <section class="fw-group fw-nearby" data-fw-group="nearby">
      <h2>
        {t('nearbyTitle')} <span class="fw-count">{items.length}</span>
      </h2>
      <p class="fw-nearby-help">{t('nearbyHelp')}</p>
      {error && <p class="fw-error">{error}</p>}
      {items.length === 0 && !error && <p>{t('nearbyNone')}</p>}
      <ul>
        {[...items].sort(byLevel).map((item) => (
          <NearbyRow key={item.key} item={item} topicNames={topicNames} onDismiss={() => void dismiss(item.key)} />
        ))}
      </ul>
    </section>
  );
}
