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

/** The label of a provider form's field for a path of the request (`services.0.areaPlaceIds.1`), for a refusal's summary. */
export function providerFieldLabel(t: TFunction, path: string): string | undefined {
  const [head, index, field] = path.split('.');
  const top: Record<string, string> = {
    name: 'directory.name',
    kind: 'directory.kind',
    placeId: 'directory.seat',
    description: 'directory.description',
    email: 'directory.email',
    website: 'directory.website',
    quality: 'directory.quality',
    focalPersonIds: 'directory.focalPersons',
  };
  const inService: Record<string, string> = {
    serviceType: 'directory.serviceType',
    name: 'directory.serviceName',
    minAge: 'directory.minAge',
    maxAge: 'directory.maxAge',
    sexes: 'directory.sexes',
    capacityAvailable: 'directory.capacity',
    areaPlaceIds: 'directory.areas',
    schedules: 'directory.schedule',
    phones: 'directory.phones',
    locationIds: 'directory.givenAt',
    description: 'directory.description',
    email: 'directory.email',
  };
  if (!head) return undefined;
  if (head === 'services' && index !== undefined) {
    const n = Number(index) + 1;
    return field && inService[field] ? `${t('directory.service', { n })} · ${t(inService[field])}` : t('directory.service', { n });
  }
  if ((head === 'phones' || head === 'locations') && index !== undefined) return `${t(`directory.${head}`)} ${Number(index) + 1}`;
  return top[head] ? t(top[head]) : undefined;
}
