import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '@/content/course-types';
import { useReaderStore } from '../reader-store';

/** Wide screens show the contents beside the lesson; phones get them folded. */
const WIDE_SCREEN = '(min-width: 64rem)';

/** The lesson's sections, with the one being read marked as the current location. */
export function TableOfContents({ sections }: { sections: Section[] }) {
  const { t } = useTranslation('course');
  const current = useReaderStore((state) => state.sectionId);
  const [open, setOpen] = useState(() => window.matchMedia(WIDE_SCREEN).matches);
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="toc__summary">
          <h2 id="toc-title" className="toc__title">
            {t('lesson.toc')}
          </h2>
        </summary>
        <ol className="toc__list">
          {sections.map((section) => (
            <li key={section.id} className={`toc__item toc__item--level${section.level}`}>
              <a href={`#${section.id}`} aria-current={current === section.id ? 'location' : undefined}>
                {section.plainTitle}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
