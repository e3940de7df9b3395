import type { ProfilePreview } from '@/utils/sites/generic/preview';
import { formatShanghai } from '@/utils/time/shanghai';
import { t } from '@/utils/i18n';

/** What the profile found in the site's tab: the count, the first posts, and what looks wrong. */
export function PreviewBox({ preview }: { preview: ProfilePreview }) {
  return (
    <div class="fw-preview" data-fw-preview data-fw-preview-count={preview.count}>
      <h2>{t('sitesPreviewTitle', preview.count, preview.replyBoxes)}</h2>
      <p class="fw-site-hint">{t('sitesPreviewPage', preview.title || preview.url)}</p>
      {preview.first.length > 0 && (
        <table class="fw-table">
          <thead>
            <tr><th>{t('sitesColAuthor')}</th><th>{t('sitesColTime')}</th><th>{t('sitesColText')}</th></tr>
          </thead>
          <tbody>
            {preview.first.map((post) => (
              <tr key={post.key} data-fw-preview-post={post.key}>
                <td>{post.author || '—'}</td>
                <td>{post.postedAt ? formatShanghai(post.postedAt) : '—'}</td>
                <td>{post.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.problems.length > 0 ? (
        <ul class="fw-error" data-fw-preview-problems>{preview.problems.map((p) => <li key={p}>{p}</li>)}</ul>
      ) : (
        <p class="fw-ok">{t('sitesPreviewClean')}</p>
      )}
    </div>
  );
}
