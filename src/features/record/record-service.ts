/**
 * The record as this device holds it now, and the three files made from it: the JSON record,
 * the xAPI statements and the PDF certificate (which carries the JSON record inside it).
 */
import { contentVersion, courseId } from 'virtual:course';
import type { Lang } from '@/content/course-types';
import { readRecordSources } from '@/db/record-repository';
import { buildRecord } from '@/domain/record/build-record';
import type { CompletionRecord } from '@/domain/record/record-schema';
import { outlineDescriptions, recordStatements } from '@/domain/record/xapi';
import { downloadBlob } from '@/features/progress/download';
import type { RecordRouteData } from './record-data';

export { contentVersion, courseId };

export async function currentRecord(data: RecordRouteData, lang: Lang, now = Date.now()): Promise<CompletionRecord> {
  const sources = await readRecordSources(lang, now);
  return buildRecord({ courseId, contentVersion, build: __BUILD_ID__, outlines: data.outlines, ...sources, now });
}

/** `sentinelle-record-2026-11-23.json`: the date of the export, so several files sort well. */
export const recordFileName = (record: CompletionRecord, kind: 'record' | 'xapi' | 'certificate', extension: 'json' | 'pdf') =>
  `sentinelle-${kind}-${record.exportedAt.slice(0, 10)}.${extension}`;

export function downloadRecordJson(record: CompletionRecord): string {
  const name = recordFileName(record, 'record', 'json');
  downloadBlob(name, new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }));
  return name;
}

export function downloadStatements(record: CompletionRecord, data: RecordRouteData): string {
  const name = recordFileName(record, 'xapi', 'json');
  const statements = recordStatements(record, { base: __XAPI_BASE__, descriptions: outlineDescriptions(data.outlines) });
  downloadBlob(name, new Blob([JSON.stringify(statements, null, 2)], { type: 'application/json' }));
  return name;
}

/** Builds the record now and downloads it (the settings page and the full-disk banner). */
export async function downloadCurrentRecord(data: RecordRouteData, lang: Lang): Promise<void> {
  downloadRecordJson(await currentRecord(data, lang));
}
