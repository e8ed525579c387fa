import type { AtRiskCategory, IncidentType } from '../../community/monthly-report.content.js';
import type { SmsLanguage } from './sms-vocabulary.js';

// The USSD menu's words in Kinyarwanda, English and French. A USSD screen
// holds about 182 characters, so labels are short; the page for districts
// (docs/izu-sms-ussd.md) shows every screen.

export type UssdTexts = {
  title: string;
  main: [report: string, flag: string];
  unknownSender: string;
  chooseMonth: string;
  resume: (month: string) => string;
  resumeOptions: [carryOn: string, startAgain: string];
  householdsVisited: string;
  atRiskTotal: string;
  incidentsTotal: string;
  ofThem: (label: string, left: number) => string;
  resolvedInCommunity: string;
  referralsMade: string;
  followUpVisits: string;
  confirmReport: (month: string, summary: string) => string;
  confirmOptions: [send: string, startAgain: string];
  flagType: string;
  flagOther: string;
  flagUrgent: string;
  yesNo: [yes: string, no: string];
  flagSex: string;
  sexes: [girl: string, boy: string, unknown: string];
  flagAge: string;
  confirmFlag: (summary: string) => string;
  flagOptions: [send: string, cancel: string];
  cancelled: string;
  tasksChoice: (open: number) => string;
  chooseTask: string;
  taskLine: (taskNumber: number, due: string) => string;
  taskSafe: (taskNumber: number) => string;
  confirmTask: (taskNumber: number, childSafe: boolean) => string;
  notANumber: string;
  tooMany: (left: number) => string;
  notAChoice: string;
  ageInvalid: string;
  atRisk: Record<AtRiskCategory, string>;
  incidents: Record<IncidentType, string>;
};

export const USSD_TEXTS: Record<SmsLanguage, UssdTexts> = {
  rw: {
    title: 'Rinda IZU',
    main: ["Raporo y'ukwezi", 'Tanga ikibazo'],
    unknownSender: "Iyi nimero ntiyanditse muri Rinda nk'iya IZU. Mubaze CPWO w'akarere.",
    chooseMonth: "Raporo y'ukwezi:",
    resume: (month) => `Raporo ya ${month} ntirarangira.`,
    resumeOptions: ['Komeza', 'Tangira bundi bushya'],
    householdsVisited: 'Ingo wasuye uku kwezi?',
    atRiskTotal: 'Abana bafite ibyago (bose hamwe)?',
    incidentsTotal: "Ibibazo by'ihohoterwa (byose hamwe)?",
    ofThem: (label, left) => `Muri bo: ${label}? (hasigaye ${left})`,
    resolvedInCommunity: 'Ibyakemukiye mu mudugudu?',
    referralsMade: 'Ibyoherejwe ahandi?',
    followUpVisits: 'Gusura abana basubijwe mu miryango?',
    confirmReport: (month, summary) => `Emeza raporo ya ${month}: ${summary}`,
    confirmOptions: ['Ohereza', 'Tangira bundi bushya'],
    flagType: "Ubwoko bw'ikibazo:",
    flagOther: 'Ikindi',
    flagUrgent: 'Birihutirwa?',
    yesNo: ['Yego', 'Oya'],
    flagSex: 'Umwana ni:',
    sexes: ['Umukobwa', 'Umuhungu', 'Simbizi'],
    flagAge: "Imyaka y'umwana (0-17)? 99 = simbizi",
    confirmFlag: (summary) => `Emeza ikibazo: ${summary}`,
    flagOptions: ['Ohereza', 'Hagarika'],
    cancelled: 'Byahagaritswe. Nta cyanditswe.',
    tasksChoice: (open) => `Inshingano (${open})`,
    chooseTask: 'Inshingano zawe:',
    taskLine: (n, due) => `Nimero ${n}, bitarenze ${due}`,
    taskSafe: (n) => `Inshingano ${n}: umwana ameze neza?`,
    confirmTask: (n, safe) => `Emeza inshingano ${n}: ${safe ? 'umwana ameze neza' : 'umwana ntameze neza'}`,
    notANumber: 'Andika umubare (0-1000).',
    tooMany: (left) => `Ntibirenze ${left}.`,
    notAChoice: 'Hitamo nimero iri ku rutonde.',
    ageInvalid: 'Andika imyaka 0-17, cyangwa 99.',
    atRisk: {
      poverty: 'Ubukene',
      disability: 'Ubumuga',
      orphanhood: 'Ubupfubyi',
      child_headed_household: "Urugo ruyobowe n'umwana",
      teenage_pregnancy: "Gutwita kw'umwangavu",
      school_dropout: 'Guta ishuri',
      health: 'Ubuzima',
      other: 'Ibindi',
    },
    incidents: {
      sexual_violence: 'Ku gitsina',
      physical_violence: 'Ku mubiri',
      emotional_violence: 'Mu marangamutima',
      abandonment_neglect: 'Gutereranwa',
      child_labour_exploitation: 'Imirimo ivunanye',
      street_connected: 'Mu muhanda',
      harmful_practices: 'Imigenzo ibangamira',
    },
  },
  en: {
    title: 'Rinda IZU',
    main: ['Monthly report', 'Flag an incident'],
    unknownSender: 'This number is not registered in Rinda as an IZU. Please ask your district CPWO.',
    chooseMonth: 'Monthly report for:',
    resume: (month) => `Your report for ${month} is not finished.`,
    resumeOptions: ['Carry on', 'Start again'],
    householdsVisited: 'Households visited this month?',
    atRiskTotal: 'Children at risk (total)?',
    incidentsTotal: 'Incidents reported (total)?',
    ofThem: (label, left) => `Of them: ${label}? (${left} left)`,
    resolvedInCommunity: 'Resolved in the community?',
    referralsMade: 'Referred on?',
    followUpVisits: 'Follow-up visits to reintegrated children?',
    confirmReport: (month, summary) => `Confirm report ${month}: ${summary}`,
    confirmOptions: ['Send', 'Start again'],
    flagType: 'Type of incident:',
    flagOther: 'Other',
    flagUrgent: 'Urgent?',
    yesNo: ['Yes', 'No'],
    flagSex: 'The child is:',
    sexes: ['A girl', 'A boy', 'Not known'],
    flagAge: "Child's age (0-17)? 99 = not known",
    confirmFlag: (summary) => `Confirm flag: ${summary}`,
    flagOptions: ['Send', 'Cancel'],
    cancelled: 'Cancelled. Nothing was recorded.',
    tasksChoice: (open) => `Visit tasks (${open})`,
    chooseTask: 'Your visit tasks:',
    taskLine: (n, due) => `No. ${n}, by ${due}`,
    taskSafe: (n) => `Task ${n}: is the child safe?`,
    confirmTask: (n, safe) => `Confirm task ${n}: child ${safe ? 'safe' : 'NOT safe'}`,
    notANumber: 'Enter a number (0-1000).',
    tooMany: (left) => `No more than ${left}.`,
    notAChoice: 'Choose a number from the list.',
    ageInvalid: 'Enter an age 0-17, or 99.',
    atRisk: {
      poverty: 'Poverty',
      disability: 'Disability',
      orphanhood: 'Orphanhood',
      child_headed_household: 'Child-headed household',
      teenage_pregnancy: 'Teenage pregnancy',
      school_dropout: 'School dropout',
      health: 'Health',
      other: 'Other',
    },
    incidents: {
      sexual_violence: 'Sexual',
      physical_violence: 'Physical',
      emotional_violence: 'Emotional',
      abandonment_neglect: 'Neglect',
      child_labour_exploitation: 'Child labour',
      street_connected: 'Street',
      harmful_practices: 'Harmful practice',
    },
  },
  fr: {
    title: 'Rinda IZU',
    main: ['Rapport mensuel', 'Signaler un cas'],
    unknownSender: "Ce numéro n'est pas enregistré dans Rinda comme IZU. Demandez au CPWO du district.",
    chooseMonth: 'Rapport mensuel de :',
    resume: (month) => `Votre rapport de ${month} n'est pas fini.`,
    resumeOptions: ['Continuer', 'Recommencer'],
    householdsVisited: 'Ménages visités ce mois ?',
    atRiskTotal: 'Enfants à risque (total) ?',
    incidentsTotal: 'Incidents signalés (total) ?',
    ofThem: (label, left) => `Dont : ${label} ? (reste ${left})`,
    resolvedInCommunity: 'Résolus dans la communauté ?',
    referralsMade: 'Orientés ailleurs ?',
    followUpVisits: 'Visites de suivi (enfants réintégrés) ?',
    confirmReport: (month, summary) => `Confirmer le rapport ${month} : ${summary}`,
    confirmOptions: ['Envoyer', 'Recommencer'],
    flagType: 'Type de cas :',
    flagOther: 'Autre',
    flagUrgent: 'Urgent ?',
    yesNo: ['Oui', 'Non'],
    flagSex: "L'enfant est :",
    sexes: ['Une fille', 'Un garçon', 'Inconnu'],
    flagAge: "Âge de l'enfant (0-17) ? 99 = inconnu",
    confirmFlag: (summary) => `Confirmer l'alerte : ${summary}`,
    flagOptions: ['Envoyer', 'Annuler'],
    cancelled: "Annulé. Rien n'a été enregistré.",
    tasksChoice: (open) => `Tâches de visite (${open})`,
    chooseTask: 'Vos tâches de visite :',
    taskLine: (n, due) => `N° ${n}, pour le ${due}`,
    taskSafe: (n) => `Tâche ${n} : l'enfant est-il en sécurité ?`,
    confirmTask: (n, safe) => `Confirmer la tâche ${n} : enfant ${safe ? 'en sécurité' : 'PAS en sécurité'}`,
    notANumber: 'Entrez un nombre (0-1000).',
    tooMany: (left) => `Pas plus de ${left}.`,
    notAChoice: 'Choisissez un numéro de la liste.',
    ageInvalid: 'Entrez un âge 0-17, ou 99.',
    atRisk: {
      poverty: 'Pauvreté',
      disability: 'Handicap',
      orphanhood: 'Orphelin',
      child_headed_household: 'Ménage dirigé par un enfant',
      teenage_pregnancy: 'Grossesse précoce',
      school_dropout: 'Abandon scolaire',
      health: 'Santé',
      other: 'Autre',
    },
    incidents: {
      sexual_violence: 'Sexuelle',
      physical_violence: 'Physique',
      emotional_violence: 'Psychologique',
      abandonment_neglect: 'Négligence',
      child_labour_exploitation: 'Travail',
      street_connected: 'Rue',
      harmful_practices: 'Pratique néfaste',
    },
  },
};
