import { useLiveQuery } from 'dexie-react-hooks';
import type { Lang } from '@/content/course-types';
import type { RecordRouteData } from '../record-data';
import { currentRecord } from '../record-service';

/**
 * The learner's record, rebuilt whenever their progress changes (here or in another tab).
 * The files the page offers are made from this one record, so the JSON, the xAPI statements
 * and the certificate always carry the same digest.
 */
export function useRecord(data: RecordRouteData, lang: Lang) {
  return useLiveQuery(() => currentRecord(data, lang), [data, lang]);
}
