import '../review-i18n';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseOutline, FactBase, Lang, LocalizedText } from '@/content/course-types';
import { retentionByUnit } from '@/domain/review/schedule';
import { unitFactIds } from '@/domain/review/unit-facts';
import { useNow } from '../hooks/use-now';
import { useReviewCards } from '../hooks/use-review-cards';
import { RetentionChart } from './retention-chart';

/**
 * The record page's retention picture: for each unit of the course, the share of its studied
 * facts the learner is likely to recall today and over the next 30 days, from the review cards
 * on this device (live).
 */
export function RetentionSection({ facts, outlines, lang }: { facts: FactBase; outlines: Record<Lang, CourseOutline>; lang: Lang }) {
  const { t } = useTranslation('review');
  const now = useNow();
  const cards = useReviewCards();
  const { unitFacts, titles } = useMemo(() => {
    const byUnit = unitFactIds(facts);
    // In the course's order, every unit (one whose facts are not asked shows as not studied).
    const ordered = new Map(outlines.fr.units.map((unit) => [unit.id, byUnit.get(unit.id) ?? []]));
    const names = new Map<string, LocalizedText>(outlines.fr.units.map((unit) => [unit.id, { fr: unit.title, en: outlines.en.units.find((u) => u.id === unit.id)?.title ?? unit.title }]));
    return { unitFacts: ordered, titles: names };
  }, [facts, outlines]);
  const units = useMemo(() => (cards && now !== undefined ? retentionByUnit(cards, unitFacts, now) : undefined), [cards, now, unitFacts]);
  return (
    <section className="record__block" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p>{t('retention.intro')}</p>
      {units ? (
        <div className="table-wrap retention-wrap" role="region" aria-labelledby="retention-title" tabIndex={0}>
          <RetentionChart units={units} titles={titles} lang={lang} />
        </div>
      ) : (
        <div className="boot" aria-busy="true" />
      )}
    </section>
  );
}
