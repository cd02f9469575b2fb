import { useEffect } from 'react';
import { useReaderStore } from '../reader-store';

/** Distance from the top of the viewport at which a heading counts as the current section. */
const READING_LINE = 140;

/** Tracks which of `sectionIds` the learner is reading, as they scroll or jump. */
export function useSectionSpy(sectionIds: readonly string[]) {
  const setSection = useReaderStore((state) => state.setSection);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      let current: string | null = sectionIds[0] ?? null;
      for (const id of sectionIds) {
        const element = document.getElementById(id);
        if (element && element.getBoundingClientRect().top <= READING_LINE) current = id;
      }
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (atBottom && window.scrollY > 0) current = sectionIds.at(-1) ?? current;
      setSection(current);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('hashchange', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('hashchange', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
      setSection(null);
    };
  }, [sectionIds, setSection]);
}
