import '../lms-i18n';
import { useTranslation } from 'react-i18next';
import { useLmsStore } from '../lms-store';

/**
 * In an LMS package: the "Exit" button, what the LMS last refused (with a retry), and the end
 * of the session. Nothing when the package runs outside an LMS.
 */
export function LmsBar() {
  const { t } = useTranslation('lms');
  const { kind, problem, recovered, phase, endedBy, returnUrl, retry, exit } = useLmsStore();
  if (kind === 'none') return null;
  return (
    <div className="lms-bar">
      {problem ? (
        <div className="lms-bar__problem" role="alert">
          <p>
            <strong>{t('problem.title')}</strong>
          </p>
          <p>{t('problem.detail', { code: problem.code, call: problem.call, lmsText: problem.text ? t('problem.lmsText', { text: problem.text }) : '' })}</p>
          <button type="button" className="button button--primary" onClick={() => void retry()}>
            {t('problem.retry')}
          </button>
        </div>
      ) : recovered ? (
        <p role="status">{t('problem.retried')}</p>
      ) : null}
      {phase === 'ended' && (endedBy === 'left' || endedBy === 'relaunch') ? (
        <div role="status" className="lms-bar__ended">
          <p>{t(endedBy === 'left' ? 'endedLeft' : 'endedRelaunch')}</p>
          {returnUrl ? (
            <a className="button button--primary" href={returnUrl}>
              {t('returnToLms')}
            </a>
          ) : null}
        </div>
      ) : phase === 'ended' ? (
        <p role="status" className="lms-bar__ended">
          {t('ended')}
        </p>
      ) : (
        <button type="button" className="button lms-bar__exit" disabled={phase === 'exiting'} onClick={() => void exit()}>
          {phase === 'exiting' ? t('exiting') : t('exit')}
        </button>
      )}
    </div>
  );
}
