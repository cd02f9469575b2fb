/** Dates, scores and durations as each language writes them. */
import type { TFunction } from 'i18next';
import type { Lang } from '@/content/course-types';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export const formatDate = (instant: string, lang: Lang) => new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(new Date(instant));

/** `85 %` in French (narrow no-break space), `85%` in English. */
export const formatPercent = (ratio: number, lang: Lang) => new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);

export function formatDuration(ms: number, t: TFunction<'record'>): string {
  const minutes = Math.round(ms / 60_000);
  return minutes >= 60 ? t('duration.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 }) : t('duration.minutes', { minutes });
}
