import { useId, useState, type KeyboardEvent } from 'react';
import type { GlossaryTerm } from '@/content/course-types';

/**
 * A glossary term explained on hover and on keyboard focus (WCAG 1.4.13: the tip can be
 * hovered, stays while needed and Escape dismisses it). Only the first use in a section
 * is interactive; later uses are a plain <abbr>.
 */
export function Term({ term, text, interactive }: { term: GlossaryTerm | undefined; text: string; interactive: boolean }) {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  if (!term) return <>{text}</>;
  if (!interactive) return <abbr title={term.expansion}>{text}</abbr>;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <span className="term" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="term__button"
        aria-describedby={tipId}
        aria-expanded={open}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen((value) => !value)}
      >
        {text}
      </button>
      <span role="tooltip" id={tipId} className="term__tip" data-open={open}>
        <strong lang={undefined}>{term.abbr}</strong>
        {' — '}
        {term.expansion}
        {'. '}
        {term.definition}
      </span>
    </span>
  );
}
