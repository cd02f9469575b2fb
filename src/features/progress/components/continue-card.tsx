import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseOutline, LessonSummary } from '@/content/course-types';
import { lessonPath, placePath, quizId, type Place } from '@/domain/course-ids';
import type { CourseProgress } from '../hooks/use-course-progress';

/** Where "Continue" leads: the last place, unless it is a quiz since finished; then the last lesson read. */
function resumePlace(progress: CourseProgress): Place | undefined {
  const place = progress.profile?.lastPlace;
  if (place?.kind === 'lesson') return place;
  if (place?.kind === 'quiz') {
    const latest = [...(progress.attempts.get(quizId(place.quiz)) ?? [])].sort((a, b) => b.startedAt - a.startedAt)[0];
    if (latest && latest.finishedAt === undefined) return place;
  }
  const lesson = [...progress.lessons.values()].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return lesson ? { kind: 'lesson', unitId: lesson.unitId, lessonId: lesson.lessonId, ...(lesson.lastSectionId ? { sectionId: lesson.lastSectionId } : {}), lang: lesson.lastLang, at: lesson.updatedAt } : undefined;
}

/**
 * "Pick up where you left off": the exact lesson section or quiz question, in its language;
 * for a new learner, where to begin. Until progress is read (and in the built page) the
 * card is there, hidden, at a new learner's size: the page does not move when it fills in.
 */
export function ContinueCard({ progress, outline, first }: { progress: CourseProgress | undefined; outline: CourseOutline; first: LessonSummary | undefined }) {
  const { t } = useTranslation(['progress', 'quiz']);
  const place = progress && resumePlace(progress);
  if (!place) {
    if (!first) return null;
    const pending = progress === undefined;
    return (
      <section className={`continue${pending ? ' continue--pending' : ''}`} aria-labelledby={pending ? undefined : 'continue-title'} aria-hidden={pending || undefined}>
        <h2 id={pending ? undefined : 'continue-title'}>{t('continue.startTitle')}</h2>
        <p className="continue__place">{first.title}</p>
        {pending ? (
          <span className="button button--primary">{t('continue.startAction')}</span>
        ) : (
          <Link className="button button--primary" to={lessonPath(outline.lang, first.unitId, first.id)}>
            {t('continue.startAction')}
          </Link>
        )}
      </section>
    );
  }
  let label: string;
  if (place.kind === 'lesson') {
    const lesson = outline.units.find((u) => u.id === place.unitId)?.lessons.find((l) => l.id === place.lessonId);
    const section = lesson?.sections.find((s) => s.id === place.sectionId);
    label = section ? t('continue.lesson', { lesson: lesson?.title, section: section.title }) : (lesson?.title ?? placePath(place));
  } else {
    const ref = place.quiz;
    const attempt = [...(progress.attempts.get(quizId(ref)) ?? [])].sort((a, b) => b.startedAt - a.startedAt)[0];
    const unit = ref.kind === 'final-assessment' ? undefined : outline.units.find((u) => u.id === ref.unitId);
    const lesson = ref.kind === 'lesson-check' ? unit?.lessons.find((l) => l.id === ref.lessonId) : undefined;
    const quiz =
      ref.kind === 'final-assessment'
        ? t('quiz:title.finalAssessment')
        : ref.kind === 'lesson-check'
          ? t('quiz:title.lessonCheck', { lesson: lesson?.title ?? ref.lessonId })
          : t('quiz:title.unitQuiz', { unit: unit?.title ?? ref.unitId });
    label = t('continue.quiz', { quiz, current: (attempt?.current ?? place.question ?? 0) + 1, total: attempt?.questionIds.length ?? 0 });
  }
  return (
    <section className="continue" aria-labelledby="continue-title">
      <h2 id="continue-title">{t('continue.title')}</h2>
      <p className="continue__place">
        {label}
        {place.lang !== outline.lang ? ` (${t('continue.otherLanguage')})` : ''}
      </p>
      <Link className="button button--primary" to={placePath(place)} hrefLang={place.lang}>
        {t('continue.action')}
      </Link>
    </section>
  );
}
