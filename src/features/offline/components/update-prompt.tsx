import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import { useOfflineStore } from '../offline-store';

/**
 * Registers the service worker. Says once when the course is available offline, and offers
 * a new version when one is ready: never over a question being answered (answers are saved
 * as given, so reloading between questions loses nothing).
 */
export function UpdatePrompt() {
  const { t } = useTranslation('offline');
  const questionOnScreen = useOfflineStore((state) => state.questionOnScreen);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  return (
    <div className="toasts" aria-live="polite">
      {offlineReady ? (
        <div className="toast" role="status">
          <p>{t('offlineReady')}</p>
          <button type="button" className="button" onClick={() => setOfflineReady(false)}>
            {t('close')}
          </button>
        </div>
      ) : null}
      {needRefresh && !questionOnScreen ? (
        <div className="toast toast--update" role="alertdialog" aria-labelledby="update-text">
          <p id="update-text">{t('updateAvailable')}</p>
          <div className="toast__actions">
            <button type="button" className="button button--primary" onClick={() => void updateServiceWorker(true)}>
              {t('reload')}
            </button>
            <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
              {t('later')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
