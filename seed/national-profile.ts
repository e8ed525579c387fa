// The shape of the synthetic country: how big each district is, how cases
// split by type and tier, how many people work where. Figures are rounded
// public ones (census 2022 populations) or plausible mixes; nothing here is
// real case data.

/** Census 2022 population of each district, in thousands (NISR, rounded). */
export const DISTRICT_POPULATION: Record<string, number> = {
  '11': 374,
  '12': 880,
  '13': 492, // Kigali: Nyarugenge, Gasabo, Kicukiro
  '21': 365,
  '22': 398,
  '23': 318,
  '24': 381,
  '25': 371,
  '26': 359,
  '27': 358,
  '28': 450, // South
  '31': 367,
  '32': 370,
  '33': 546,
  '34': 319,
  '35': 367,
  '36': 485,
  '37': 434, // West
  '41': 350,
  '42': 353,
  '43': 476,
  '44': 387,
  '45': 448, // North
  '51': 484,
  '52': 653,
  '53': 551,
  '54': 457,
  '55': 460,
  '56': 404,
  '57': 551, // East
};

/** Districts with refugee camps (Mahama, Kigeme, Kiziba, Mugombwa, Nyabiheke): more refugee children. */
export const REFUGEE_HOSTING_DISTRICTS = ['55', '25', '31', '22', '53'];

/** At scale 1: children, and what follows from them. */
export const NATIONAL_FIGURES = {
  children: 1_850_000,
  /** share of children with a second case; a third for a fifth of those */
  repeatCaseShare: 0.1,
  /** non-VENA reports (referred to early intervention) per VENA case */
  nonVenaPerCase: 0.1,
  years: 10,
};

/** Case types (framework Table 4) with their share of cases and the chance a case of that type is Tier 1. */
export const CASE_TYPE_MIX: ReadonlyArray<{ type: string; share: number; tier1: number }> = [
  { type: 'sexual_violence', share: 0.28, tier1: 0.7 },
  { type: 'physical_violence', share: 0.2, tier1: 0.25 },
  { type: 'emotional_violence', share: 0.08, tier1: 0.08 },
  { type: 'abandonment_neglect', share: 0.25, tier1: 0.1 },
  { type: 'child_labour_exploitation', share: 0.08, tier1: 0.1 },
  { type: 'street_connected', share: 0.06, tier1: 0.12 },
  { type: 'harmful_practices', share: 0.05, tier1: 0.12 },
];

/** How a report reached the register (step 1). */
export const CHANNEL_MIX: ReadonlyArray<{ channel: string; share: number }> = [
  { channel: 'izu', share: 0.34 },
  { channel: 'local_leader', share: 0.1 },
  { channel: 'hotline_116', share: 0.1 },
  { channel: 'school', share: 0.1 },
  { channel: 'health_facility', share: 0.1 },
  { channel: 'police', share: 0.08 },
  { channel: 'rib', share: 0.05 },
  { channel: 'family_member', share: 0.05 },
  { channel: 'community_member', share: 0.04 },
  { channel: 'ngo', share: 0.02 },
  { channel: 'child', share: 0.01 },
  { channel: 'other', share: 0.01 },
];

export const CLOSURE_REASON_MIX: ReadonlyArray<{ reason: string; share: number }> = [
  { reason: 'goals_and_benchmarks_met', share: 0.8 },
  { reason: 'turned_18', share: 0.06 },
  { reason: 'lost_contact', share: 0.06 },
  { reason: 'moved_abroad', share: 0.01 },
  { reason: 'died', share: 0.002 },
  { reason: 'other', share: 0.068 },
];

export const NON_VENA_NEED_MIX: ReadonlyArray<{ need: string; share: number; intervention: string }> = [
  { need: 'poverty', share: 0.35, intervention: 'ubudehe' },
  { need: 'orphanhood', share: 0.12, intervention: 'izu_home_visits' },
  { need: 'school_dropout', share: 0.15, intervention: 'school_support' },
  { need: 'teenage_pregnancy', share: 0.1, intervention: 'parenting_support' },
  { need: 'disability', share: 0.08, intervention: 'cash_transfer' },
  { need: 'child_headed_household', share: 0.05, intervention: 'vup' },
  { need: 'health', share: 0.1, intervention: 'health_insurance' },
  { need: 'other', share: 0.05, intervention: 'other' },
];

/** Professional staff of a district, by its population (thousands). */
export function districtStaff(population: number) {
  const size = population / 440; // 1 for an average district
  return {
    cpwos: Math.max(2, Math.round(4 * size)),
    supervisors: Math.max(2, Math.round(3 * size)),
    ngos: Math.max(3, Math.round(5 * size)),
    csoCaseworkersPerNgo: Math.max(4, Math.round(7 * size)),
    isangeCentres: population > 500 ? 2 : 1,
  };
}

/** National staff. */
export const NATIONAL_STAFF = {
  hotlineAgents: 40,
  analysts: 12,
  ncdaOfficers: 12,
  nationalSupervisors: 4,
  sysadmins: 2,
};

// Names. Given names common in Rwanda, and Kinyarwanda names used as family
// names. Every synthetic person also carries the name "Synth", so no one can
// take a seeded record for a real child.
export const SYNTHETIC_MARKER = 'Synth';

export const GIVEN_NAMES_FEMALE = [
  'Aline',
  'Claudine',
  'Divine',
  'Gloria',
  'Grace',
  'Josiane',
  'Alice',
  'Diane',
  'Sandrine',
  'Chantal',
  'Esther',
  'Ange',
  'Clarisse',
  'Sonia',
  'Yvette',
  'Solange',
  'Belyse',
  'Nadine',
  'Liliane',
  'Vestine',
  'Denyse',
  'Olive',
  'Joy',
  'Ariane',
  'Carine',
  'Jeanne',
  'Immaculee',
  'Beata',
  'Agnes',
  'Delphine',
  'Francine',
  'Germaine',
  'Honorine',
  'Jacqueline',
  'Marie',
  'Odette',
  'Pascaline',
  'Rosine',
  'Clementine',
  'Vanessa',
];

export const GIVEN_NAMES_MALE = [
  'Eric',
  'Jean',
  'Patrick',
  'Kevin',
  'Olivier',
  'Emmanuel',
  'Yves',
  'Fabrice',
  'Didier',
  'Innocent',
  'Samuel',
  'Eugene',
  'Thierry',
  'Cedric',
  'Claude',
  'Pacifique',
  'Elie',
  'David',
  'Gilbert',
  'Alain',
  'Emile',
  'Fiston',
  'Moise',
  'Aimable',
  'Bosco',
  'Celestin',
  'Damascene',
  'Evariste',
  'Felicien',
  'Gaspard',
  'Herve',
  'Isaac',
  'Joseph',
  'Lambert',
  'Modeste',
  'Norbert',
  'Prosper',
  'Regis',
  'Serge',
  'Valens',
];

export const FAMILY_NAMES = [
  'Uwase',
  'Mugisha',
  'Niyonzima',
  'Uwimana',
  'Habimana',
  'Ishimwe',
  'Iradukunda',
  'Tuyishime',
  'Nshimiyimana',
  'Niyomugabo',
  'Mukamana',
  'Uwamahoro',
  'Umutoni',
  'Ingabire',
  'Uwera',
  'Mutesi',
  'Kamikazi',
  'Umuhoza',
  'Uwineza',
  'Ineza',
  'Keza',
  'Gatete',
  'Hakizimana',
  'Nsengiyumva',
  'Bizimana',
  'Ndayisaba',
  'Niyitegeka',
  'Mugabo',
  'Manzi',
  'Shema',
  'Cyuzuzo',
  'Gisubizo',
  'Irakoze',
  'Mutoni',
  'Nkurunziza',
  'Byiringiro',
  'Hirwa',
  'Muhire',
  'Rukundo',
  'Nshuti',
  'Kwizera',
  'Dusabe',
  'Ndahayo',
  'Uwamariya',
  'Mukeshimana',
  'Nyiraneza',
  'Umuhire',
  'Tuyisenge',
  'Niyonsaba',
  'Sibomana',
  'Twagirayezu',
  'Harerimana',
  'Munyaneza',
  'Murekatete',
  'Nyirahabimana',
  'Uwizeye',
  'Mukandayisenga',
  'Ntirenganya',
  'Nsabimana',
  'Ndikumana',
  'Habyarimana',
  'Uwitonze',
  'Mukarugwiza',
  'Nizeyimana',
  'Twizeyimana',
  'Ngabonziza',
  'Maniraguha',
  'Uwayezu',
  'Nyiransabimana',
  'Kayitesi',
  'Mukamusoni',
  'Rwigema',
  'Gakwaya',
  'Karangwa',
  'Kalisa',
  'Mbabazi',
  'Mukiza',
  'Ntwali',
  'Rutayisire',
  'Sebahire',
  'Umurerwa',
  'Uwingabire',
  'Bayingana',
  'Dukuzumuremyi',
  'Hategekimana',
  'Kubwimana',
  'Mbarushimana',
  'Ndagijimana',
  'Nyandwi',
  'Tuyizere',
];
