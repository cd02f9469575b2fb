/** The words of the certificate, shared by the page and the PDF, in the learner's language. */
import type { TFunction } from 'i18next';
import type { Lang } from '@/content/course-types';
import type { CompletionRecord } from '@/domain/record/record-schema';
import { formatDate, formatPercent } from './format';

export interface CertificateContent {
  lang: Lang;
  /** Completed and passed: a certificate; otherwise a statement of progress. */
  achieved: boolean;
  heading: string;
  certifies: string;
  name: string;
  named: boolean;
  courseLine: string;
  courseTitle: string;
  result: string;
  progress?: string;
  dates: { label: string; value: string }[];
  learnerId: { label: string; value: string };
  digest: { label: string; value: string; note: string };
}

/** `3f2a9c01…` as eight groups of eight, easier to read aloud and compare. */
export const groupDigest = (digest: string) => digest.match(/.{1,8}/g)?.join(' ') ?? digest;

export function certificateContent(record: CompletionRecord, lang: Lang, t: TFunction<'record'>): CertificateContent {
  const status = record.status;
  const achieved = status.completion === 'completed' && status.success === 'passed';
  const score = status.finalScore ? formatPercent(status.finalScore.ratio, lang) : '';
  const mark = formatPercent(status.passMark, lang);
  const name = record.learner.displayName.trim();
  const completedAt = status.completedAt;
  const dated = (label: string, instant: string | undefined) => (instant ? [{ label, value: formatDate(instant, lang) }] : []);
  const completedOn = dated(t('certificate.completedOn'), completedAt);
  const passedOn = dated(t('certificate.passedOn'), status.passedAt);
  return {
    lang,
    achieved,
    heading: t(achieved ? 'certificate.heading' : 'certificate.headingProgress'),
    certifies: t('certificate.certifies'),
    name: name || t('certificate.noName'),
    named: name !== '',
    courseLine: t(status.completion === 'completed' ? 'certificate.completed' : 'certificate.following'),
    courseTitle: record.course.title[lang],
    result: status.success === 'passed' ? t('certificate.passedWith', { score }) : status.success === 'failed' ? t('certificate.failedWith', { score, mark }) : t('certificate.notTaken'),
    ...(status.completion === 'completed' ? {} : { progress: t('certificate.progress', { read: status.lessonsRead, checks: status.checksTaken, total: status.lessonCount }) }),
    // Completed and passed on different days: both dates; on the same day, one.
    dates: [...completedOn, ...(passedOn[0] && passedOn[0].value !== completedOn[0]?.value ? passedOn : []), ...dated(t('certificate.issuedOn'), record.exportedAt)],
    learnerId: { label: t('certificate.learnerId'), value: record.learner.id },
    digest: { label: t('certificate.digest'), value: groupDigest(record.integrity.digest), note: t('certificate.digestNote') },
  };
}
