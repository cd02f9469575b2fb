import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHead } from '@/components/page-head';
import { useHydrated } from '@/components/use-hydrated';
import { storageEstimate } from '@/db/storage-estimate';
import { saveDisplayName } from '@/db/profile-repository';
import { resetProgress } from '@/db/progress-repository';
import { useCourse } from '@/features/course-reader/hooks/use-course';
import { downloadBackup } from '@/features/progress/download';
import { useProfile } from '@/features/progress/hooks/use-learner-data';
import { useStorageStatus } from '@/features/progress/storage-status-store';
import { formatBytes } from '@/i18n/format-bytes';
import { DeliveryStatus } from '@/features/lrs/components/delivery-status';
import { LrsSettings } from '@/features/lrs/components/lrs-settings';
import { pagePath } from '@/domain/course-ids';

/** Name for the certificate, storage used and kept, backup and reset. */
export function SettingsPage() {
  const { lang } = useCourse();
  const { t } = useTranslation(['settings', 'common']);
  const profile = useProfile();
  const { persisted, requestPersistence, problem } = useStorageStatus();
  const [estimate, setEstimate] = useState<Awaited<ReturnType<typeof storageEstimate>>>({});
  const [name, setName] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const nameId = useId();
  // The prerendered page's buttons act only once the page is live: until then they say so by
  // being disabled, rather than swallowing a click.
  const live = useHydrated();

  useEffect(() => {
    void storageEstimate().then(setEstimate);
  }, [persisted, message]);

  const kept = persisted ?? estimate.persisted;
  return (
    <div className="page page--narrow settings">
      <PageHead title={`${t('title')} · ${t('common:appName')}`} description={t('description')} />
      <h1>{t('title')}</h1>
      <p role="status" className="settings__message">
        {message}
      </p>

      <section className="settings__block" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('profile.title')}</h2>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (await saveDisplayName(name ?? profile?.displayName ?? '', lang, Date.now())) setMessage(t('profile.saved'));
          }}
        >
          <label htmlFor={nameId}>{t('profile.label')}</label>
          <p className="settings__hint" id={`${nameId}-hint`}>
            {t('profile.hint')}
          </p>
          <div className="settings__row">
            <input id={nameId} aria-describedby={`${nameId}-hint`} className="input" value={name ?? profile?.displayName ?? ''} maxLength={120} autoComplete="name" onChange={(event) => setName(event.target.value)} />
            <button type="submit" className="button" disabled={!live}>
              {t('profile.save')}
            </button>
          </div>
        </form>
      </section>

      <section className="settings__block" aria-labelledby="storage-title">
        <h2 id="storage-title">{t('storage.title')}</h2>
        {problem === 'unavailable' ? <p>{t('storage.memoryOnly')}</p> : null}
        <p>{estimate.usage !== undefined && estimate.quota !== undefined ? t('storage.used', { used: formatBytes(estimate.usage, lang), quota: formatBytes(estimate.quota, lang) }) : t('storage.unknown')}</p>
        <p>{kept ? t('storage.persisted') : t('storage.notPersisted')}</p>
        {kept ? null : (
          <button type="button" className="button" disabled={!live} onClick={() => void requestPersistence()}>
            {t('storage.request')}
          </button>
        )}
      </section>

      <section className="settings__block" aria-labelledby="export-title">
        <h2 id="export-title">{t('export.title')}</h2>
        <p>
          {t('export.hint')} <Link to={pagePath(lang, 'record')}>{t('export.restore')}</Link>
        </p>
        <button type="button" className="button" disabled={!live} onClick={async () => {
            if (!(await downloadBackup(lang))) setMessage(t('export.failed'));
          }}>
          {t('export.button')}
        </button>
      </section>

      <LrsSettings lang={lang} profile={profile} />
      <DeliveryStatus lang={lang} />

      <section className="settings__block settings__block--danger" aria-labelledby="reset-title">
        <h2 id="reset-title">{t('reset.title')}</h2>
        <p>{t('reset.hint')}</p>
        <button type="button" className="button button--danger" disabled={!live} onClick={() => dialog.current?.showModal()}>
          {t('reset.button')}
        </button>
      </section>

      <dialog ref={dialog} className="dialog" aria-labelledby="reset-dialog-title" aria-describedby="reset-dialog-body">
        <form
          method="dialog"
          onSubmit={async (event) => {
            const confirmed = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'confirm';
            if (confirmed && (await resetProgress(Date.now()))) setMessage(t('reset.done'));
          }}
        >
          <h2 id="reset-dialog-title">{t('reset.confirmTitle')}</h2>
          <p id="reset-dialog-body">{t('reset.confirmBody')}</p>
          <div className="dialog__actions">
            <button type="submit" value="cancel" className="button" autoFocus>
              {t('reset.cancel')}
            </button>
            <button type="submit" value="confirm" className="button button--danger">
              {t('reset.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
