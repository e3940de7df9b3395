import type { Reception } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';
import { formatShanghai } from '@/utils/time/shanghai';
import { openPost } from '@/components/open-tab';
import { safeHttpUrl } from '@/utils/links/safe-http-url';
import { ReceptionChips } from './ReceptionChips';

/** An entry's 好评 and 追问 counts and its latest 好评, linked to the post; page text shown as text only. */
export function ReceptionField({ reception }: { reception: Reception | undefined }) {
  if (!reception || (reception.praise === 0 && reception.pushback === 0)) return <span data-fw-reception="none">{t('receptionNone')}</span>;
  const latest = reception.latestPraise;
  return (
    <span data-fw-reception>
      <ReceptionChips reception={reception} />
      {latest && (
        <span class="fw-latest-praise" data-fw-latest-praise>
          <br />
          {t('receptionLatestPraise', formatShanghai(latest.at), latest.author, latest.text)}{' '}
          <a href={safeHttpUrl(latest.url) ?? undefined} onClick={(ev) => (ev.preventDefault(), openPost(latest.url))}>{t('openPost')}</a>
        </span>
      )}
    </span>
  );
}
