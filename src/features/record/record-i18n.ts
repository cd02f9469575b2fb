/**
 * The record pages' strings, added to i18next when those pages load rather than in the first
 * download: most visits never open them. Both languages, so a language switch works offline.
 */
import { i18next } from '@/i18n/i18n';
import enRecord from '../../../locales/en/record.json';
import frRecord from '../../../locales/fr/record.json';

for (const [lang, bundle] of [['fr', frRecord], ['en', enRecord]] as const) {
  if (!i18next.hasResourceBundle(lang, 'record')) i18next.addResourceBundle(lang, 'record', bundle);
}
