import 'i18next';
import type frLms from '../../locales/fr/lms.json';
import type frLrs from '../../locales/fr/lrs.json';
import type frRecord from '../../locales/fr/record.json';
import type frReview from '../../locales/fr/review.json';
import type { defaultNS, resources } from './i18n.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    /** `record`, `lrs` and `review` are added when their pages load (record-i18n.ts, lrs-i18n.ts, review-i18n.ts); `lms` in an LMS package (lms-i18n.ts). */
    resources: (typeof resources)['fr'] & { record: typeof frRecord; lrs: typeof frLrs; review: typeof frReview; lms: typeof frLms };
  }
}
