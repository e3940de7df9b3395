import type { ReplyCounts } from '@/utils/stats/collectors';
import { t } from '@/utils/i18n';
import { EmptyRow } from './EmptyRow';

/** Replies made in the period, per account (网名). */
export function RepliesSection({ replies }: { replies: ReplyCounts }) {
  const authors = Object.entries(replies.byAuthor).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <section class="fw-stats-section" data-fw-stats="replies">
      <h2>{t('statsRepliesByAuthor')}</h2>
      <table class="fw-table fw-stats-table">
        <thead>
          <tr><th>{t('statsAuthor')}</th><th>{t('statsRepliesMade')}</th></tr>
        </thead>
        <tbody>
          {authors.length === 0 && <EmptyRow columns={2} text={t('statsNoReplies')} />}
          {authors.map(([author, n]) => <tr key={author}><td>{author}</td><td>{n}</td></tr>)}
        </tbody>
      </table>
    </section>
  );
}
