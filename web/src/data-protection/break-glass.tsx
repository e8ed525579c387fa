import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, ApiError, client } from '../api/client.js';
import type { CaseFile } from '../api/types.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
import { RadioGroup, TextField } from '../cases/fields.js';
import { granted } from '../cases/access.js';
import { formatDateTime } from '../labels.js';
import { useMe } from '../session.js';

// Break the glass: a case refused as outside one's scope can be opened in an
// emergency, with a written reason, for a limited time. The case's supervisor
// and the data protection officer are told at once, and the officer reviews it.

export function BreakGlass({ caseId, error }: { caseId: string; error: unknown }) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const {
    form,
    busy,
    error: writeError,
    run,
    bind,
    bindValue,
  } = useServerForm<{ reason: string; purpose: string }>({
    defaultValues: { reason: '', purpose: 'read' },
  });
  if (!(error instanceof ApiError) || error.status !== 404 || !granted(me, 'case:break_glass')) return null;
  const submit = form.handleSubmit(async (d) => {
    const r = await run(() =>
      answer(
        client.POST('/api/v1/cases/{id}/emergency-access', {
          params: { path: { id: caseId } },
          body: { reason: d.reason, purpose: d.purpose as 'read' | 'act_to_protect' },
        }),
      ),
    );
    if (r) await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
  });
  if (!open) {
    return (
      <p className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          {t('dp.glass.open')}
        </button>
      </p>
    );
  }
  return (
    <div role="dialog" aria-modal="false" aria-labelledby="glass-title" className="panel">
      <h2 id="glass-title">{t('dp.glass.title')}</h2>
      <p>{t('dp.glass.warning')}</p>
      <form className="form" aria-label={t('dp.glass.title')} onSubmit={submit}>
        <TextField label={t('dp.glass.reason')} hint={t('dp.glass.reasonHint')} required multiline rows={3} maxLength={2000} {...bind('reason')} />
        <RadioGroup
          legend={t('dp.glass.purpose')}
          options={[
            { value: 'read', label: t('dp.purpose.read') },
            { value: 'act_to_protect', label: t('dp.purpose.act_to_protect') },
          ]}
          {...bindValue('purpose')}
        />
        <ErrorMessage error={writeError} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('dp.glass.submit')}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            {t('dp.glass.cancel')}
          </button>
        </p>
      </form>
    </div>
  );
}

/** How the reader holds the file: a restricted child's file is read-only; an emergency access ends at its time. */
export function AccessBanner({ access }: { access: CaseFile['access'] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {access.restricted && (
        <p className="alert" role="status">
          {t('dp.restrictedBanner')}
        </p>
      )}
      {access.emergency && (
        <p className="alert" role="status">
          {t(access.emergency.allowsWork ? 'dp.glass.bannerWork' : 'dp.glass.bannerRead', { until: formatDateTime(access.emergency.expiresAt, i18n.language) })}
        </p>
      )}
    </>
  );
}
