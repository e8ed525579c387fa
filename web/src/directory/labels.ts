import type { TFunction } from 'i18next';
import { currentLanguage } from '../i18n.js';
import type { ServiceType } from '../api/types.js';

// Names of the directory's shared lists: service types come with their three
// names from the server (administrators add them), so no message file holds them.

export function serviceTypeName(types: readonly ServiceType[] | undefined, code: string): string {
  const type = types?.find((x) => x.code === code);
  if (!type) return code;
  const lang = currentLanguage();
  return lang === 'en' ? type.nameEn : lang === 'fr' ? type.nameFr : type.nameRw;
}

export function agesLabel(t: TFunction, min: number | null, max: number | null): string {
  if (min === null && max === null) return t('directory.anyAge');
  return t('directory.agesRange', { min: min ?? 0, max: max ?? 25 });
}

export function sexesLabel(t: TFunction, sexes: readonly string[]): string {
  if (sexes.length !== 1) return t('directory.anySex');
  return sexes[0] === 'female' ? t('directory.female') : t('directory.male');
}

export function capacityLabel(t: TFunction, capacity: number | null): string {
  if (capacity === null) return t('directory.capacityNotCounted');
  return capacity === 0 ? t('directory.capacityFull') : String(capacity);
}
