import { headerKey } from '../imports/table-file.js';

// How attendance lists name the trainings: the code, or its name in
// English, French or Kinyarwanda (matched like a header: case and accents
// ignored). The web app translates the codes (web/src/i18n/workforce).

const NAMES: Record<string, string[]> = {
  national_case_management: [
    'National case management training',
    'Case management training',
    'Formation nationale en gestion de cas',
    "Amahugurwa y'igihugu ku micungire ya dosiye",
  ],
  case_management_followup: ['Case management follow-up', 'Follow-up module', 'Module de suivi', 'Amahugurwa akurikirana'],
  supervision: ['Supervisors training', 'Supportive supervision', 'Formation des superviseurs', "Amahugurwa y'abagenzuzi"],
  izu_basic: [
    'Basic training',
    'Basic IZU training',
    'IZU basic training',
    'Induction training',
    'Formation de base',
    'Formation de base des IZU',
    "Amahugurwa y'ibanze",
  ],
  izu_child_safeguarding: ['Child safeguarding', "Protection de l'enfant", 'Kurinda umwana'],
  izu_reporting: ['Reporting', 'Signalement', 'Gutanga raporo'],
  izu_referrals: ['Referrals', 'Référencement', 'Kohereza'],
  izu_positive_parenting: ['Positive parenting', 'Parentalité positive', 'Uburere bwiza'],
  izu_home_visits: ['Home visits', 'Visites à domicile', 'Gusura ingo'],
  local_leaders_child_protection: ['Local leaders training', 'Formation des leaders locaux', "Amahugurwa y'abayobozi b'ibanze"],
};

const BY_KEY = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  BY_KEY.set(code, code);
  for (const n of names) BY_KEY.set(headerKey(n), code);
}

/** The training code a list's cell names, or null. */
export function trainingCodeOf(text: string, known: ReadonlySet<string>): string | null {
  const code = BY_KEY.get(headerKey(text)) ?? headerKey(text);
  return known.has(code) ? code : null;
}

/** completedOn plus months, as YYYY-MM-DD (a refresher's due date). */
export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}
