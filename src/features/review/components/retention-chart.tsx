import '../review-i18n';
import { useTranslation } from 'react-i18next';
import type { Lang, LocalizedText } from '@/content/course-types';
import type { UnitRetention } from '@/domain/review/schedule';

const percent = (share: number, lang: Lang) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share);

const WIDTH = 160;
const HEIGHT = 40;

/** The curve of one unit over the next days: a small line, 0 % at the bottom, 100 % at the top. */
function Sparkline({ curve, label }: { curve: readonly number[]; label: string }) {
  const step = WIDTH / Math.max(1, curve.length - 1);
  const points = curve.map((share, day) => `${(day * step).toFixed(1)},${(HEIGHT - share * HEIGHT).toFixed(1)}`).join(' ');
  return (
    <svg className="retention__spark" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={label} focusable="false">
      <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="retention__axis" />
      <line x1="0" y1="0" x2={WIDTH} y2="0" className="retention__grid" />
      <polyline points={points} className="retention__line" fill="none" />
    </svg>
  );
}

/**
 * For each unit, the share of its studied facts the learner is likely to recall today, and how it
 * falls over the next 30 days without review: a small line per unit (with a text alternative)
 * and the same figures as a table.
 */
export function RetentionChart({ units, titles, lang }: { units: readonly UnitRetention[]; titles: ReadonlyMap<string, LocalizedText>; lang: Lang }) {
  const { t } = useTranslation('review');
  const at = (unit: UnitRetention, day: number) => unit.curve[Math.min(day, unit.curve.length - 1)] ?? 0;
  return (
    <table className="retention">
      <caption>{t('retention.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('retention.unit')}</th>
          <th scope="col">{t('retention.studied')}</th>
          <th scope="col">{t('retention.today')}</th>
          <th scope="col">{t('retention.in7')}</th>
          <th scope="col">{t('retention.in30')}</th>
          <th scope="col">{t('retention.curve')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => {
          const title = titles.get(unit.unitId)?.[lang] ?? unit.unitId;
          return (
            <tr key={unit.unitId}>
              <th scope="row">{title}</th>
              <td data-label={t('retention.studied')}>{t('retention.studiedOf', { studied: unit.studied, total: unit.facts })}</td>
              <td data-label={t('retention.today')}>{unit.studied ? percent(unit.today, lang) : '—'}</td>
              <td data-label={t('retention.in7')}>{unit.studied ? percent(at(unit, 7), lang) : '—'}</td>
              <td data-label={t('retention.in30')}>{unit.studied ? percent(at(unit, 30), lang) : '—'}</td>
              <td data-label={t('retention.curve')}>
                {unit.studied ? (
                  <Sparkline curve={unit.curve} label={t('retention.curveLabel', { unit: title, today: percent(unit.today, lang), later: percent(at(unit, 30), lang) })} />
                ) : (
                  t('retention.notStudied')
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
