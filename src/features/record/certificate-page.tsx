import './record-i18n';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData } from 'react-router';
import { PageHead } from '@/components/page-head';
import { useCourse } from '@/features/course-reader/hooks/use-course';
import { certificateContent } from './certificate-content';
import { downloadCertificate } from './download-certificate';
import { useRecord } from './hooks/use-record';
import type { RecordRouteData } from './record-data';
import { downloadRecordJson } from './record-service';
import { pagePath } from '@/domain/course-ids';

/** The certificate on screen, ready to print, with its PDF a click away. */
export function CertificatePage() {
  const { lang, outline } = useCourse();
  const data = useLoaderData<RecordRouteData>();
  const { t } = useTranslation(['record', 'common', 'settings']);
  const record = useRecord(data, lang);
  // The built page and the first render: room for the certificate being made from the record.
  if (!record)
    return (
      <div className="page certificate-page">
        <PageHead title={`${t('certificate.title')} · ${outline.title}`} description={t('certificate.description')} />
        <div className="boot" aria-busy="true" />
      </div>
    );
  const content = certificateContent(record, lang, t);
  return (
    <div className="page certificate-page">
      <PageHead title={`${content.heading} · ${outline.title}`} description={t('certificate.description')} />
      <div className="certificate-page__actions no-print">
        <Link to={pagePath(lang, 'record')}>{t('certificate.back')}</Link>
        <button type="button" className="button" onClick={() => downloadRecordJson(record)}>
          {t('certificate.downloadRecord')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('certificate.print')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void downloadCertificate(record, lang)}>
          {t('certificate.download')}
        </button>
      </div>
      {content.named ? null : (
        <p className="certificate-page__hint no-print">
          {t('certificate.noNameHint')} <Link to={pagePath(lang, 'settings')}>{t('settings:nav')}</Link>
        </p>
      )}
      <article className={`certificate${content.achieved ? ' certificate--achieved' : ''}`} aria-labelledby="certificate-heading">
        <p className="certificate__brand">{t('common:appName')}</p>
        <h1 id="certificate-heading" className="certificate__heading">
          {content.heading}
        </h1>
        <p className="certificate__lead">{content.certifies}</p>
        <p className="certificate__name">{content.name}</p>
        <p className="certificate__lead">{content.courseLine}</p>
        <p className="certificate__course">{content.courseTitle}</p>
        <p>{content.result}</p>
        {content.progress ? <p>{content.progress}</p> : null}
        <p className="certificate__dates">
          {content.dates.map((date) => (
            <span key={date.label} className="certificate__date">
              {date.label} {date.value}
            </span>
          ))}
        </p>
        <dl className="certificate__meta">
          <dt>{content.learnerId.label}</dt>
          <dd translate="no">{content.learnerId.value}</dd>
          <dt>{content.digest.label}</dt>
          <dd translate="no">
            <code>{content.digest.value}</code>
          </dd>
        </dl>
        <p className="certificate__note">{content.digest.note}</p>
      </article>
    </div>
  );
}
