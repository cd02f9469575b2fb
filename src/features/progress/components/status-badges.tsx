import { useTranslation } from 'react-i18next';
import type { LessonStatus, QuizStatus } from '@/domain/progress/progress';

export function LessonStatusBadge({ status }: { status: LessonStatus }) {
  const { t } = useTranslation('progress');
  const label = status === 'read' ? t('status.read') : status === 'in-progress' ? t('status.inProgress') : t('status.notStarted');
  return <span className={`badge badge--${status}`}>{label}</span>;
}

export function QuizStatusBadge({ status }: { status: QuizStatus }) {
  const { t } = useTranslation('progress');
  let label: string;
  if (status.state === 'in-progress') label = t('status.quizInProgress', { answered: status.answered, total: status.total });
  else if (status.state === 'passed') label = t('status.passed', { percent: Math.round(status.best * 100) });
  else if (status.state === 'failed') label = t('status.failed', { percent: Math.round(status.ratio * 100) });
  else label = t('status.notStarted');
  return <span className={`badge badge--${status.state}`}>{label}</span>;
}
