// A list row whose title names no topic is still marked when the background watch has read the
// thread's first post and found one: 首帖：<topics> after the title.
import type { ThreadListRow } from '@/utils/sites/types';
import { t } from '@/utils/i18n';
import { closedUi } from './closed-ui';
import { ask } from './messaging';
import type { PostDisplay } from './posts';

const CSS = `span{margin-left:6px;padding:0 5px;border-radius:3px;background:#fff3cd;color:#7a4f00;font:12px/1.6 system-ui,sans-serif}`;

/** Marks the given rows (titles without topics, each marked once) whose thread's first post has topics. */
export async function markFirstPostTopics(doc: Document, neutral: ThreadListRow[], display: PostDisplay): Promise<void> {
  if (neutral.length === 0) return;
  const { topics } = await ask('listTopics', { tids: neutral.map((r) => r.tid) });
  for (const row of neutral) {
    const found = topics[row.tid];
    if (!found?.length) continue;
    if (display.hooks) row.rowEl.setAttribute('data-fw-topics', found.join(','));
    const { host, root } = closedUi(doc, 'span', 'first-post-topics', CSS);
    const chip = doc.createElement('span');
    chip.textContent = t('firstPostTopics', found.map(display.topicName).join('、'));
    root.append(chip);
    row.titleEl.after(host);
  }
}
