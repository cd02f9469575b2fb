/**
 * The record as this device holds it now, and the three files made from it: the JSON record,
 * the xAPI statements and the PDF certificate (which carries the JSON record inside it).
 */
import { contentVersion, courseId } from 'virtual:course';
import type { Lang } from '@/content/course-types';
import { readRecordSources } from '@/db/record-repository';
import { buildRecord } from '@/domain/record/build-record';
import type { CompletionRecord, UnsignedRecord } from '@/domain/record/record-schema';
import { xapiAccount } from '@/db/deployment-repository';
import { outlineDescriptions, recordStatements } from '@/domain/record/xapi';
import { downloadBlob } from './download-blob';
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

/**
 * The record's xAPI statements, for the LRS and the download alike (so both carry the same
 * ids): the learner's account as the organisation knows it when set (config.json's home page,
 * the learner's organisation identifier).
 */
export async function recordStatementsFor(record: UnsignedRecord, data: Pick<RecordRouteData, 'outlines'>) {
  return recordStatements(record, { base: __XAPI_BASE__, descriptions: outlineDescriptions(data.outlines), account: await xapiAccount() });
}

export async function downloadStatements(record: CompletionRecord, data: RecordRouteData): Promise<string> {
  const name = recordFileName(record, 'xapi', 'json');
  const statements = await recordStatementsFor(record, data);
  downloadBlob(name, new Blob([JSON.stringify(statements, null, 2)], { type: 'application/json' }));
  return name;
}

/** Builds the record now and downloads it (the settings page and the full-disk banner). */
export async function downloadCurrentRecord(data: RecordRouteData, lang: Lang): Promise<void> {
  downloadRecordJson(await currentRecord(data, lang));
}
