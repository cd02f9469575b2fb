import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Lang } from '@/content/course-types';
import { otherLanguage } from '@/i18n/language';
import { useReaderStore } from '../reader-store';
import { inLanguage } from '@/domain/course-ids';

/** Links to the same page in the other language, at the section being read. */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const { t } = useTranslation('common');
  const location = useLocation();
  const sectionId = useReaderStore((state) => state.sectionId);
  const target = otherLanguage(lang);
  const hash = sectionId ? `#${sectionId}` : location.hash;
  return (
    <Link
      className="language-switch"
      to={`${inLanguage(location.pathname, target)}${location.search}${hash}`}
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
