import { useEffect, useState } from 'preact/hooks';
import { formatBytes, requestPersistence, storageInfo, type StorageInfo } from '@/utils/ledger/storage-info';
import { t } from '@/utils/i18n';

/** Persistent storage (the browser will not evict the ledger) and the space used. */
export function StorageSection() {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [refused, setRefused] = useState(false);
  const refresh = () => void storageInfo().then(setInfo);
  useEffect(refresh, []);
  if (!info) return null;
  const persisted = info.persisted === true;
  return (
    <section class="fw-transfer-section" data-fw-storage data-fw-persisted={String(info.persisted)}>
      <h2>{t('storageTitle')}</h2>
      {info.persisted === null ? (
        <p>{t('storageUnsupported')}</p>
      ) : (
        <p class={persisted ? 'fw-ok' : 'fw-error'}>{persisted ? t('storagePersisted') : t('storageNotPersisted')}</p>
      )}
      {info.usage !== null && (
        <p data-fw-storage-usage={info.usage}>
          {info.quota ? t('storageUsage', formatBytes(info.usage), formatBytes(info.quota)) : formatBytes(info.usage)}
        </p>
      )}
      {info.persisted === false && (
        <button
          type="button"
          data-fw-persist
          onClick={() =>
            void requestPersistence().then((granted) => {
              setRefused(granted === false);
              refresh();
            })
          }
        >
          {t('storageRequest')}
        </button>
      )}
      {refused && <p class="fw-error">{t('storageRefused')}</p>}
    </section>
  );
}
