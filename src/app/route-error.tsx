import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { PageHead } from '@/components/page-head';
import { homePath, langOfPath } from '@/domain/course-ids';
import { preferredLanguage } from '@/i18n/language';

/** Not-found and unexpected-error page, in the language of the address when it has one. */
export function RouteError() {
  const error = useRouteError();
  const lang = langOfPath(useLocation().pathname) ?? preferredLanguage();
  const { t } = useTranslation('common', { lng: lang });
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <div className="page page--narrow error-page" lang={lang}>
      <PageHead title={`${notFound ? t('notFound.title') : t('error.title')} · ${t('appName')}`} description={notFound ? t('notFound.body') : t('error.body')} />
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
