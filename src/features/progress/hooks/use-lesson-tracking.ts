import { useEffect, useRef } from 'react';
import type { Lang } from '@/content/course-types';
import { saveLastPlace } from '@/db/profile-repository';
import { addReadingTime, markSectionsSeen } from '@/db/progress-repository';
import { useReaderStore } from '@/features/course-reader/reader-store';

/** How long a section must stay on screen to count as seen. */
const DWELL_MS = 600;
const FLUSH_MS = 1000;
const TIME_FLUSH_MS = 15_000;

/**
 * Records what the learner actually reads: a section counts as seen once most of it (or
 * most of the screen) has shown it for a moment; the current section and reading time are
 * saved as they go, so "Continue" returns to the exact place.
 */
export function useLessonTracking(lesson: { unitId: string; lessonId: string; sectionIds: readonly string[] }, lang: Lang) {
  const current = useReaderStore((state) => state.sectionId);
  const pending = useRef(new Set<string>());
  const currentRef = useRef<string | null>(null);
  const { unitId, lessonId, sectionIds } = lesson;

  useEffect(() => {
    currentRef.current = current;
    if (current) pending.current.add(`@${current}`);
  }, [current]);

  useEffect(() => {
    const timers = new Map<string, number>();
    const lessonRef = { unitId, lessonId, sectionIds };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = entry.target.getAttribute('aria-labelledby') ?? '';
          const visible = entry.intersectionRect.height;
          const enough = visible >= Math.min(entry.boundingClientRect.height * 0.6, window.innerHeight * 0.5);
          if (enough && !timers.has(id)) timers.set(id, window.setTimeout(() => pending.current.add(id), DWELL_MS));
          if (!enough && timers.has(id)) {
            window.clearTimeout(timers.get(id));
            timers.delete(id);
          }
        }
      },
      { threshold: [0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1] },
    );
    for (const id of sectionIds) {
      const section = document.getElementById(id)?.closest('section');
      if (section) observer.observe(section);
    }

    const flush = () => {
      if (pending.current.size === 0) return;
      const items = [...pending.current];
      pending.current.clear();
      const seen = items.filter((item) => !item.startsWith('@'));
      const now = Date.now();
      const section = currentRef.current ?? undefined;
      void markSectionsSeen(lessonRef, seen, section, lang, now);
      void saveLastPlace({ kind: 'lesson', unitId, lessonId, ...(section ? { sectionId: section } : {}), lang, at: now });
    };
    let visibleSince = document.visibilityState === 'visible' ? Date.now() : null;
    const flushTime = () => {
      if (visibleSince === null) return;
      const now = Date.now();
      void addReadingTime(unitId, lessonId, now - visibleSince, now);
      visibleSince = now;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') visibleSince = Date.now();
      else {
        flush();
        flushTime();
        visibleSince = null;
      }
    };
    const onPageHide = () => {
      flush();
      flushTime();
    };
    const flushTimer = window.setInterval(flush, FLUSH_MS);
    const timeTimer = window.setInterval(flushTime, TIME_FLUSH_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      observer.disconnect();
      timers.forEach((timer) => window.clearTimeout(timer));
      window.clearInterval(flushTimer);
      window.clearInterval(timeTimer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      flush();
      flushTime();
    };
  }, [unitId, lessonId, sectionIds, lang]);
}
