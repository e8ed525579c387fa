import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import { CheckGroup, Panel, RadioGroup, TextField } from './fields.js';
import type { ApiBody, ReportDetail } from '../api/types.js';
import { useServerForm } from '../components/server-form.js';
import { options } from './vocab.js';

// Framework step 3 (tools 4 and 5): is it VENA? If not, the need and the early
// intervention it is referred to, and the report closes. If so, the case
// types and the risk tier with its reason, and the needs seen (so the first
// referrals can be made the same day).

type ScreeningBody = ApiBody<'/api/v1/reports/{id}/screening', 'post'>;

export function ScreeningForm({ reportId, onDone }: { reportId: string; onDone(d: ReportDetail): void }) {
  const { t } = useTranslation();
  const { form, busy, error, run, bind, bindValue } = useServerForm({
    defaultValues: {
      isVena: '' as '' | 'yes' | 'no',
      caseTypes: [] as string[],
      tier: '',
      tierReason: '',
      needs: [] as string[],
      earlyInterventions: [] as string[],
      note: '',
    },
  });
  const isVena = form.watch('isVena');

  const submit = form.handleSubmit(async (v) => {
    // The checkboxes offer the server's own codes (vocab.ts).
    const body: ScreeningBody =
      v.isVena === 'yes'
        ? {
            isVena: true,
            caseTypes: v.caseTypes as ScreeningBody['caseTypes'],
            tier: v.tier ? (Number(v.tier) as ScreeningBody['tier']) : undefined,
            tierReason: v.tierReason.trim() || undefined,
            ...(v.needs.length > 0 && { needs: v.needs as ScreeningBody['needs'] }),
          }
        : { isVena: false, needs: v.needs as ScreeningBody['needs'], earlyInterventions: v.earlyInterventions as ScreeningBody['earlyInterventions'] };
    if (v.note.trim()) body.note = v.note.trim();
    const d = await run(() => answer(client.POST('/api/v1/reports/{id}/screening', { params: { path: { id: reportId } }, body })));
    if (d) onDone(d);
  });

  return (
    <Panel title={t('screening.title')}>
      <form className="form" onSubmit={submit} aria-label={t('screening.title')}>
        <RadioGroup
          legend={t('screening.isVena')}
          hint={t('screening.isVenaHint')}
          required
          {...bindValue('isVena')}
          options={[
            { value: 'yes', label: t('screening.venaYes') },
            { value: 'no', label: t('screening.venaNo') },
          ]}
        />
        {isVena === 'yes' && (
          <>
            <CheckGroup legend={t('screening.caseTypes')} required options={options(t, 'caseTypes')} {...bindValue('caseTypes')} />
            <RadioGroup
              legend={t('cases.tierLabel')}
              required
              {...bindValue('tier')}
              options={[
                { value: '1', label: t('screening.tier1') },
                { value: '2', label: t('screening.tier2') },
              ]}
            />
            <TextField
              label={t('screening.tierReason')}
              hint={t('screening.tierReasonHint')}
              required
              multiline
              rows={3}
              {...bind('tierReason')}
              maxLength={2000}
            />
            <CheckGroup legend={t('screening.needsSeen')} hint={t('screening.needsSeenHint')} options={options(t, 'nonVenaNeeds')} {...bindValue('needs')} />
          </>
        )}
        {isVena === 'no' && (
          <>
            <CheckGroup legend={t('screening.needs')} hint={t('screening.needsHint')} required options={options(t, 'nonVenaNeeds')} {...bindValue('needs')} />
            <CheckGroup
              legend={t('screening.earlyInterventions')}
              hint={t('screening.earlyInterventionsHint')}
              required
              options={options(t, 'earlyInterventions')}
              {...bindValue('earlyInterventions')}
            />
          </>
        )}
        {isVena && <TextField label={t('screening.note')} multiline rows={2} {...bind('note')} maxLength={4000} />}
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
