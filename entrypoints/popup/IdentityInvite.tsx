import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/settings/types';
import { hasIdentity } from '@/utils/settings/identity';
import { openInTab } from '@/components/open-tab';
import { t } from '@/utils/i18n';

/** 未设置身份: until the user says who they are, the ledger's history names 本机用户. */
export function IdentityInvite({ settings }: { settings: Settings }) {
  if (hasIdentity(settings.user)) return null;
  return (
    <p class="fw-warning" data-fw-identity-missing>
      {t('identityMissing')}{' '}
      <button type="button" data-fw-action="open-welcome" onClick={() => openInTab(browser.runtime.getURL('/welcome.html'))}>
        {t('identitySet')}
      </button>
    </p>
  );
}
