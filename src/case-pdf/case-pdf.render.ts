import type { PrintableCase } from './case-pdf.repository.js';
import { pdfWriter, type PdfWriter } from './pdf-writer.js';

// The printed case file (for the paper file): the child's ID on top, the case
// summary, each step's records, and the timeline. Plain English labels; codes
// from the framework's lists are printed as words.

const words = (code: string | null | undefined) => (code ? code.replace(/_/g, ' ') : '-');
const list = (codes: readonly string[] | null | undefined) => (codes && codes.length ? codes.map(words).join(', ') : '-');
/** Printed in place of an identity field the reader may not see. */
const HIDDEN = '(hidden: need-to-know)';
const yesNo = (b: boolean | null | undefined) => (b === null || b === undefined ? '-' : b ? 'yes' : 'no');

type Clock = { date(at: Date | string | null | undefined): string; dateTime(at: Date | string | null | undefined): string };

function printClock(timeZone: string): Clock {
  const d = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const t = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    date: (at) => (at ? d.format(new Date(at)) : '-'),
    dateTime: (at) => (at ? `${d.format(new Date(at))} ${t.format(new Date(at))}` : '-'),
  };
}

function summary(w: PdfWriter, c: PrintableCase, k: Clock) {
  const f = c.file;
  w.heading('Case summary');
  w.field('Case ID', f.caseCode);
  w.field('Stage', words(f.stage));
  w.field('Risk tier', `Tier ${f.tier}`);
  w.field('Reason for the tier', f.tierReason);
  w.field('Case types', list(f.caseTypes));
  w.field('Place', `${f.placeName} (${f.placeId})`);
  w.field('Report', `${f.reportReference}, ${words(f.reportChannel)}, received ${k.dateTime(f.reportReceivedAt)}`);
  w.field('Opened', `${k.dateTime(f.openedAt)} by ${f.openedBy.fullName}`);
  w.field('Lead caseworker', f.leadCaseworker?.fullName);
  w.field('Supervisor', f.supervisor?.fullName);
  w.field('Closed', f.closedAt ? `${k.dateTime(f.closedAt)} (${words(f.closureReason)})` : null);

  w.heading('Child');
  w.field('Child ID', f.childCode);
  // Hidden identity fields come from the repository as null (need-to-know): say so rather than print a blank.
  w.field('Name', f.identityVisible ? [f.givenName, f.familyName, f.otherNames].filter(Boolean).join(' ') : HIDDEN);
  w.field('Sex', f.sex);
  w.field('Date of birth', f.identityVisible ? (f.dateOfBirth ? `${f.dateOfBirth}${f.birthDateEstimated ? ' (estimated)' : ''}` : null) : HIDDEN);
  w.field('Age', f.ageYears !== null ? `${f.ageYears} years${f.birthDateEstimated ? ' (estimated)' : ''}` : null);
  w.field('Disability', list(f.disability));
  w.field('Refugee status', words(f.refugeeStatus));
  w.field('Lives at', `${f.childPlaceName} (${f.childPlaceId})`);
  w.subheading('Household');
  if (!f.household.length) w.none();
  for (const m of f.household) {
    w.bullet(
      `${m.fullName ?? HIDDEN}: ${words(m.relationship)}${m.isCaregiver ? ', caregiver' : ''}${m.ageYears !== null ? `, ${m.ageYears} years` : ''}${m.livesWithChild ? '' : ', lives elsewhere'}`,
    );
  }
}

function intakeToPlan(w: PdfWriter, c: PrintableCase, k: Clock) {
  const f = c.file;
  w.heading('Step 4: consent and assent');
  if (!f.consents.length) w.none();
  for (const s of f.consents) {
    w.bullet(
      `${k.date(s.decidedAt)}: ${words(s.kind)} ${s.decision}${s.giverName ? ` by ${s.giverName}` : ''}; for ${list([...s.purposes, ...s.shareWith])}${s.reason ? `; reason: ${s.reason}` : ''}`,
    );
  }
  w.heading('Step 5: assessment');
  if (!f.assessments.length) w.none();
  for (const a of f.assessments) {
    w.subheading(`Version ${a.version}, ${k.date(a.assessedAt)}, by ${a.assessedBy.fullName}`);
    w.field('Relationship to the alleged perpetrator', words(a.perpetratorRelationship));
    w.field('Risk to siblings', words(a.siblingRisk));
    w.paragraph(a.incidentFacts);
    if (a.summary) w.paragraph(a.summary);
  }
  w.heading('Step 6: case plan');
  const plan = f.plan;
  if (!plan) w.none('No plan yet.');
  else {
    w.field('Version', plan.version);
    w.field('Review date', plan.reviewDate);
    for (const g of plan.goals) {
      w.subheading(`Goal (${words(g.status)}): ${g.description}`);
      w.field('Measure', g.measure);
      for (const a of g.actions) w.bullet(`${a.description}: ${a.responsibleUser?.fullName ?? a.responsibleName ?? '-'}, due ${a.dueDate}, ${words(a.status)}`);
    }
  }
  w.heading('Case conferences');
  if (!f.conferences.length) w.none();
  for (const cc of f.conferences) {
    w.bullet(`${k.dateTime(cc.heldAt)}: ${words(cc.type)} conference, ${cc.participants.length} participants, ${cc.decisions.length} decisions`);
  }
}

function followUp(w: PdfWriter, c: PrintableCase, k: Clock) {
  w.heading('Step 7: services given');
  if (!c.services.length) w.none();
  for (const s of c.services) w.bullet(`${s.providedOn}: ${s.description} (${s.providedBy.name}${s.domain ? `; ${words(s.domain)}` : ''})`);

  w.heading('Step 8: monitoring visits');
  if (!c.visits.length) w.none();
  for (const v of c.visits) {
    w.subheading(`${k.dateTime(v.visitedAt)} by ${v.visitedBy.fullName}: child safe: ${yesNo(v.childSafe)}`);
    w.paragraph(v.observations);
    if (v.concerns) w.paragraph(`Concerns: ${v.concerns}`);
  }
  if (c.visitRequests.length) {
    w.subheading('Visits asked of IZU');
    for (const r of c.visitRequests) w.bullet(`${r.izu.fullName}, due ${r.dueDate}: ${r.status}`);
  }

  w.heading('Step 8: case reviews');
  if (!c.reviews.length) w.none();
  for (const r of [...c.reviews].reverse()) {
    w.subheading(`${k.date(r.reviewedAt)} by ${r.reviewedBy.fullName}: ${r.metCount} of 7 benchmarks met; ${words(r.outcome)}`);
    for (const b of r.benchmarks) w.bullet(`${b.met ? 'met' : 'NOT met'}: ${words(b.benchmark)}. ${b.evidence}`);
    if (r.newConcerns) w.paragraph(`New concerns: ${r.newConcerns}`);
  }

  w.heading('Step 9: closure and transfers');
  if (!c.closures.length && !c.closureRequests.length && !c.transfers.length) w.none();
  for (const cl of c.closures) {
    w.bullet(
      `Closed ${k.dateTime(cl.closedAt)} by ${cl.closedBy.fullName}: ${words(cl.reason)}${cl.note ? `. ${cl.note}` : ''}${cl.reopenedAt ? `. Reopened ${k.dateTime(cl.reopenedAt)}: ${cl.reopenReason}` : ''}`,
    );
  }
  for (const r of c.closureRequests) {
    w.bullet(`Closure request ${k.date(r.requestedAt)} (${words(r.reason)}): ${r.status}${r.decidedBy ? ` by ${r.decidedBy.fullName}` : ''}`);
  }
  for (const tr of c.transfers) {
    w.bullet(`Transfer ${k.date(tr.requestedAt)} to ${tr.to.districtName ?? tr.to.organisationName ?? '-'}: ${tr.status}. ${tr.reason}`);
  }

  w.heading('Case notes');
  if (!c.notes.length) w.none();
  for (const n of c.notes) {
    w.subheading(`${k.dateTime(n.writtenAt)}, ${n.writtenBy.fullName}`);
    w.paragraph(n.body);
  }

  w.heading('Client feedback');
  if (!c.feedback.length) w.none();
  for (const fb of c.feedback)
    w.bullet(`${k.date(fb.collectedAt)}: ${fb.respondent}, satisfaction ${fb.satisfaction} of 5${fb.comments ? `. ${fb.comments}` : ''}`);
}

function timeline(w: PdfWriter, c: PrintableCase, k: Clock) {
  w.heading('Timeline');
  if (!c.file.timeline.length) w.none();
  for (const e of c.file.timeline) w.bullet(`${k.dateTime(e.at)}  ${e.kind}${e.actor ? `  (${e.actor.fullName})` : ''}`);
}

export async function renderCasePdf(c: PrintableCase, opts: { timeZone: string; printedAt: Date; printedBy: string }): Promise<Buffer> {
  const k = printClock(opts.timeZone);
  const w = pdfWriter({
    childCode: c.file.childCode,
    footer: `${c.file.caseCode}  ·  printed ${k.dateTime(opts.printedAt)} by ${opts.printedBy}`,
    createdAt: opts.printedAt,
  });
  w.title(c.file.childCode, `Case ${c.file.caseCode}  ·  Rinda child protection case file`);
  summary(w, c, k);
  intakeToPlan(w, c, k);
  followUp(w, c, k);
  timeline(w, c, k);
  return w.finish();
}
