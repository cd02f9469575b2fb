/**
 * The LRS strings, added to i18next when the settings or record page loads (most visits open
 * neither). Both languages, so a language switch works offline.
 */
import { i18next } from '@/i18n/i18n';
import enLrs from '../../../locales/en/lrs.json';
import frLrs from '../../../locales/fr/lrs.json';

for (const [lang, bundle] of [['fr', frLrs], ['en', enLrs]] as const) {
  if (!i18next.hasResourceBundle(lang, 'lrs')) i18next.addResourceBundle(lang, 'lrs', bundle);
}
