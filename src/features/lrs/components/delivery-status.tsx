import '../lrs-i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lang } from '@/content/course-types';
import { useOnline } from '@/components/use-online';
import { useDestination, useOutboxStatus } from '../hooks/use-delivery';
import { sendPending } from '../outbox-sender';

const when = (at: number, lang: Lang) => new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));

/**
 * How many statements wait for the LRS, when the last were sent, the last problem, and a
 * "Send now" button. Shown only when an LRS is set (settings, record page).
 */
export function DeliveryStatus({ lang, showSettingsLink = false }: { lang: Lang; showSettingsLink?: boolean }) {
  const { t } = useTranslation('lrs');
  const status = useOutboxStatus();
  const where = useDestination();
  const online = useOnline();
  const [sending, setSending] = useState(false);
  if (!status || !where?.destination) return null;
  const { delivery } = status;
  const problem = delivery.problem;
  return (
    <section className="record__block delivery" aria-labelledby="delivery-title">
      <h2 id="delivery-title">{t('status.title')}</h2>
      <p role="status" data-testid="delivery-waiting">
        {status.pending > 0 ? t('status.waiting', { count: status.pending }) : t('status.allSent')}
      </p>
      <p>
        {delivery.lastSentAt !== undefined ? t('status.lastSent', { date: when(delivery.lastSentAt, lang) }) : t('status.neverSent')}{' '}
        {status.sent > 0 ? t('status.sent', { count: status.sent }) : null}
      </p>
      {!online && status.pending > 0 ? <p>{t('status.offline')}</p> : null}
      {problem ? (
        <p className="delivery__problem" role="alert">
          {t(`status.problem.${where.destination.source === 'site' && (problem.kind === 'auth' || problem.kind === 'endpoint') ? (`${problem.kind}Site` as const) : problem.kind}`, { status: problem.status ?? '', date: when(problem.at, lang) })}
        </p>
      ) : null}
      {status.setAside > 0 ? (
        <p className="delivery__problem">
          {/* Status 0: no LRS refused them; an ended cmi5 session left them (src/domain/lms/cmi5.ts ofAnotherSession). */}
          {status.lastRefusal?.status === 0 ? t('status.setAsideEnded', { count: status.setAside }) : t('status.setAside', { count: status.setAside, message: status.lastRefusal?.message ?? '' })}
        </p>
      ) : null}
      <div className="settings__row">
        <button
          type="button"
          className="button"
          disabled={sending || status.pending === 0}
          onClick={async () => {
            setSending(true);
            try {
              await sendPending(true);
            } finally {
              setSending(false);
            }
          }}
        >
          {sending ? t('status.sending') : t('status.sendNow')}
        </button>
        {showSettingsLink ? (
          <Link className="button button--secondary" to={`/${lang}/settings#lrs-title`}>
            {t('status.settings')}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
