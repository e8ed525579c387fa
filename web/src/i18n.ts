import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './i18n/en.json' with { type: 'json' };
import fr from './i18n/fr.json' with { type: 'json' };
import rw from './i18n/rw.json' with { type: 'json' };
import casesEn from './i18n/cases/en.json' with { type: 'json' };
import casesFr from './i18n/cases/fr.json' with { type: 'json' };
import casesRw from './i18n/cases/rw.json' with { type: 'json' };
import directoryEn from './i18n/directory/en.json' with { type: 'json' };
import directoryFr from './i18n/directory/fr.json' with { type: 'json' };
import directoryRw from './i18n/directory/rw.json' with { type: 'json' };
import izuVisitsEn from './i18n/izu-visits/en.json' with { type: 'json' };
import izuVisitsFr from './i18n/izu-visits/fr.json' with { type: 'json' };
import izuVisitsRw from './i18n/izu-visits/rw.json' with { type: 'json' };
import workforceEn from './i18n/workforce/en.json' with { type: 'json' };
import workforceFr from './i18n/workforce/fr.json' with { type: 'json' };
import workforceRw from './i18n/workforce/rw.json' with { type: 'json' };
import dataProtectionEn from './i18n/data-protection/en.json' with { type: 'json' };
import dataProtectionFr from './i18n/data-protection/fr.json' with { type: 'json' };
import dataProtectionRw from './i18n/data-protection/rw.json' with { type: 'json' };
import reintegrationEn from './i18n/reintegration/en.json' with { type: 'json' };
import reintegrationFr from './i18n/reintegration/fr.json' with { type: 'json' };
import reintegrationRw from './i18n/reintegration/rw.json' with { type: 'json' };
import careEn from './i18n/care/en.json' with { type: 'json' };
import careFr from './i18n/care/fr.json' with { type: 'json' };
import careRw from './i18n/care/rw.json' with { type: 'json' };
import indicatorsEn from './i18n/indicators/en.json' with { type: 'json' };
import indicatorsFr from './i18n/indicators/fr.json' with { type: 'json' };
import indicatorsRw from './i18n/indicators/rw.json' with { type: 'json' };
import type { Language } from './api/types.js';

// Kinyarwanda first: most volunteers read it; every string has an English and
// a French form too. Before sign-in the choice is remembered on this device;
// after sign-in it follows the user (saved on the server).
export const LANGUAGES: { code: Language; name: string }[] = [
  { code: 'rw', name: 'Kinyarwanda' },
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
];

const STORAGE_KEY = 'rinda.language';

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'rw' || v === 'en' || v === 'fr') return v;
  } catch {
    // storage may be unavailable (private mode); the default serves.
  }
  return 'rw';
}

void i18n.use(initReactI18next).init({
  resources: { rw: { translation: rw }, en: { translation: en }, fr: { translation: fr } },
  lng: storedLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['rw', 'en', 'fr'],
  interpolation: { escapeValue: false },
  returnEmptyString: false,
  initAsync: false,
});
// The case screens' messages (web/src/cases) live in their own files, merged into the same namespace.
for (const [lng, bundle] of [
  ['rw', casesRw],
  ['en', casesEn],
  ['fr', casesFr],
] as const)
  i18n.addResourceBundle(lng, 'translation', bundle, true, false);
// So do the service directory's (web/src/directory).
for (const [lng, bundle] of [
  ['rw', directoryRw],
  ['en', directoryEn],
  ['fr', directoryFr],
] as const)
  i18n.addResourceBundle(lng, 'translation', bundle, true, false);
// And the volunteer's household visits and incident flags (web/src/izu/izu-work.tsx, household-visits.tsx).
for (const [lng, bundle] of [
  ['rw', izuVisitsRw],
  ['en', izuVisitsEn],
  ['fr', izuVisitsFr],
] as const)
  i18n.addResourceBundle(lng, 'translation', bundle, true, false);
// And the rights of the people in the records (web/src/data-protection).
for (const [lng, bundle] of [
  ['rw', dataProtectionRw],
  ['en', dataProtectionEn],
  ['fr', dataProtectionFr],
] as const)
  i18n.addResourceBundle(lng, 'translation', bundle, true, false);
document.documentElement.lang = i18n.language;

export function currentLanguage(): Language {
  const l = i18n.language;
  return l === 'en' || l === 'fr' ? l : 'rw';
}

export function applyLanguage(language: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered on this device; harmless.
  }
  document.documentElement.lang = language;
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

export { i18n };
// And the workforce screens' (web/src/workforce).
for (const [lng, bundle] of [
  ['rw', workforceRw],
  ['en', workforceEn],
  ['fr', workforceFr],
] as const)
  i18n.addResourceBundle(lng, 'translation', bundle, true, false);
// Family tracing, reintegration and care leavers (web/src/reintegration).
for (const [lng, bundle] of [
  ['rw', reintegrationRw],
  ['en', reintegrationEn],
  ['fr', reintegrationFr],
] as const)
  i18n.addResourceBundle(lng, 'translation', bundle, true, false);
// Alternative care's (web/src/care), likewise.
for (const [lng, bundle] of [
  ['rw', careRw],
  ['en', careEn],
  ['fr', careFr],
] as const)
  i18n.addResourceBundle(lng, 'translation', bundle, true, false);
// The dashboards and the indicators' definitions (web/src/indicators).
for (const [lng, bundle] of [
  ['rw', indicatorsRw],
  ['en', indicatorsEn],
  ['fr', indicatorsFr],
] as const)
  i18n.addResourceBundle(lng, 'translation', bundle, true, false);
