/** The LMS strings, added to i18next in an LMS package only (the web site never shows them). */
import { i18next } from '@/i18n/i18n';
import enLms from '../../../locales/en/lms.json';
import frLms from '../../../locales/fr/lms.json';

for (const [lang, bundle] of [['fr', frLms], ['en', enLms]] as const) {
  if (!i18next.hasResourceBundle(lang, 'lms')) i18next.addResourceBundle(lang, 'lms', bundle);
}
