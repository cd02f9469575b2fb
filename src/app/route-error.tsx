import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { homePath, langOfPath } from '@/domain/course-ids';
import { preferredLanguage } from '@/i18n/language';

/** Not-found and unexpected-error page, in the language of the address when it has one. */
export function RouteError() {
  const error = useRouteError();
  const lang = langOfPath(window.location.pathname) ?? preferredLanguage();
  const { t } = useTranslation('common', { lng: lang });
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <div className="page page--narrow error-page" lang={lang}>
      <title>{`${notFound ? t('notFound.title') : t('error.title')} · ${t('appName')}`}</title>
      <h1>{notFound ? t('notFound.title') : t('error.title')}</h1>
      <p>{notFound ? t('notFound.body') : t('error.body')}</p>
      {notFound ? (
        <p>
          <Link to={homePath(lang)}>{t('notFound.back')}</Link>
        </p>
      ) : (
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('error.retry')}
          </button>
        </p>
      )}
    </div>
  );
}
