import { useSettings } from '@/components/use-settings';
import { hasIdentity } from '@/utils/settings/identity';
import { t } from '@/utils/i18n';

/** Who the ledger records as acting here, linked to the first-run page where it is set. */
export function IdentityLink() {
  const { settings } = useSettings();
  if (!settings) return null;
  const known = hasIdentity(settings.user);
  return (
    <a href="/welcome.html" class={known ? 'fw-identity' : 'fw-identity fw-error'} data-fw-nav-welcome={known ? 'set' : 'missing'}>
      {known ? t('identityIs', settings.user.name) : `${t('identityMissing')} · ${t('identitySet')}`}
    </a>
  );
}
