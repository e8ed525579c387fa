import type { Actor } from '../access/actor.js';
import { assertCan } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repository.js';
import { pdfWriter } from '../case-pdf/pdf-writer.js';
import type { AppContext } from '../context.js';
import type { Language } from '../db/schema.js';
import { localDateOf } from '../deadlines/local-time.js';
import { conflict, notFound } from '../errors/app-error.js';
import { findDpRequest } from './dp-request.repository.js';
import type { PersonFile } from './dp-request.schemas.js';
import type { WITHHELD_REASONS } from './dp-vocabulary.js';
import { childOwnRecords, memberOwnRecords } from './person-file.repository.js';

// The right of access (Law 058/2021 Art. 18): the file of one person, as JSON
// and as a readable PDF, holding what Rinda holds about that person and
// nothing about anyone else in the same file. What is left out is named with
// its reason. A child's own copy is shorter and in plain language
// (framework §5: "at a level fit for their age").

type Withheld = { what: string; reason: (typeof WITHHELD_REASONS)[number] };

/** What a person's copy leaves out, and why; kept with the request when it is executed. */
export function withheldFor(subject: 'child' | 'household_member'): Withheld[] {
  const common: Withheld[] = [
    { what: 'other_household_members', reason: 'other_person' },
    { what: 'reporter', reason: 'reporter_protected' },
  ];
  if (subject === 'child') return [...common, { what: 'alleged_perpetrator_details', reason: 'endangers_child' }];
  return [{ what: 'child', reason: 'other_person' }, ...common, { what: 'case_records', reason: 'other_person' }];
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const day = (d: Date | string | null, tz: string) => (d === null ? '' : localDateOf(new Date(d), tz));

const PLAIN: Record<Language, Record<string, string>> = {
  en: {
    about: 'About you',
    name: 'Your name: {v}',
    born: 'Born: {v}',
    lives: 'Where you live: {v}',
    help: 'The help you get',
    open: 'Since {from}, people are helping you to be safe. This is still going on.',
    closed: 'From {from} to {to}, people helped you to be safe. This is finished.',
    none: 'Nothing is recorded yet.',
    rights: 'Your rights',
    correct: 'If something here is wrong, you can ask for it to be corrected.',
    talk: 'You can talk to your social worker, or call 116 for free.',
  },
  rw: {
    about: 'Ibikwerekeyeho',
    name: 'Izina ryawe: {v}',
    born: 'Wavutse: {v}',
    lives: 'Aho utuye: {v}',
    help: 'Ubufasha uhabwa',
    open: 'Kuva {from}, hari abantu bagufasha kugira ngo ugire umutekano. Biracyakomeza.',
    closed: 'Kuva {from} kugeza {to}, abantu baragufashije kugira ngo ugire umutekano. Byarangiye.',
    none: 'Nta kirandikwa.',
    rights: 'Uburenganzira bwawe',
    correct: 'Niba hari ibitari byo hano, ushobora gusaba ko bikosorwa.',
    talk: 'Ushobora kuvugana n’umukozi ushinzwe imibereho myiza, cyangwa ugahamagara 116 ku buntu.',
  },
  fr: {
    about: 'À propos de toi',
    name: 'Ton nom : {v}',
    born: 'Né(e) le : {v}',
    lives: 'Où tu habites : {v}',
    help: 'L’aide que tu reçois',
    open: 'Depuis le {from}, des personnes t’aident à être en sécurité. Cela continue.',
    closed: 'Du {from} au {to}, des personnes t’ont aidé(e) à être en sécurité. C’est terminé.',
    none: 'Rien n’est encore noté.',
    rights: 'Tes droits',
    correct: 'Si quelque chose est faux ici, tu peux demander qu’on le corrige.',
    talk: 'Tu peux parler à ton travailleur social, ou appeler le 116 gratuitement.',
  },
};
const fill = (s: string, p: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => p[k] ?? '');

export async function producePersonFile(ctx: AppContext, actor: Actor, requestId: string, version: 'full' | 'child', language?: Language): Promise<PersonFile> {
  assertCan(actor, 'dp_request:manage');
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const tz = ctx.config.timeZone;
  const request = await findDpRequest(db, actor, requestId);
  if (!request) throw notFound('request');
  if (request.right !== 'access') throw conflict('Only an access request produces a copy of the file', 'errors.dp_not_access_request');
  if (request.status !== 'granted' && request.status !== 'executed') {
    throw conflict(`The request is ${request.status}; a copy is produced once it is granted`, 'errors.dp_request_not_granted', { status: request.status });
  }
  const subject = request.householdMemberId ? 'household_member' : 'child';
  if (version === 'child' && subject !== 'child') throw conflict('The plain-language copy is the child’s own', 'errors.dp_child_version_only');
  const lang = language ?? actor.language;
  let file: PersonFile;
  if (subject === 'child') {
    const { child, cases, consents, assessments } = await childOwnRecords(db, request.childId);
    const name = [child.givenName, child.familyName, child.otherNames].filter(Boolean).join(' ');
    const caseRows = cases.map((c) => ({ ...c, openedAt: iso(c.openedAt), closedAt: iso(c.closedAt) }));
    const t = PLAIN[lang];
    file = {
      requestReference: request.reference,
      producedAt: now.toISOString(),
      version,
      language: lang,
      subject: version === 'child' ? { kind: 'child', name } : { kind: 'child', ...child },
      records:
        version === 'child'
          ? {}
          : {
              cases: caseRows,
              consents: consents.map((c) => ({ ...c, decidedAt: iso(c.decidedAt) })),
              assessments: assessments.map((a) => ({ ...a, assessedAt: iso(a.assessedAt) })),
            },
      plainLanguage:
        version === 'child'
          ? [
              {
                heading: t.about!,
                lines: [
                  fill(t.name!, { v: name }),
                  ...(child.dateOfBirth ? [fill(t.born!, { v: child.dateOfBirth })] : []),
                  fill(t.lives!, { v: child.placeName }),
                ],
              },
              {
                heading: t.help!,
                lines: cases.length
                  ? cases.map((c) =>
                      c.closedAt ? fill(t.closed!, { from: day(c.openedAt, tz), to: day(c.closedAt, tz) }) : fill(t.open!, { from: day(c.openedAt, tz) }),
                    )
                  : [t.none!],
              },
              { heading: t.rights!, lines: [t.correct!, t.talk!] },
            ]
          : null,
      withheld: withheldFor('child'),
    };
  } else {
    const { member, consents } = await memberOwnRecords(db, request.householdMemberId!);
    file = {
      requestReference: request.reference,
      producedAt: now.toISOString(),
      version,
      language: lang,
      subject: { kind: 'household_member', ...member },
      records: { consentsGiven: consents.map((c) => ({ ...c, decidedAt: iso(c.decidedAt) })) },
      plainLanguage: null,
      withheld: withheldFor('household_member'),
    };
  }
  await db.transaction().execute((trx) =>
    appendAudit(
      trx,
      actor,
      {
        action: 'dp_request.person_file',
        entityType: 'child',
        entityId: request.childId,
        fields: subject === 'child' ? ['child.identity', 'cases', 'consents', 'assessments'] : ['household_member.identity', 'consents'],
        details: { requestId, version, subject, withheld: file.withheld.map((w) => w.what) },
      },
      now,
    ),
  );
  return file;
}

const LABELS = {
  title: 'Personal data held by Rinda (Law No 058/2021, Art. 18)',
  withheld: 'Left out of this copy',
  reasons: {
    other_person: 'about another person',
    reporter_protected: 'protects the person who reported',
    endangers_child: 'sharing it could endanger the child',
  },
} as const;

/** The same copy as a readable PDF (the case file's writer). */
export async function personFilePdf(ctx: AppContext, actor: Actor, requestId: string, version: 'full' | 'child', language?: Language) {
  const file = await producePersonFile(ctx, actor, requestId, version, language);
  const pdf = pdfWriter({ childCode: file.requestReference, footer: 'Rinda · personal data', createdAt: new Date(file.producedAt) });
  pdf.title(file.requestReference, LABELS.title);
  if (file.plainLanguage) {
    for (const section of file.plainLanguage) {
      pdf.heading(section.heading);
      for (const line of section.lines) pdf.paragraph(line);
    }
  } else {
    pdf.heading('Subject');
    for (const [k, v] of Object.entries(file.subject)) if (k !== 'kind') pdf.field(k, Array.isArray(v) ? v.join(', ') : (v as string | number | null));
    for (const [section, rows] of Object.entries(file.records)) {
      pdf.heading(section);
      if (rows.length === 0) pdf.none();
      for (const row of rows) {
        for (const [k, v] of Object.entries(row)) pdf.field(k, typeof v === 'object' && v !== null ? JSON.stringify(v) : (v as string | number | null));
        pdf.paragraph(' ');
      }
    }
    pdf.heading(LABELS.withheld);
    for (const w of file.withheld) pdf.bullet(`${w.what.replace(/_/g, ' ')}: ${LABELS.reasons[w.reason]}`);
  }
  return { fileName: `${file.requestReference}${version === 'child' ? '-child' : ''}.pdf`, pdf: await pdf.finish() };
}
