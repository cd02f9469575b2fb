import { useEffect } from 'react';
import { useReaderStore } from '../reader-store';

/** Distance from the top of the viewport at which a heading counts as the current section. */
const READING_LINE = 140;

const hashId = () => decodeURIComponent(window.location.hash.slice(1));

/**
 * Tracks which of `sectionIds` the learner is reading. A jump to a section (table of
 * contents, language switch) pins that section until the learner scrolls on their own,
 * so that a short section at the end of a lesson is not mistaken for its neighbour.
 */
export function useSectionSpy(sectionIds: readonly string[]) {
  const setSection = useReaderStore((state) => state.setSection);
  useEffect(() => {
    let frame = 0;
    let pinned: string | null = null;
    let jumping = false;

    const fromScrollPosition = (): string | null => {
      let current: string | null = sectionIds[0] ?? null;
      for (const id of sectionIds) {
        const element = document.getElementById(id);
        if (element && element.getBoundingClientRect().top <= READING_LINE) current = id;
      }
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      return atBottom && window.scrollY > 0 ? (sectionIds.at(-1) ?? current) : current;
    };
    const update = () => {
      frame = 0;
      setSection(pinned ?? fromScrollPosition());
    };
    const pinToHash = () => {
      const id = hashId();
      pinned = sectionIds.includes(id) ? id : null;
      jumping = pinned !== null;
      update();
    };
    const onScroll = () => {
      if (!jumping) pinned = null;
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const onScrollEnd = () => {
      jumping = false;
    };

    pinToHash();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', onScrollEnd);
    window.addEventListener('resize', onScroll);
    window.addEventListener('hashchange', pinToHash);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', onScrollEnd);
      window.removeEventListener('resize', onScroll);
      window.removeEventListener('hashchange', pinToHash);
      if (frame !== 0) cancelAnimationFrame(frame);
      setSection(null);
    };
  }, [sectionIds, setSection]);
}
