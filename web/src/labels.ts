import type { TFunction } from 'i18next';

// Translated names of the domain's fixed vocabularies.

export const roleName = (t: TFunction, role: string) => t(`roles.${role}`, { defaultValue: role });
export const levelName = (t: TFunction, level: number) => t(`levels.${level}`, { defaultValue: String(level) });
export const kindName = (t: TFunction, kind: string) => t(`kinds.${kind}`, { defaultValue: kind });
export const languageName = (t: TFunction, language: string) => t(`languages.${language}`, { defaultValue: language });

/** "Gasabo · District (Akarere)". */
export const placeWithLevel = (t: TFunction, place: { name: string; level: number }) => `${place.name} · ${levelName(t, place.level)}`;

export function formatDateTime(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // Kinyarwanda has no locale data in every browser: fall back to English day/month names.
  const locale = language === 'fr' ? 'fr-RW' : language === 'rw' ? ['rw-RW', 'en-GB'] : 'en-GB';
  return d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Africa/Kigali' });
}
