import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { CheckGroup, Panel, RadioGroup, TextField } from './fields.js';
import type { ApiBody, ReportDetail } from '../api/types.js';
import { useWrite } from '../api/queries.js';
import { options } from './vocab.js';

// Framework step 3 (tools 4 and 5): is it VENA? If not, the need and the early
// intervention it is referred to, and the report closes. If so, the case
// types and the risk tier with its reason.

type ScreeningBody = ApiBody<'/api/v1/reports/{id}/screening', 'post'>;

export function ScreeningForm({ reportId, onDone }: { reportId: string; onDone(d: ReportDetail): void }) {
  const { t } = useTranslation();
  const [isVena, setIsVena] = useState<'' | 'yes' | 'no'>('');
  const [caseTypes, setCaseTypes] = useState<string[]>([]);
  const [tier, setTier] = useState('');
  const [tierReason, setTierReason] = useState('');
  const [needs, setNeeds] = useState<string[]>([]);
  const [interventions, setInterventions] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const { busy, error, run } = useWrite();

  async function submit(e: FormEvent) {
    e.preventDefault();
    // The checkboxes offer the server's own codes (vocab.ts).
    const body: ScreeningBody =
      isVena === 'yes'
        ? { isVena: true, caseTypes: caseTypes as ScreeningBody['caseTypes'], tier: tier ? (Number(tier) as ScreeningBody['tier']) : undefined, tierReason: tierReason.trim() || undefined }
        : { isVena: false, needs: needs as ScreeningBody['needs'], earlyInterventions: interventions as ScreeningBody['earlyInterventions'] };
    if (note.trim()) body.note = note.trim();
    const d = await run(() => answer(client.POST('/api/v1/reports/{id}/screening', { params: { path: { id: reportId } }, body })));
    if (d) onDone(d);
  }

  return (
    <Panel title={t('screening.title')}>
      <form className="form" onSubmit={submit} aria-label={t('screening.title')}>
        <RadioGroup
          legend={t('screening.isVena')}
          hint={t('screening.isVenaHint')}
          required
          value={isVena}
          onChange={(v) => setIsVena(v as 'yes' | 'no')}
          options={[
            { value: 'yes', label: t('screening.venaYes') },
            { value: 'no', label: t('screening.venaNo') },
          ]}
        />
        {isVena === 'yes' && (
          <>
            <CheckGroup legend={t('screening.caseTypes')} required options={options(t, 'caseTypes')} values={caseTypes} onChange={setCaseTypes} />
            <RadioGroup
              legend={t('cases.tierLabel')}
              required
              value={tier}
              onChange={setTier}
              options={[
                { value: '1', label: t('screening.tier1') },
                { value: '2', label: t('screening.tier2') },
              ]}
            />
            <TextField label={t('screening.tierReason')} hint={t('screening.tierReasonHint')} required multiline rows={3} value={tierReason} onChange={setTierReason} maxLength={2000} />
          </>
        )}
        {isVena === 'no' && (
          <>
            <CheckGroup legend={t('screening.needs')} hint={t('screening.needsHint')} required options={options(t, 'nonVenaNeeds')} values={needs} onChange={setNeeds} />
            <CheckGroup
              legend={t('screening.earlyInterventions')}
              hint={t('screening.earlyInterventionsHint')}
              required
              options={options(t, 'earlyInterventions')}
              values={interventions}
              onChange={setInterventions}
            />
          </>
        )}
        {isVena && <TextField label={t('screening.note')} multiline rows={2} value={note} onChange={setNote} maxLength={4000} />}
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy || !isVena}>
            {isVena === 'no' ? t('screening.submitNotVena') : t('screening.submit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
