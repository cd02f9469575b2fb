import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/content/course-types';
import { importRecordText, type RecordImportResult } from '@/db/record-repository';
import type { Rebuild } from '@/domain/record/parse-record';
import { MAX_RECORD_BYTES } from '@/domain/record/record-schema';
import type { RecordProblem } from '@/domain/record/parse-record';
import { formatBytes } from '@/i18n/format-bytes';

type Message = { tone: 'ok' | 'bad' | 'info'; text: string };

/** Restores progress from a record file: checked in full first; a bad file changes nothing. */
export function ImportForm({ lang, courseId, quizIds, rebuild }: { lang: Lang; courseId: string; quizIds: ReadonlySet<string>; rebuild: Rebuild }) {
  const { t } = useTranslation('record');
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();

  const problemText = (problem: RecordProblem): string => {
    switch (problem.code) {
      case 'too-large':
        return t('import.errors.too-large', { size: formatBytes(problem.bytes, lang), max: formatBytes(problem.max, lang) });
      case 'unsupported-version':
        return t('import.errors.unsupported-version', { version: problem.version });
      case 'invalid':
        return t('import.errors.invalid', { path: problem.path, reason: t(`import.schemaReasons.${problem.reason}`) });
      case 'inconsistent':
        return t('import.errors.inconsistent', { path: problem.path, reason: t(`import.inconsistencies.${problem.reason}`) });
      case 'other-course':
        return t('import.errors.other-course', { courseId: problem.courseId });
      default:
        return t(`import.errors.${problem.code}`);
    }
  };

  const describe = (result: RecordImportResult): Message => {
    if (result.ok) {
      const lessons = result.summary.lessonsAdded + result.summary.lessonsUpdated;
      const attempts = result.summary.attemptsAdded + result.summary.attemptsUpdated;
      return lessons + attempts === 0 ? { tone: 'info', text: t('import.nothing') } : { tone: 'ok', text: t('import.done', { lessons, attempts }) };
    }
    const reason = 'problem' in result ? problemText(result.problem) : t(result.storage === 'quota' ? 'import.errors.storage-quota' : 'import.errors.storage-other');
    return { tone: 'bad', text: `${reason} ${t('import.unchanged')}` };
  };

  return (
    <form
      className="record-import"
      onSubmit={async (event) => {
        event.preventDefault();
        const file = (event.currentTarget.elements.namedItem('record') as HTMLInputElement | null)?.files?.[0];
        if (!file) return setMessage({ tone: 'bad', text: t('import.errors.no-file') });
        setBusy(true);
        setMessage({ tone: 'info', text: t('import.working') });
        try {
          // The size is checked before reading: a huge file is never loaded into memory.
          const text = file.size > MAX_RECORD_BYTES ? '' : await file.text();
          setMessage(describe(await importRecordText(text, file.size, { courseId, quizIds, rebuild, lang, now: Date.now() })));
        } catch {
          setMessage({ tone: 'bad', text: `${t('import.errors.read-failed')} ${t('import.unchanged')}` });
        } finally {
          setBusy(false);
        }
      }}
    >
      <label htmlFor={inputId}>{t('import.label')}</label>
      <div className="settings__row">
        <input id={inputId} name="record" type="file" accept="application/json,.json" className="input" />
        <button type="submit" className="button" disabled={busy}>
          {t('import.button')}
        </button>
      </div>
      <p role="status" className={`record-import__message record-import__message--${message?.tone ?? 'info'}`}>
        {message && message.tone !== 'bad' ? message.text : ''}
      </p>
      <p role="alert" className="record-import__message record-import__message--bad">
        {message?.tone === 'bad' ? message.text : ''}
      </p>
    </form>
  );
}
