import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '@/components/use-hydrated';
import { useOfflineStore } from '../offline-store';

/** The toasts' place; the service worker is registered once the page is live in the browser. */
export function UpdatePrompt() {
  const hydrated = useHydrated();
  return (
    <div className="toasts" aria-live="polite">
      {hydrated ? <ServiceWorkerToasts /> : null}
    </div>
  );
}

/**
 * Registers the service worker. Says once when the course is available offline, and offers
 * a new version when one is ready: neither over a question being answered or its feedback
 * (on a phone a toast would cover them; answers are saved as given, so reloading between
 * questions loses nothing). Both wait until the learner leaves the question.
 */
function ServiceWorkerToasts() {
  const { t } = useTranslation('offline');
  const questionOnScreen = useOfflineStore((state) => state.questionOnScreen);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
    // Registered after the page's load event: its precache download never competes with the page.
  } = useRegisterSW({ immediate: false });

  return (
    <>
      {offlineReady && !questionOnScreen ? (
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
    </>
  );
}
