import { useTranslation } from 'react-i18next';
import type { Section } from '@/content/course-types';
import { useReaderStore } from '../reader-store';

/** The lesson's sections, with the one being read marked as the current location. */
export function TableOfContents({ sections }: { sections: Section[] }) {
  const { t } = useTranslation('course');
  const current = useReaderStore((state) => state.sectionId);
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc__title">
        {t('lesson.toc')}
      </h2>
      <ol className="toc__list">
        {sections.map((section) => (
          <li key={section.id} className={`toc__item toc__item--level${section.level}`}>
            <a href={`#${section.id}`} aria-current={current === section.id ? 'location' : undefined}>
              {section.plainTitle}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
