import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, client } from '../api/client.js';
import { useEmergencyReviews } from '../api/queries.js';
import { ErrorMessage } from '../components/error-message.js';
import { QueryStatus } from '../components/query-view.js';
import { useServerForm } from '../components/server-form.js';
import { useTitle } from '../components/use-title.js';
import { TextField } from '../cases/fields.js';
import { formatDateTime, roleName } from '../labels.js';

// The data protection officer's review list: every emergency access stays on
// it until the officer closes it with a finding.

type Item = NonNullable<ReturnType<typeof useEmergencyReviews>['data']>['items'][number];

export function EmergencyReviewScreen() {
  const { t } = useTranslation();
  useTitle(t('dp.review.title'));
  const [open, setOpen] = useState(true);
  const query = useEmergencyReviews(open);
  const { data } = query;
  return (
    <section aria-labelledby="dp-review-title">
      <h1 id="dp-review-title">{t('dp.review.title')}</h1>
      <p>{t('dp.review.intro')}</p>
      <label className="check">
        <input type="checkbox" checked={!open} onChange={(e) => setOpen(!e.target.checked)} />
        <span>{t('dp.review.showClosed')}</span>
      </label>
      <QueryStatus query={query} />
      {data && data.items.length === 0 && <p>{t('dp.review.none')}</p>}
      {data && (
        <ul className="record-list">
          {data.items.map((i) => (
            <ReviewItem key={i.id} item={i} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewItem({ item: i }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const { form, busy, error, run, bind } = useServerForm<{ finding: string }>({ defaultValues: { finding: '' } });
  const close = form.handleSubmit((d) =>
    run(() => answer(client.POST('/api/v1/data-protection/emergency-access/{id}/review', { params: { path: { id: i.id } }, body: { finding: d.finding } }))),
  );
  return (
    <li>
      <p>
        <Link to={`/cases/${i.caseId}`}>{i.caseCode}</Link> · {i.user.fullName} ({roleName(t, i.user.role)}) · {t(`dp.purpose.${i.purpose}`)}
      </p>
      <p className="small muted">
        {t('dp.review.window', { from: formatDateTime(i.openedAt, i18n.language), to: formatDateTime(i.expiresAt, i18n.language) })} ·{' '}
        {t('dp.review.actions', { count: i.actions })}
      </p>
      <p className="prewrap">{i.reason}</p>
      {i.finding ? (
        <p>
          <strong>{t('dp.review.finding')}:</strong> {i.finding} ({i.reviewedBy})
        </p>
      ) : (
        <form className="form" aria-label={t('dp.review.close', { code: i.caseCode })} onSubmit={close}>
          <TextField label={t('dp.review.finding')} required multiline rows={2} maxLength={2000} {...bind('finding')} />
          <ErrorMessage error={error} />
          <p className="actions">
            <button type="submit" disabled={busy}>
              {t('dp.review.submit')}
            </button>
          </p>
        </form>
      )}
    </li>
  );
}
