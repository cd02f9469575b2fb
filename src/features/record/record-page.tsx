import './record-i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData } from 'react-router';
import { PageHead } from '@/components/page-head';
import { courseQuizIds } from '@/domain/record/build-record';
import type { CompletionRecord } from '@/domain/record/record-schema';
import { useCourse } from '@/features/course-reader/hooks/use-course';
import { groupDigest } from './certificate-content';
import { DeliveryStatus } from '@/features/lrs/components/delivery-status';
import { RetentionSection } from '@/features/review/components/retention-section';
import { ImportForm } from './components/import-form';
import { downloadCertificate } from './download-certificate';
import { formatDate, formatDuration, formatPercent } from './format';
import { useRecord } from './hooks/use-record';
import type { RecordRouteData } from './record-data';
import { contentVersion, courseId, downloadRecordJson, downloadStatements } from './record-service';
import { pagePath } from '@/domain/course-ids';

/** The learner's record: result, completion rules, progress by unit, export and restore. */
export function RecordPage() {
  const { lang } = useCourse();
  const data = useLoaderData<RecordRouteData>();
  const { t } = useTranslation(['record', 'common']);
  const record = useRecord(data, lang);
  const [message, setMessage] = useState('');

  const offer = async (make: (record: CompletionRecord) => string | Promise<string>) => {
    if (!record) return;
    setMessage(t('export.preparing'));
    // Let the message paint before a long export (xAPI for thousands of answers) takes the thread.
    await new Promise((resolve) => setTimeout(resolve, 30));
    try {
      setMessage(t('export.done', { file: await make(record) }));
    } catch {
      setMessage(t('export.failed'));
    }
  };

  const head = (
    <>
      <PageHead title={`${t('title')} · ${t('common:appName')}`} description={t('intro')} />
      <h1>{t('title')}</h1>
      <p className="record__intro">{t('intro')}</p>
    </>
  );
  // The built page and the first render: the heading, then room for the record being read.
  if (!record)
    return (
      <div className="page page--narrow record">
        {head}
        <div className="boot" aria-busy="true" />
      </div>
    );
  const status = record.status;
  const percent = (ratio: number) => formatPercent(ratio, lang);
  return (
    <div className="page page--narrow record">
      {head}

      <section className="record__block record__result" aria-labelledby="result-title">
        <h2 id="result-title">{t('status.title')}</h2>
        <p className="record__badges">
          <span className={`badge badge--${status.completion === 'completed' ? 'read' : status.completion}`}>{t(`status.completion.${status.completion}`)}</span>{' '}
          <span className={`badge badge--${status.success === 'passed' ? 'passed' : status.success === 'failed' ? 'failed' : 'not-started'}`}>{t(`status.success.${status.success}`)}</span>
        </p>
        <ul className="record__facts">
          {status.completedAt ? <li>{t('status.completedOn', { date: formatDate(status.completedAt, lang) })}</li> : null}
          {status.finalScore && status.finalScoreAt ? (
            <li>{t('status.finalScore', { score: percent(status.finalScore.ratio), correct: status.finalScore.correct, total: status.finalScore.total, date: formatDate(status.finalScoreAt, lang) })}</li>
          ) : (
            <li>{t('status.noFinal')}</li>
          )}
          {status.passedAt ? <li>{t('status.passedOn', { date: formatDate(status.passedAt, lang) })}</li> : null}
          <li>{t('status.timeSpent', { time: formatDuration(status.timeSpentMs, t) })}</li>
        </ul>
      </section>

      <section className="record__block" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('rules.title')}</h2>
        <ul>
          <li>
            {t('rules.completed')} <strong>{t('rules.completedProgress', { read: status.lessonsRead, checks: status.checksTaken, total: status.lessonCount })}</strong>
          </li>
          <li>{t('rules.passed', { mark: percent(status.passMark) })}</li>
          <li>{t('rules.read')}</li>
        </ul>
      </section>

      <section className="record__block" aria-labelledby="units-title">
        <h2 id="units-title">{t('units.title')}</h2>
        {/* Focusable, so that a table wider than the screen can be scrolled from the keyboard. */}
        <div className="table-wrap" role="region" aria-labelledby="units-title" tabIndex={0}>
          <table className="record__table">
            <thead>
              <tr>
                <th scope="col">{t('units.unit')}</th>
                <th scope="col">{t('units.lessons')}</th>
                <th scope="col">{t('units.checks')}</th>
                <th scope="col">{t('units.checkScores')}</th>
                <th scope="col">{t('units.unitQuiz')}</th>
                <th scope="col">{t('units.time')}</th>
              </tr>
            </thead>
            <tbody>
              {record.units.map((unit) => (
                <tr key={unit.unitId}>
                  <th scope="row">{unit.title[lang]}</th>
                  <td data-label={t('units.lessons')}>{t('units.ratio', { done: unit.lessonsRead, total: unit.lessonCount })}</td>
                  <td data-label={t('units.checks')}>{t('units.ratio', { done: unit.checksTaken, total: unit.lessonCount })}</td>
                  <td data-label={t('units.checkScores')}>{unit.bestChecksAverage === undefined ? t('units.none') : percent(unit.bestChecksAverage)}</td>
                  <td data-label={t('units.unitQuiz')}>{unit.bestUnitQuiz === undefined ? t('units.none') : percent(unit.bestUnitQuiz)}</td>
                  <td data-label={t('units.time')}>{formatDuration(unit.timeSpentMs, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <RetentionSection facts={data.facts} outlines={data.outlines} lang={lang} />

      <DeliveryStatus lang={lang} showSettingsLink />

      <section className="record__block" aria-labelledby="export-title">
        <h2 id="export-title">{t('export.title')}</h2>
        <ul className="record__exports">
          <li>
            <button type="button" className="button" onClick={() => void offer(downloadRecordJson)}>
              {t('export.json')}
            </button>
            <span className="settings__hint">{t('export.jsonHint')}</span>
          </li>
          <li>
            <button type="button" className="button" onClick={() => void offer((r) => downloadStatements(r, data))}>
              {t('export.xapi')}
            </button>
            <span className="settings__hint">{t('export.xapiHint')}</span>
          </li>
          <li>
            <button type="button" className="button" onClick={() => void offer((r) => downloadCertificate(r, lang))}>
              {t('export.pdf')}
            </button>
            <span className="settings__hint">{t('export.pdfHint')}</span>
          </li>
        </ul>
        <p>
          <Link to={pagePath(lang, 'certificate')}>{t('export.view')}</Link>
        </p>
        <p className="record__digest">
          {t('export.digest')} <code translate="no">{groupDigest(record.integrity.digest)}</code>
        </p>
        <p className="settings__hint">{t('export.digestHint')}</p>
        <p role="status" className="settings__message">
          {message}
        </p>
      </section>

      <section className="record__block" aria-labelledby="import-title">
        <h2 id="import-title">{t('import.title')}</h2>
        <p>{t('import.hint')}</p>
        <ImportForm lang={lang} courseId={courseId} quizIds={courseQuizIds(data.outlines.fr)} rebuild={{ facts: data.facts, contentVersion }} />
      </section>
    </div>
  );
}
