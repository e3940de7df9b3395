import { useEffect, useState } from 'preact/hooks';
import { send } from '@/utils/messages';
import type { InboxItem } from '@/utils/watch/inbox';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { openPost } from '@/components/open-tab';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import './inbox.css';

/** 待登记: new threads on watched boards about a topic; one click captures the first post, or dismisses it for good. */
export function InboxSection() {
  const [items, setItems] = useState<InboxItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('inbox', {}).then((r) => setItems(r.items), (err: unknown) => setError(errorText(err)));
  }, []);
  async function act(key: string, type: 'inboxCapture' | 'inboxDismiss') {
    try {
      await send(type, { key });
      setItems((now) => now.filter((i) => i.key !== key));
    } catch (err) {
      setError(errorText(err));
    }
  }
  if (items.length === 0 && !error) return null;
  return (
    <section class="fw-group fw-inbox" data-fw-group="inbox">
      <h2>
        {t('inboxTitle')} <span class="fw-count">{items.length}</span>
      </h2>
      {error && <p class="fw-error">{error}</p>}
      <ul>
        {items.map((item) => (
          <li key={item.key} data-fw-inbox-item={item.key}>
            <a href={safeHttpUrl(item.post.url) ?? undefined} onClick={(e) => (e.preventDefault(), openPost(item.post.url))}>
              {item.post.title}
            </a>
            <div class="fw-inbox-meta">{item.post.author}</div>
            <div class="fw-inbox-actions">
              <button type="button" data-fw-action="inbox-capture" onClick={() => void act(item.key, 'inboxCapture')}>
                {t('inboxCapture')}
              </button>
              <button type="button" data-fw-action="inbox-dismiss" onClick={() => void act(item.key, 'inboxDismiss')}>
                {t('inboxDismiss')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
