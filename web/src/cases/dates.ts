// Dates as Rwanda lives them: every date and deadline is in Kigali time
// (UTC+2, no daylight saving), whatever the device's own zone.

const KIGALI = 'Africa/Kigali';

/** Today's date in Kigali, YYYY-MM-DD. */
export function todayInKigali(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: KIGALI, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Now in Kigali as a datetime-local value, YYYY-MM-DDTHH:mm. */
export function nowLocalInput(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: KIGALI,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** A datetime-local value read as Kigali time, as an ISO string with its offset. */
export function kigaliInputToIso(value: string): string {
  return `${value.length === 16 ? `${value}:00` : value}+02:00`;
}

/** A date (YYYY-MM-DD) `days` later. */
export function addDaysTo(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function formatDate(date: string, language: string): string {
  const d = new Date(date.length === 10 ? `${date}T12:00:00Z` : date);
  if (Number.isNaN(d.getTime())) return date;
  const locale = language === 'fr' ? 'fr-RW' : language === 'rw' ? ['rw-RW', 'en-GB'] : 'en-GB';
  return d.toLocaleDateString(locale, { dateStyle: 'medium', timeZone: KIGALI });
}
