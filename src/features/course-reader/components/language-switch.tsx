import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useHydrated } from '@/components/use-hydrated';
import type { Lang } from '@/content/course-types';
import { inLanguage } from '@/domain/course-ids';
import { otherLanguage } from '@/i18n/language';
import { useReaderStore } from '../reader-store';

/** Links to the same page in the other language, at the section being read. */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const { t } = useTranslation('common');
  const location = useLocation();
  const sectionId = useReaderStore((state) => state.sectionId);
  // The built page knows the path only: the query and the hash join once in the browser.
  const hydrated = useHydrated();
  const target = otherLanguage(lang);
  const hash = sectionId ? `#${sectionId}` : hydrated ? location.hash : '';
  const search = hydrated ? location.search : '';
  return (
    <Link
      className="language-switch"
      to={`${inLanguage(location.pathname, target)}${search}${hash}`}
      hrefLang={target}
      lang={target}
    >
      <span className="language-switch__code">
        {target.toUpperCase()}
      </span>
      <span className="language-switch__label">{t('language.switchTo')}</span>
    </Link>
  );
}
