import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseOutline, LessonSummary } from '@/content/course-types';
import { finalAssessment, lessonCheck, unitQuiz } from '@/domain/quiz/quiz-definitions';
import type { CourseProgress } from '../hooks/use-course-progress';

/** Where "Continue" leads: the last place, unless it is a quiz since finished; then the last lesson read. */
function resumePlace(progress: CourseProgress) {
  const place = progress.profile?.lastPlace;
  if (place?.kind === 'lesson') return place;
  if (place?.kind === 'quiz') {
    const quizId = quizIdOf(place.path);
    const latest = [...(progress.attempts.get(quizId) ?? [])].sort((a, b) => b.startedAt - a.startedAt)[0];
    if (latest && latest.finishedAt === undefined) return place;
  }
  const lesson = [...progress.lessons.values()].sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return lesson ? { path: `/${lesson.lastLang}/${lesson.unitId}/${lesson.lessonId}${lesson.lastSectionId ? `#${lesson.lastSectionId}` : ''}`, lang: lesson.lastLang, kind: 'lesson' as const, at: lesson.updatedAt } : undefined;
}

function quizIdOf(path: string): string {
  const [, , unitId, second, third] = path.split('/');
  if (unitId === 'assessment') return finalAssessment.id;
  if (second === 'quiz' && unitId) return unitQuiz(unitId).id;
  return third === 'check' && unitId && second ? lessonCheck(unitId, second).id : '';
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
          <Link className="button button--primary" to={`/${outline.lang}/${first.unitId}/${first.id}`}>
            {t('continue.startAction')}
          </Link>
        )}
      </section>
    );
  }
  const [pathname = '', hash = ''] = place.path.split('#');
  const [, , unitId, second] = pathname.split('/');
  const unit = outline.units.find((u) => u.id === unitId);
  let label: string;
  if (place.kind === 'lesson') {
    const lesson = unit?.lessons.find((l) => l.id === second);
    const section = lesson?.sections.find((s) => s.id === hash);
    label = section ? t('continue.lesson', { lesson: lesson?.title, section: section.title }) : (lesson?.title ?? place.path);
  } else {
    const attempt = [...(progress.attempts.get(quizIdOf(pathname)) ?? [])].sort((a, b) => b.startedAt - a.startedAt)[0];
    const lesson = unit?.lessons.find((l) => l.id === second);
    const quiz = unitId === 'assessment' ? t('quiz:title.finalAssessment') : lesson ? t('quiz:title.lessonCheck', { lesson: lesson.title }) : t('quiz:title.unitQuiz', { unit: unit?.title ?? '' });
    label = t('continue.quiz', { quiz, current: (attempt?.current ?? 0) + 1, total: attempt?.questionIds.length ?? 0 });
  }
  return (
    <section className="continue" aria-labelledby="continue-title">
      <h2 id="continue-title">{t('continue.title')}</h2>
      <p className="continue__place">
        {label}
        {place.lang !== outline.lang ? ` (${t('continue.otherLanguage')})` : ''}
      </p>
      <Link className="button button--primary" to={place.path} hrefLang={place.lang}>
        {t('continue.action')}
      </Link>
    </section>
  );
}
