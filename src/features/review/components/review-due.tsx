import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lang } from '@/content/course-types';
import { pagePath } from '@/domain/course-ids';
import { useDueToday } from '../hooks/use-review-state';
import { useNow } from '../hooks/use-now';

/** "N to review today", linking to the review page, only when facts are due: nothing otherwise (no streaks, no nagging). */
export function ReviewDue({ lang }: { lang: Lang }) {
  const { t } = useTranslation('course');
  const due = useDueToday(useNow());
  if (!due) return null;
  return (
    <Link className="button review-due" to={pagePath(lang, 'review')}>
      {t('home.reviewDue', { count: due })}
    </Link>
  );
}
