import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section } from '@/content/course-types';
import { useReaderStore } from '../reader-store';

/** Wide screens show the contents beside the lesson; phones get them folded. */
const WIDE_SCREEN = '(min-width: 64rem)';
const subscribeToScreen = (onChange: () => void) => {
  const query = window.matchMedia(WIDE_SCREEN);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const isWideScreen = () => window.matchMedia(WIDE_SCREEN).matches;
/** The built page (and JavaScript off) has them folded; wide screens unfold them once hydrated. */
const wideAtBuild = () => false;

/** The lesson's sections, with the one being read marked as the current location. */
export function TableOfContents({ sections }: { sections: Section[] }) {
  const { t } = useTranslation('course');
  const current = useReaderStore((state) => state.sectionId);
  const wide = useSyncExternalStore(subscribeToScreen, isWideScreen, wideAtBuild);
  // The learner's own choice, once they open or close them.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? wide;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <details open={open} onToggle={(event) => setChosen(event.currentTarget.open)}>
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
