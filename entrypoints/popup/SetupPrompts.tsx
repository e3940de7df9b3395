import type { Settings } from '@/utils/settings/types';
import { IdentityInvite } from './IdentityInvite';
import { EnableSite } from './EnableSite';

/** What is still to set up, shown above the day's work: who the user is, and the open tab's site. */
export function SetupPrompts({ settings }: { settings: Settings | null }) {
  if (!settings) return null;
  return (
    <>
      <IdentityInvite settings={settings} />
      <EnableSite settings={settings} />
    </>
  );
}
