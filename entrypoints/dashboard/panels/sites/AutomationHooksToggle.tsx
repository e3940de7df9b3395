import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { STORE_BUILD } from '@/utils/build-kind';
import { automationHooksChosen, chooseAutomationHooks } from '@/utils/page-hooks';

/** 自动化标记: whether forum pages carry the ledger-state hooks (always on outside store builds). */
export function AutomationHooksToggle() {
  const [on, setOn] = useState<boolean | null>(STORE_BUILD ? null : true);
  useEffect(() => {
    if (STORE_BUILD) void automationHooksChosen().then(setOn);
  }, []);
  return (
    <fieldset class="fw-automation-hooks" data-fw-automation-hooks>
      <legend>{t('automationHooksTitle')}</legend>
      <label>
        <input
          type="checkbox"
          name="automation-hooks"
          checked={on === true}
          disabled={!STORE_BUILD || on === null}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            void chooseAutomationHooks(next).then(() => setOn(next));
          }}
        />
        {t('automationHooksLabel')}
      </label>
      <p class="fw-site-hint">{t(STORE_BUILD ? 'automationHooksHint' : 'automationHooksAlwaysOn')}</p>
    </fieldset>
  );
}
