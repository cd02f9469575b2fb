/**
 * The review strings, added to i18next when the review page or the record page loads. Both
 * languages, so a language switch works offline.
 */
import { i18next } from '@/i18n/i18n';
import enReview from '../../../locales/en/review.json';
import frReview from '../../../locales/fr/review.json';

for (const [lang, bundle] of [['fr', frReview], ['en', enReview]] as const) {
  if (!i18next.hasResourceBundle(lang, 'review')) i18next.addResourceBundle(lang, 'review', bundle);
}
