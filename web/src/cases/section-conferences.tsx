import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import type { Choice } from '../components/search-picker.js';
import { formatDateTime } from '../labels.js';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { CaseUserPicker } from './case-people.js';
import { kigaliInputToIso, nowLocalInput } from './dates.js';
import { CheckField, Panel, RadioGroup, TextField } from './fields.js';
import { OPEN_STAGES } from './vocab.js';
import type { ApiBody, Conference } from '../api/types.js';
import { useWrite } from '../api/queries.js';
import { options, term } from './vocab.js';

// Framework step 6 (tools 8 and 11): case conferences — family, internal,
// inter-agency — at any step. Every participant's confidentiality agreement is
// on record before they see anything: a Rinda user signs in the app, an
// outside person's paper signature is recorded here. Needs consent for
// conferences (or a recorded vital interest).

// The radio groups offer the server's own codes (vocab.ts).
type NewConference = ApiBody<'/api/v1/cases/{id}/conferences', 'post'>;
type Participation = NewConference['childParticipation'];

export function ConferencesSection({ file }: SectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const mayWork = can('case:work') && OPEN_STAGES.includes(file.stage);
  return (
    <>
      {!file.consentStatus.caseConference && <p className="alert alert-warn">{t('conferences.needsConsent')}</p>}
      {mayWork && !adding && (
        <p className="actions">
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('conferences.add')}
          </button>
        </p>
      )}
      {adding && (
        <ConferenceForm
          caseId={file.id}
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
          }}
        />
      )}
      {file.conferences.length === 0 ? (
        <p>{t('conferences.none')}</p>
      ) : (
        file.conferences.map((c) => <ConferenceView key={c.id} c={c} mayWork={mayWork} onChanged={() => undefined} />)
      )}
    </>
  );
}

export function ConferenceView({ c, mayWork, onChanged }: { c: Conference; mayWork: boolean; onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const { busy, error, run } = useWrite();
  const [editing, setEditing] = useState(false);
  const paper = async (participantId: string) => {
    const done = await run(() => answer(client.POST('/api/v1/conferences/{id}/participants/{participantId}/paper-agreement', { params: { path: { id: c.id, participantId } }, body: {} })));
    if (done) onChanged();
  };
  return (
    <Panel title={`${term(t, 'conferenceTypes', c.type)} · ${formatDateTime(c.heldAt, i18n.language)}`}>
      {c.location && <p>{t('conferences.locationIs', { location: c.location })}</p>}
      {c.purpose && <p className="prewrap">{c.purpose}</p>}
      <p className="small">
        {t('conferences.childParticipation')}: {term(t, 'participation', c.childParticipation)}
        {c.childParticipationNote && ` (${c.childParticipationNote})`} · {t('conferences.caregiverParticipation')}: {term(t, 'participation', c.caregiverParticipation)}
        {c.caregiverParticipationNote && ` (${c.caregiverParticipationNote})`} · {t(`consent.basis.${c.consentBasis}`)}
      </p>
      <h3>{t('conferences.participants')}</h3>
      <ul className="plain-list">
        {c.participants.map((p) => (
          <li key={p.id}>
            <strong>{p.user?.fullName ?? p.name}</strong>
            {[p.role, p.organisation].filter(Boolean).length > 0 && ` · ${[p.role, p.organisation].filter(Boolean).join(', ')}`}{' '}
            {p.agreementSignedAt ? (
              <span className="badge badge-ok">{t('conferences.signed', { method: t(`conferences.method.${p.agreementMethod ?? 'in_app'}`) })}</span>
            ) : (
              <span className="badge badge-warn">{t('conferences.notSigned')}</span>
            )}
            {!p.agreementSignedAt && !p.user && mayWork && (
              <button type="button" className="link-button" disabled={busy} onClick={() => void paper(p.id)}>
                {t('conferences.recordPaper', { name: p.name ?? '' })}
              </button>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />
      {c.decisions.length > 0 && (
        <>
          <h3>{t('conferences.decisions')}</h3>
          <ul className="plain-list">
            {c.decisions.map((d, i) => (
              <li key={i}>
                {d.description}
                {d.responsible && ` · ${d.responsible}`}
                {d.dueDate && ` · ${d.dueDate}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {mayWork && !editing && (
        <button type="button" onClick={() => setEditing(true)}>
          {t('conferences.editOutcome')}
        </button>
      )}
      {editing && (
        <OutcomeForm
          c={c}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
    </Panel>
  );
}

/** The outcome of a conference, recorded after it is held: participation and the decisions (the list is replaced). */
function OutcomeForm({ c, onDone, onCancel }: { c: Conference; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [child, setChild] = useState<string>(c.childParticipation);
  const [caregiver, setCaregiver] = useState<string>(c.caregiverParticipation);
  const [decisions, setDecisions] = useState<DecisionDraft[]>(c.decisions.map((d) => ({ description: d.description, responsible: d.responsible ?? '', dueDate: d.dueDate ?? '' })));
  const { busy, error, run } = useWrite();
  const setD = (i: number, patch: Partial<DecisionDraft>) => setDecisions((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: ApiBody<'/api/v1/conferences/{id}', 'patch'> = {
      childParticipation: child as Participation,
      caregiverParticipation: caregiver as Participation,
      decisions: decisions.map((d) => ({ description: d.description.trim(), responsible: d.responsible.trim() || null, dueDate: d.dueDate || null })),
    };
    const r = await run(() => answer(client.PATCH('/api/v1/conferences/{id}', { params: { path: { id: c.id } }, body })));
    if (r) onDone();
  }
  return (
    <form className="form" onSubmit={submit} aria-label={t('conferences.editOutcome')}>
      <RadioGroup legend={t('conferences.childParticipation')} value={child} onChange={setChild} options={options(t, 'participation')} />
      <RadioGroup legend={t('conferences.caregiverParticipation')} value={caregiver} onChange={setCaregiver} options={options(t, 'participation')} />
      <DecisionsEditor decisions={decisions} setD={setD} setDecisions={setDecisions} />
      <ErrorMessage error={error} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('conferences.saveOutcome')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}

function DecisionsEditor({
  decisions,
  setD,
  setDecisions,
}: {
  decisions: DecisionDraft[];
  setD(i: number, patch: Partial<DecisionDraft>): void;
  setDecisions(d: DecisionDraft[]): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="subform">
      <legend>{t('conferences.decisions')}</legend>
      {decisions.map((d, i) => (
        <fieldset key={i} className="subform nested">
          <legend>{t('conferences.decisionN', { n: i + 1 })}</legend>
          <TextField label={t('conferences.decisionText', { n: i + 1 })} required value={d.description} onChange={(x) => setD(i, { description: x })} maxLength={2000} />
          <TextField label={t('conferences.decisionResponsible', { n: i + 1 })} value={d.responsible} onChange={(x) => setD(i, { responsible: x })} maxLength={200} />
          <TextField label={t('conferences.decisionDue', { n: i + 1 })} type="date" value={d.dueDate} onChange={(x) => setD(i, { dueDate: x })} />
          <button type="button" className="danger" onClick={() => setDecisions(decisions.filter((_, j) => j !== i))}>
            {t('conferences.removeDecision', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setDecisions([...decisions, { description: '', responsible: '', dueDate: '' }])}>
        {t('conferences.addDecision')}
      </button>
    </fieldset>
  );
}

type ParticipantDraft = { kind: 'user' | 'outside'; user: Choice | null; name: string; organisation: string; role: string; paper: boolean };
type DecisionDraft = { description: string; responsible: string; dueDate: string };

function ConferenceForm({ caseId, onDone, onCancel }: { caseId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [type, setType] = useState('family');
  const [heldAt, setHeldAt] = useState(nowLocalInput());
  const [location, setLocation] = useState('');
  const [purpose, setPurpose] = useState('');
  const [participants, setParticipants] = useState<ParticipantDraft[]>([{ kind: 'outside', user: null, name: '', organisation: '', role: '', paper: false }]);
  const [child, setChild] = useState('attended');
  const [childNote, setChildNote] = useState('');
  const [caregiver, setCaregiver] = useState('attended');
  const [caregiverNote, setCaregiverNote] = useState('');
  const [decisions, setDecisions] = useState<DecisionDraft[]>([]);
  const { busy, error, run } = useWrite();
  const setP = (i: number, patch: Partial<ParticipantDraft>) => setParticipants((ps) => ps.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const setD = (i: number, patch: Partial<DecisionDraft>) => setDecisions((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body: NewConference = {
      type: type as NewConference['type'],
      heldAt: kigaliInputToIso(heldAt),
      participants: participants.map((p) =>
        p.kind === 'user'
          ? { userId: p.user?.id ?? '', ...(p.role.trim() ? { role: p.role.trim() } : {}) }
          : {
              name: p.name.trim(),
              ...(p.organisation.trim() ? { organisation: p.organisation.trim() } : {}),
              ...(p.role.trim() ? { role: p.role.trim() } : {}),
              agreementSignedOnPaper: p.paper,
            },
      ),
      childParticipation: child as Participation,
      caregiverParticipation: caregiver as Participation,
      decisions: decisions.map((d) => ({ description: d.description.trim(), responsible: d.responsible.trim() || null, dueDate: d.dueDate || null })),
    };
    if (location.trim()) body.location = location.trim();
    if (purpose.trim()) body.purpose = purpose.trim();
    if (childNote.trim()) body.childParticipationNote = childNote.trim();
    if (caregiverNote.trim()) body.caregiverParticipationNote = caregiverNote.trim();
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/conferences', { params: { path: { id: caseId } }, body })));
    if (done) onDone();
  }

  return (
    <Panel title={t('conferences.add')}>
      <form className="form" onSubmit={submit} aria-label={t('conferences.add')}>
        <RadioGroup legend={t('conferences.type')} value={type} onChange={setType} options={options(t, 'conferenceTypes')} />
        <TextField label={t('conferences.heldAt')} type="datetime-local" required value={heldAt} onChange={setHeldAt} />
        <TextField label={t('conferences.location')} value={location} onChange={setLocation} maxLength={500} />
        <TextField label={t('conferences.purpose')} multiline rows={2} value={purpose} onChange={setPurpose} maxLength={4000} />
        <fieldset className="subform">
          <legend>{t('conferences.participants')}</legend>
          <p className="hint">{t('conferences.participantsHint')}</p>
          {participants.map((p, i) => (
            <fieldset key={i} className="subform nested">
              <legend>{t('conferences.participantN', { n: i + 1 })}</legend>
              <RadioGroup
                legend={t('conferences.participantKind', { n: i + 1 })}
                value={p.kind}
                onChange={(k) => setP(i, { kind: k as ParticipantDraft['kind'] })}
                options={[
                  { value: 'outside', label: t('conferences.outsidePerson') },
                  { value: 'user', label: t('conferences.rindaUser') },
                ]}
              />
              {p.kind === 'user' ? (
                <CaseUserPicker caseId={caseId} label={t('conferences.participantUser', { n: i + 1 })} value={p.user} onChange={(c) => setP(i, { user: c })} required />
              ) : (
                <>
                  <TextField label={t('conferences.participantName', { n: i + 1 })} required value={p.name} onChange={(x) => setP(i, { name: x })} maxLength={200} />
                  <TextField label={t('conferences.participantOrganisation', { n: i + 1 })} value={p.organisation} onChange={(x) => setP(i, { organisation: x })} maxLength={200} />
                </>
              )}
              <TextField label={t('conferences.participantRole', { n: i + 1 })} hint={t('conferences.participantRoleHint')} value={p.role} onChange={(x) => setP(i, { role: x })} maxLength={200} />
              {p.kind === 'outside' && <CheckField label={t('conferences.paperSigned', { n: i + 1 })} checked={p.paper} onChange={(x) => setP(i, { paper: x })} />}
              {participants.length > 1 && (
                <button type="button" className="danger" onClick={() => setParticipants(participants.filter((_, j) => j !== i))}>
                  {t('conferences.removeParticipant', { n: i + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          <button type="button" onClick={() => setParticipants([...participants, { kind: 'outside', user: null, name: '', organisation: '', role: '', paper: false }])}>
            {t('conferences.addParticipant')}
          </button>
        </fieldset>
        <RadioGroup legend={t('conferences.childParticipation')} value={child} onChange={setChild} options={options(t, 'participation')} />
        <TextField label={t('conferences.childParticipationNote')} value={childNote} onChange={setChildNote} maxLength={2000} />
        <RadioGroup legend={t('conferences.caregiverParticipation')} value={caregiver} onChange={setCaregiver} options={options(t, 'participation')} />
        <TextField label={t('conferences.caregiverParticipationNote')} value={caregiverNote} onChange={setCaregiverNote} maxLength={2000} />
        <DecisionsEditor decisions={decisions} setD={setD} setDecisions={setDecisions} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('conferences.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
