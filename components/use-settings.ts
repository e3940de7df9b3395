import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/types';
import { t } from '@/utils/i18n';
import { errorText } from '@/utils/error-text';

/** The stored settings, live, with a save function that reports success or the error. */
export function useSettings(): {
  settings: Settings | null;
  save(next: Settings): Promise<void>;
  status: { ok: boolean; message: string } | null;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  useEffect(() => {
    loadSettings()
      .then(setSettings)
      .catch((err: unknown) => setStatus({ ok: false, message: t('loadFailed', errorText(err)) }));
    return onSettingsChanged(setSettings);
  }, []);
  async function save(next: Settings) {
    try {
      await saveSettings(next);
      setSettings(next);
      setStatus({ ok: true, message: t('saved') });
    } catch (err) {
      setStatus({ ok: false, message: t('saveFailed', errorText(err)) });
    }
  }
  return { settings, save, status };
}
