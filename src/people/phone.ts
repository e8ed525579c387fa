// Rwandan mobile numbers: MTN (078, 079) and Airtel (072, 073), nine digits
// after the country code 250. Stored in E.164 form so SMS adapters and
// duplicate checks see one spelling.
const MOBILE = /^7[2389]\d{7}$/;

/**
 * '0781234567', '+250781234567', '250781234567' (spaces, dashes, dots and
 * brackets allowed) → '+250781234567'; anything else → null.
 */
export function normaliseRwandanMobile(input: string): string | null {
  const compact = input.trim().replace(/[\s\-.()]/g, '');
  let national: string;
  if (/^\+250\d+$/.test(compact)) national = compact.slice(4);
  else if (/^250\d+$/.test(compact)) national = compact.slice(3);
  else if (/^0\d+$/.test(compact)) national = compact.slice(1);
  else return null;
  return MOBILE.test(national) ? `+250${national}` : null;
}
