import { browser } from 'wxt/browser';
import { useSettings } from '@/components/use-settings';
import { SettingsSection } from '@/entrypoints/dashboard/panels/transfer/SettingsSection';
import { t } from '@/utils/i18n';
import { IdentitySection } from './IdentitySection';
import { ForumsSection } from './ForumsSection';

async function closeThisTab() {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}

/** First run: who the user is, which forums the office watches, or the office's settings file in one go. */
export function WelcomeApp() {
  const { settings, status } = useSettings();
  return (
    <main class="fw-welcome" data-fw-welcome>
      <header>
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p>{t('welcomeIntro')}</p>
        </div>
        <button type="button" data-fw-action="welcome-skip" onClick={() => void closeThisTab()}>
          {t('welcomeSkip')}
        </button>
      </header>
      {status && !status.ok && <p class="fw-error">{status.message}</p>}
      {settings && (
        <>
          <IdentitySection settings={settings} />
          <ForumsSection settings={settings} />
          <section data-fw-welcome-section="import">
            <h2>{t('welcomeImportTitle')}</h2>
            <SettingsSection settings={settings} />
          </section>
        </>
      )}
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} data-fw-action="welcome-done">{t('welcomeDone')}</a>
      </p>
    </main>
  );
}
