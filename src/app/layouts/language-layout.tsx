import { lazy, Suspense, useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLoaderData } from 'react-router';
import type { Lang } from '@/content/course-types';
import { saveLanguagePreference } from '@/db/language-preference';
import { LanguageSwitch } from '@/features/course-reader/components/language-switch';
import { ConnectionStatus } from '@/features/offline/components/connection-status';
import { UpdatePrompt } from '@/features/offline/components/update-prompt';
import { StorageBanner } from '@/features/progress/components/storage-banner';
import { useStorageStatus } from '@/features/progress/storage-status-store';
import type { LanguageRouteData } from '@/features/course-reader/course-data';
import { homePath, pagePath } from '@/domain/course-ids';
import { i18nFor } from '@/i18n/i18n';

/** In an LMS package only: the Exit button and the LMS's problems (not even loaded on the web site). */
const LmsBar = __LMS_PACKAGE__ ? lazy(async () => ({ default: (await import('@/features/lms/components/lms-bar')).LmsBar })) : null;

/** Every page in one language: its strings, and the document's language once in the browser. */
export function LanguageLayout() {
  const { lang } = useLoaderData<LanguageRouteData>();
  useEffect(() => {
    document.documentElement.lang = lang;
    saveLanguagePreference(lang);
  }, [lang]);
  return (
    <I18nextProvider i18n={i18nFor(lang)}>
      <PageFrame lang={lang} />
    </I18nextProvider>
  );
}

/** The frame of every page: skip link, header, navigation, footer. */
function PageFrame({ lang }: { lang: Lang }) {
  const { t } = useTranslation(['common', 'settings']);
  const requestPersistence = useStorageStatus((state) => state.requestPersistence);
  useEffect(() => {
    void requestPersistence();
  }, [requestPersistence]);
  useEffect(() => {
    // Delivery to an LRS loads after the first page, in a chunk of its own. Not in an LMS
    // package: the LMS is where progress goes (cmi5 sends its own statements, through the outbox).
    if (__LMS_PACKAGE__) return;
    void import('@/features/lrs/start-delivery').then(({ startDelivery }) => startDelivery(lang));
  }, [lang]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={homePath(lang)} className="brand">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="32" height="32" />
            <span className="brand__text">
              <span className="brand__name">{t('appName')}</span>
              <span className="brand__tagline">{t('tagline')}</span>
            </span>
          </Link>
          <nav aria-label={t('nav.label')} className="site-nav">
            <NavLink to={homePath(lang)} end className="site-nav__home">
              {t('nav.home')}
            </NavLink>
            <NavLink to={pagePath(lang, 'chronology')} end>
              {t('nav.chronology')}
            </NavLink>
            <NavLink to={pagePath(lang, 'glossary')}>{t('nav.glossary')}</NavLink>
            <NavLink to={pagePath(lang, 'review')}>{t('nav.review')}</NavLink>
            <NavLink to={pagePath(lang, 'record')}>{t('nav.record')}</NavLink>
            <NavLink to={pagePath(lang, 'settings')}>{t('settings:nav')}</NavLink>
          </nav>
          <ConnectionStatus />
          <LanguageSwitch lang={lang} />
        </div>
      </header>
      <StorageBanner />
      {LmsBar ? (
        <Suspense fallback={null}>
          <LmsBar />
        </Suspense>
      ) : null}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      {/* An LMS package has no service worker: the LMS serves it, and its updates. */}
      {__LMS_PACKAGE__ ? null : <UpdatePrompt />}
      <footer className="site-footer" data-build={__BUILD_ID__}>
        <p>{t('footer')}</p>
      </footer>
      {/* Every first page of a tab has the history key "default": keyed by it, a page opened
          from the address bar got the previous page's scroll. Those are keyed by their address;
          in-app navigations keep their own keys (a link to a section still scrolls to it). */}
      <ScrollRestoration getKey={(location) => (location.key === 'default' ? location.pathname + location.search + location.hash : location.key)} />
    </>
  );
}
