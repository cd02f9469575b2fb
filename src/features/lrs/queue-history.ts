/**
 * Puts the learner's whole history in the outbox, once an LRS is set (or a record is imported):
 * the statements of today's xAPI export, each under its own id, so what the outbox already
 * holds or has sent is not queued again.
 */
import type { Lang } from '@/content/course-types';
import { queueStatements } from '@/db/outbox-repository';
import { recordLoader } from '@/features/record/record-data';
import { currentRecord, recordStatementsFor } from '@/features/record/record-service';

export async function queueHistory(lang: Lang): Promise<number> {
  const data = await recordLoader();
  const record = await currentRecord(data, lang);
  return queueStatements(await recordStatementsFor(record, data), Date.now());
}
