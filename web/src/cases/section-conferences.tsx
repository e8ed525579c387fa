import type { TFunction } from 'i18next';
import { useState } from 'react';
import { FormProvider, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
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
    const done = await run(() =>
      answer(client.POST('/api/v1/conferences/{id}/participants/{participantId}/paper-agreement', { params: { path: { id: c.id, participantId } }, body: {} })),
    );
    if (done) onChanged();
  };
  return (
    <Panel title={`${term(t, 'conferenceTypes', c.type)} · ${formatDateTime(c.heldAt, i18n.language)}`}>
      {c.location && <p>{t('conferences.locationIs', { location: c.location })}</p>}
      {c.purpose && <p className="prewrap">{c.purpose}</p>}
      <p className="small">
        {t('conferences.childParticipation')}: {term(t, 'participation', c.childParticipation)}
        {c.childParticipationNote && ` (${c.childParticipationNote})`} · {t('conferences.caregiverParticipation')}:{' '}
        {term(t, 'participation', c.caregiverParticipation)}
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
  const { form, busy, error, run, bindValue, errorOf } = useServerForm<OutcomeDraft>({
    defaultValues: {
      childParticipation: c.childParticipation,
      caregiverParticipation: c.caregiverParticipation,
      decisions: c.decisions.map((d) => ({ description: d.description, responsible: d.responsible ?? '', dueDate: d.dueDate ?? '' })),
    },
  });
  const submit = form.handleSubmit(async (v) => {
    const body: ApiBody<'/api/v1/conferences/{id}', 'patch'> = {
      childParticipation: v.childParticipation as Participation,
      caregiverParticipation: v.caregiverParticipation as Participation,
      decisions: decisionsBody(v.decisions),
    };
    const r = await run(() => answer(client.PATCH('/api/v1/conferences/{id}', { params: { path: { id: c.id } }, body })));
    if (r) onDone();
  });
  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={submit} aria-label={t('conferences.editOutcome')}>
        <RadioGroup legend={t('conferences.childParticipation')} {...bindValue('childParticipation')} options={options(t, 'participation')} />
        <RadioGroup legend={t('conferences.caregiverParticipation')} {...bindValue('caregiverParticipation')} options={options(t, 'participation')} />
        <DecisionsEditor errorOf={errorOf} />
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
    </FormProvider>
  );
}

type DecisionDraft = { description: string; responsible: string; dueDate: string };
type DecisionField = `decisions.${number}.${keyof DecisionDraft}`;
type OutcomeDraft = { childParticipation: string; caregiverParticipation: string; decisions: DecisionDraft[] };

const decisionsBody = (decisions: DecisionDraft[]) =>
  decisions.map((d) => ({ description: d.description.trim(), responsible: d.responsible.trim() || null, dueDate: d.dueDate || null }));

/** The decisions of a conference, a part of its form (react-hook-form's context): named as the body's. */
function DecisionsEditor({ errorOf }: { errorOf(name: DecisionField): string | undefined }) {
  const { t } = useTranslation();
  const { control, register } = useFormContext<{ decisions: DecisionDraft[] }>();
  const { fields, append, remove } = useFieldArray({ control, name: 'decisions' });
  const bind = (name: DecisionField) => ({ field: register(name), error: errorOf(name) });
  return (
    <fieldset className="subform">
      <legend>{t('conferences.decisions')}</legend>
      {fields.map((d, i) => (
        <fieldset key={d.id} className="subform nested">
          <legend>{t('conferences.decisionN', { n: i + 1 })}</legend>
          <TextField label={t('conferences.decisionText', { n: i + 1 })} required {...bind(`decisions.${i}.description`)} maxLength={2000} />
          <TextField label={t('conferences.decisionResponsible', { n: i + 1 })} {...bind(`decisions.${i}.responsible`)} maxLength={200} />
          <TextField label={t('conferences.decisionDue', { n: i + 1 })} type="date" {...bind(`decisions.${i}.dueDate`)} />
          <button type="button" className="danger" onClick={() => remove(i)}>
            {t('conferences.removeDecision', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => append({ description: '', responsible: '', dueDate: '' })}>
        {t('conferences.addDecision')}
      </button>
    </fieldset>
  );
}

type ParticipantDraft = { kind: 'user' | 'outside'; user: Choice | null; name: string; organisation: string; role: string; paper: boolean };
const newParticipant = (): ParticipantDraft => ({ kind: 'outside', user: null, name: '', organisation: '', role: '', paper: false });

type ConferenceDraft = {
  type: string;
  heldAt: string;
  location: string;
  purpose: string;
  participants: ParticipantDraft[];
  childParticipation: string;
  childParticipationNote: string;
  caregiverParticipation: string;
  caregiverParticipationNote: string;
  decisions: DecisionDraft[];
};

/** A participant's field for a path of the body (`participants.0.userId` is the picker of participant 1). */
const participantField = (path: string) =>
  path.replace(/^(participants\.\d+)\.(userId|agreementSignedOnPaper)$/, (_, at: string, key: string) => `${at}.${key === 'userId' ? 'user' : 'paper'}`);

/** A refusal about one participant as a whole (`participants.1`) says which. */
function participantOf(path: string, t: TFunction): string | undefined {
  const m = /^participants\.(\d+)/.exec(path);
  return m ? t('conferences.participantN', { n: Number(m[1]) + 1 }) : undefined;
}

function ConferenceForm({ caseId, onDone, onCancel }: { caseId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind, bindValue, errorOf } = useServerForm<ConferenceDraft>({
    defaultValues: {
      type: 'family',
      heldAt: nowLocalInput(),
      location: '',
      purpose: '',
      participants: [newParticipant()],
      childParticipation: 'attended',
      childParticipationNote: '',
      caregiverParticipation: 'attended',
      caregiverParticipationNote: '',
      decisions: [],
    },
    fieldOf: participantField,
  });
  const participants = useFieldArray({ control: form.control, name: 'participants' });
  const kinds = form.watch('participants').map((p) => p.kind);

  const submit = form.handleSubmit(async (v) => {
    const body: NewConference = {
      type: v.type as NewConference['type'],
      heldAt: kigaliInputToIso(v.heldAt),
      participants: v.participants.map((p) =>
        p.kind === 'user'
          ? { userId: p.user?.id ?? '', ...(p.role.trim() ? { role: p.role.trim() } : {}) }
          : {
              name: p.name.trim(),
              ...(p.organisation.trim() ? { organisation: p.organisation.trim() } : {}),
              ...(p.role.trim() ? { role: p.role.trim() } : {}),
              agreementSignedOnPaper: p.paper,
            },
      ),
      childParticipation: v.childParticipation as Participation,
      caregiverParticipation: v.caregiverParticipation as Participation,
      decisions: decisionsBody(v.decisions),
    };
    if (v.location.trim()) body.location = v.location.trim();
    if (v.purpose.trim()) body.purpose = v.purpose.trim();
    if (v.childParticipationNote.trim()) body.childParticipationNote = v.childParticipationNote.trim();
    if (v.caregiverParticipationNote.trim()) body.caregiverParticipationNote = v.caregiverParticipationNote.trim();
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/conferences', { params: { path: { id: caseId } }, body })));
    if (done) onDone();
  });

  return (
    <Panel title={t('conferences.add')}>
      <FormProvider {...form}>
        <form className="form" onSubmit={submit} aria-label={t('conferences.add')}>
          <RadioGroup legend={t('conferences.type')} {...bindValue('type')} options={options(t, 'conferenceTypes')} />
          <TextField label={t('conferences.heldAt')} type="datetime-local" required {...bind('heldAt')} />
          <TextField label={t('conferences.location')} {...bind('location')} maxLength={500} />
          <TextField label={t('conferences.purpose')} multiline rows={2} {...bind('purpose')} maxLength={4000} />
          <fieldset className="subform">
            <legend>{t('conferences.participants')}</legend>
            <p className="hint">{t('conferences.participantsHint')}</p>
            {participants.fields.map((p, i) => (
              <fieldset key={p.id} className="subform nested">
                <legend>{t('conferences.participantN', { n: i + 1 })}</legend>
                <RadioGroup
                  legend={t('conferences.participantKind', { n: i + 1 })}
                  {...bindValue(`participants.${i}.kind`)}
                  onChange={(k) => bindValue(`participants.${i}.kind`).onChange(k as ParticipantDraft['kind'])}
                  options={[
                    { value: 'outside', label: t('conferences.outsidePerson') },
                    { value: 'user', label: t('conferences.rindaUser') },
                  ]}
                />
                {kinds[i] === 'user' ? (
                  <CaseUserPicker caseId={caseId} label={t('conferences.participantUser', { n: i + 1 })} {...bindValue(`participants.${i}.user`)} required />
                ) : (
                  <>
                    <TextField label={t('conferences.participantName', { n: i + 1 })} required {...bind(`participants.${i}.name`)} maxLength={200} />
                    <TextField label={t('conferences.participantOrganisation', { n: i + 1 })} {...bind(`participants.${i}.organisation`)} maxLength={200} />
                  </>
                )}
                <TextField
                  label={t('conferences.participantRole', { n: i + 1 })}
                  hint={t('conferences.participantRoleHint')}
                  {...bind(`participants.${i}.role`)}
                  maxLength={200}
                />
                {kinds[i] === 'outside' && <CheckField label={t('conferences.paperSigned', { n: i + 1 })} {...bind(`participants.${i}.paper`)} />}
                {participants.fields.length > 1 && (
                  <button type="button" className="danger" onClick={() => participants.remove(i)}>
                    {t('conferences.removeParticipant', { n: i + 1 })}
                  </button>
                )}
              </fieldset>
            ))}
            <button type="button" onClick={() => participants.append(newParticipant())}>
              {t('conferences.addParticipant')}
            </button>
          </fieldset>
          <RadioGroup legend={t('conferences.childParticipation')} {...bindValue('childParticipation')} options={options(t, 'participation')} />
          <TextField label={t('conferences.childParticipationNote')} {...bind('childParticipationNote')} maxLength={2000} />
          <RadioGroup legend={t('conferences.caregiverParticipation')} {...bindValue('caregiverParticipation')} options={options(t, 'participation')} />
          <TextField label={t('conferences.caregiverParticipationNote')} {...bind('caregiverParticipationNote')} maxLength={2000} />
          <DecisionsEditor errorOf={errorOf} />
          <ErrorMessage error={error} labelOf={(path) => participantOf(path, t)} />
          <p className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('conferences.submit')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </p>
        </form>
      </FormProvider>
    </Panel>
  );
}
