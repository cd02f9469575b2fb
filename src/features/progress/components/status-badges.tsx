import { useTranslation } from 'react-i18next';
import type { LessonStatus, QuizStatus } from '@/domain/progress/progress';

/**
 * Until progress is read from the device (and in the built page), a badge holds its place:
 * the not-started label, hidden, so that a new learner's page does not move when it fills in.
 */
function PendingBadge() {
  const { t } = useTranslation('progress');
  return (
    <span className="badge badge--pending" aria-hidden="true">
      {t('status.notStarted')}
    </span>
  );
}

export function LessonStatusBadge({ status }: { status: LessonStatus | undefined }) {
  const { t } = useTranslation('progress');
  if (!status) return <PendingBadge />;
  const label = status === 'read' ? t('status.read') : status === 'in-progress' ? t('status.inProgress') : t('status.notStarted');
  return <span className={`badge badge--${status}`}>{label}</span>;
}

export function QuizStatusBadge({ status }: { status: QuizStatus | undefined }) {
  const { t } = useTranslation('progress');
  if (!status) return <PendingBadge />;
  let label: string;
  if (status.state === 'in-progress') label = t('status.quizInProgress', { answered: status.answered, total: status.total });
  else if (status.state === 'passed') label = t('status.passed', { percent: Math.round(status.best * 100) });
  else if (status.state === 'failed') label = t('status.failed', { percent: Math.round(status.ratio * 100) });
  else label = t('status.notStarted');
  return <span className={`badge badge--${status.state}`}>{label}</span>;
}
