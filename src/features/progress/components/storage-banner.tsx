import { useTranslation } from 'react-i18next';
import { downloadBackup } from '../download';
import { useStorageStatus } from '../storage-status-store';

/** Tells the learner, in their language, when their progress cannot be kept, and what to do. */
export function StorageBanner() {
  const { t, i18n } = useTranslation('progress');
  const { problem, dismiss } = useStorageStatus();
  if (!problem) return null;
  return (
    <div className={`banner banner--${problem === 'failed' ? 'quota' : problem}`} role="alert">
      <p className="banner__text">{t(`storage.${problem}`)}</p>
      <div className="banner__actions">
        {problem === 'quota' || problem === 'failed' ? (
          <button type="button" className="button" onClick={() => void downloadBackup(i18n.language === 'en' ? 'en' : 'fr')}>
            {t('storage.export')}
          </button>
        ) : null}
        {problem === 'outdated' ? (
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        ) : (
          <button type="button" className="button" onClick={dismiss}>
            {t('storage.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
