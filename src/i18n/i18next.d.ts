import 'i18next';
import type frRecord from '../../locales/fr/record.json';
import type { defaultNS, resources } from './i18n.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    /** `record` is added when the record pages load (src/features/record/record-i18n.ts). */
    resources: (typeof resources)['fr'] & { record: typeof frRecord };
  }
}
