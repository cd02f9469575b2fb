import '../lrs-i18n';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/content/course-types';
import { saveLearnerLrs } from '@/db/profile-repository';
import { clearBackoff } from '@/db/outbox-repository';
import type { ProfileRow } from '@/db/db';
import { useDestination } from '../hooks/use-delivery';
import { useLrsStore } from '../lrs-store';
import { authorizationHeader, isValidEndpoint, normaliseEndpoint, testConnection, type ConnectionTest } from '../lrs-client';
import { sendPending } from '../outbox-sender';

const origin = (endpoint: string) => new URL(endpoint).origin;

/** The learner's own LRS (endpoint, key, organisation identifier), with a connection test. */
export function LrsSettings({ lang, profile }: { lang: Lang; profile: ProfileRow | undefined }) {
  const { t } = useTranslation('lrs');
  const where = useDestination();
  const id = useId();
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [key, setKey] = useState<string | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const endpointValue = endpoint ?? profile?.lrs?.endpoint ?? '';
  const keyValue = key ?? profile?.lrs?.auth ?? '';
  const organisationValue = organisationId ?? profile?.organisationId ?? '';
  const site = where?.deployment?.lrs;
  const configProblem = useLrsStore((state) => state.configProblem);

  const check = (): string | null => {
    if (endpointValue.trim() && !isValidEndpoint(endpointValue)) return t('form.invalidEndpoint');
    if (endpointValue.trim() && !keyValue.trim()) return t('form.keyMissing');
    return null;
  };
  const destination = () => ({ endpoint: normaliseEndpoint(endpointValue), auth: authorizationHeader(keyValue) });
  const describe = (result: ConnectionTest) =>
    result.ok ? t(result.canRead ? 'test.ok' : 'test.okWriteOnly', { version: result.version }) : t(`test.${result.reason}`, { status: result.status ?? '' });

  return (
    <section className="settings__block" aria-labelledby="lrs-title">
      <h2 id="lrs-title">{t('title')}</h2>
      <p className="settings__hint">{t('intro')}</p>
      {configProblem ? (
        <p className="delivery__problem" role="alert">
          {t('config.broken', { reason: configProblem.problem === 'notJson' ? t('config.notJson') : t('config.invalid', { path: configProblem.path }), fallback: configProblem.kept ? t('config.kept') : t('config.noCopy') })}
        </p>
      ) : null}
      <p>{site ? (profile?.lrs ? t('siteOverridden', { origin: origin(site.endpoint) }) : t('site', { origin: origin(site.endpoint) })) : profile?.lrs ? null : t('none')}</p>
      <form
        className="lrs-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const problem = check();
          if (problem) return setMessage(problem);
          const lrs = endpointValue.trim() ? destination() : null;
          if (!(await saveLearnerLrs({ lrs, organisationId: organisationValue }, lang, Date.now()))) return setMessage(t('form.saveFailed'));
          await clearBackoff();
          setMessage(lrs ? t('form.saved') : t('form.removed'));
          setEndpoint(null);
          setKey(null);
          setOrganisationId(null);
          // The history is queued by start-delivery.ts as soon as the new LRS is seen.
          if (lrs) void sendPending(true);
        }}
      >
        <label htmlFor={`${id}-endpoint`}>{t('form.endpoint')}</label>
        <p className="settings__hint" id={`${id}-endpoint-hint`}>
          {t('form.endpointHint')}
        </p>
        <input id={`${id}-endpoint`} className="input input--wide" type="url" inputMode="url" autoComplete="off" spellCheck={false} aria-describedby={`${id}-endpoint-hint`} value={endpointValue} onChange={(event) => setEndpoint(event.target.value)} />
        <label htmlFor={`${id}-key`}>{t('form.key')}</label>
        <p className="settings__hint" id={`${id}-key-hint`}>
          {t('form.keyHint')}
        </p>
        <input id={`${id}-key`} className="input input--wide" type="password" autoComplete="off" spellCheck={false} aria-describedby={`${id}-key-hint`} value={keyValue} onChange={(event) => setKey(event.target.value)} />
        <label htmlFor={`${id}-org`}>{t('form.organisationId')}</label>
        <p className="settings__hint" id={`${id}-org-hint`}>
          {t('form.organisationIdHint')}
        </p>
        <input id={`${id}-org`} className="input input--wide" autoComplete="off" spellCheck={false} maxLength={200} aria-describedby={`${id}-org-hint`} value={organisationValue} onChange={(event) => setOrganisationId(event.target.value)} />
        <div className="settings__row settings__row--actions">
          <button
            type="button"
            className="button"
            disabled={!endpointValue.trim()}
            onClick={async () => {
              const problem = check();
              if (problem) return setMessage(problem);
              setMessage(t('test.testing'));
              setMessage(describe(await testConnection(destination())));
            }}
          >
            {t('form.test')}
          </button>
          <button type="submit" className="button button--primary">
            {t('form.save')}
          </button>
          {profile?.lrs ? (
            <button
              type="button"
              className="button button--danger"
              onClick={async () => {
                if (!(await saveLearnerLrs({ lrs: null, organisationId: organisationValue }, lang, Date.now()))) return setMessage(t('form.saveFailed'));
                setEndpoint(null);
                setKey(null);
                setMessage(t('form.removed'));
              }}
            >
              {t('form.remove')}
            </button>
          ) : null}
        </div>
        <p role="status" className="settings__message">
          {message}
        </p>
      </form>
    </section>
  );
}
