import type { Lang } from '@/content/course-types';
import type { CompletionRecord } from '@/domain/record/record-schema';
import { i18next } from '@/i18n/i18n';
import { downloadBlob } from './download-blob';
import { certificateContent } from './certificate-content';
import { recordFileName } from './record-service';

/** Makes the certificate PDF in `lang` (pdf-lib loads only now) and downloads it. */
export async function downloadCertificate(record: CompletionRecord, lang: Lang): Promise<string> {
  const { certificatePdf } = await import('./certificate-pdf');
  const content = certificateContent(record, lang, i18next.getFixedT(lang, 'record'));
  const bytes = await certificatePdf(record, content, recordFileName(record, 'record', 'json'));
  const name = recordFileName(record, 'certificate', 'pdf');
  downloadBlob(name, new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  return name;
}
