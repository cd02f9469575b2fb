import { useLiveQuery } from 'dexie-react-hooks';
import type { ReviewCardRow } from '@/db/db';
import { getReviewCards } from '@/db/review-repository';

/** Every review card on this device, live; undefined while read. */
export function useReviewCards(): ReviewCardRow[] | undefined {
  return useLiveQuery(() => getReviewCards(), []);
}
