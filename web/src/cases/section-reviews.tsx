import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../components/query-view.js';
import { answer, client } from '../api/client.js';
import { recordReviewSchema } from '../../../src/cases/review/reviews.schemas.js';
import { sharedResolver, useServerForm } from '../components/server-form.js';
import { ErrorMessage } from '../components/error-message.js';
import { PagerIfMore } from '../components/pager.js';
import { formatDateTime } from '../labels.js';
import { Link } from 'react-router';
import { useCan } from './access.js';
import type { SectionProps } from './case-file.js';
import { Panel, RadioGroup, TextField } from './fields.js';
import type { ApiBody, Review, ReviewList } from '../api/types.js';
import { useCaseSection } from '../api/queries.js';
import { LISTS, options, term, terms } from './vocab.js';

// Framework step 8 (tool 14): the case review scores the seven benchmarks,
// each met or not with its evidence, and shows the progress over reviews. A
// review that finds new concerns sends the case back to assessment.

const REVIEWS_PAGE = 20;

export function ReviewsSection({ file }: SectionProps) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const [page, setPage] = useState(1);
  const query = useCaseSection(file.id, 'reviews', { page, pageSize: REVIEWS_PAGE });
  const { data } = query;
  const reload = () => setPage(1);
  const mayWork = can('case:work') && ['implementation', 'review'].includes(file.stage);
  return (
    <>
      {!['implementation', 'review', 'closed', 'transferred'].includes(file.stage) && <p className="alert alert-warn">{t('reviews.planFirst')}</p>}
      <QueryStatus query={query} />
      {data && (
        <>
          <Panel title={t('reviews.progress')}>
            {data.progress.length === 0 ? (
              <p>{t('reviews.none')}</p>
            ) : (
              <ol className="progress-list">
                {data.progress.map((p, i) => (
                  <li key={p.reviewId}>
                    <span>
                      {t('reviews.reviewN', { n: data.total - data.progress.length + i + 1 })} · {formatDateTime(p.reviewedAt, i18n.language)}
                    </span>
                    <meter min={0} max={7} value={p.metCount} aria-label={t('reviews.metCount', { n: p.metCount })} />
                    <span>
                      {t('reviews.metCount', { n: p.metCount })} · {term(t, 'reviewOutcomes', p.outcome)}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <ClosureCheckText check={data.closure} caseId={file.id} />
          </Panel>
          {mayWork && (
            <ReviewForm
              caseId={file.id}
              onDone={() => {
                reload();
              }}
            />
          )}
          {data.items.map((r) => (
            <ReviewView key={r.id} r={r} />
          ))}
          <PagerIfMore page={page} pageSize={REVIEWS_PAGE} total={data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}

export function ClosureCheckText({ check, caseId }: { check: ReviewList['closure']; caseId: string }) {
  const { t } = useTranslation();
  if (check.allowed) {
    return (
      <p className="alert alert-ok" data-testid="closure-check">
        {t('reviews.closureAllowed')} <Link to={`/cases/${caseId}/closure`}>{t('cases.section.closure')}</Link>
      </p>
    );
  }
  return (
    <div className="alert alert-warn" data-testid="closure-check">
      <p>{t('reviews.closureNotAllowed')}</p>
      {check.missingBenchmarks.length > 0 && <p>{t('reviews.missing', { list: terms(t, 'benchmarks', check.missingBenchmarks) })}</p>}
      {check.openPlanGoals > 0 && <p>{t('reviews.openGoals', { n: check.openPlanGoals })}</p>}
    </div>
  );
}

function ReviewView({ r }: { r: Review }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="panel version">
      <summary>
        <strong>{formatDateTime(r.reviewedAt, i18n.language)}</strong> · {r.reviewedBy.fullName} · {t('reviews.metCount', { n: r.metCount })} ·{' '}
        {term(t, 'reviewOutcomes', r.outcome)}
      </summary>
      <ul className="plain-list">
        {r.benchmarks.map((b) => (
          <li key={b.benchmark}>
            {b.met ? <span className="badge badge-ok">{t('reviews.met')}</span> : <span className="badge badge-bad">{t('reviews.notMet')}</span>}{' '}
            {term(t, 'benchmarks', b.benchmark)}
            <br />
            <span className="small muted">{b.evidence}</span>
          </li>
        ))}
      </ul>
      {r.planGoals && <p>{t('reviews.goalsAchieved', { achieved: r.planGoals.achieved, total: r.planGoals.total })}</p>}
      {r.newConcerns && <p className="prewrap">{t('reviews.newConcernsAre', { concerns: r.newConcerns })}</p>}
      {r.note && <p className="prewrap">{r.note}</p>}
    </details>
  );
}

type Score = { met: '' | 'yes' | 'no'; evidence: string };
type ReviewDraft = { benchmarks: Score[]; outcome: string; newConcerns: string; note: string };

type ReviewBody = ApiBody<'/api/v1/cases/{id}/reviews', 'post'>;

/** The body of a review: the benchmarks in the framework's order (the form's `benchmarks.2` is the body's); what is left blank is not sent. */
const reviewBody = (v: ReviewDraft) => ({
  benchmarks: LISTS.benchmarks.map((b, i) => ({ benchmark: b, met: v.benchmarks[i]!.met === 'yes', evidence: v.benchmarks[i]!.evidence })),
  outcome: v.outcome,
  ...(v.newConcerns.trim() && { newConcerns: v.newConcerns }),
  ...(v.note.trim() && { note: v.note }),
});

function ReviewForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const { t } = useTranslation();
  // Checked in the browser by the server's own schema.
  const { form, busy, error, run, bind, bindValue } = useServerForm<ReviewDraft, ReviewBody>({
    defaultValues: { benchmarks: LISTS.benchmarks.map(() => ({ met: '', evidence: '' })), outcome: 'continue', newConcerns: '', note: '' },
    resolver: sharedResolver(recordReviewSchema, t, reviewBody),
  });
  const outcome = form.watch('outcome');

  const submit = form.handleSubmit(async (body) => {
    const done = await run(() => answer(client.POST('/api/v1/cases/{id}/reviews', { params: { path: { id: caseId } }, body })));
    if (done) onDone();
  });

  return (
    <Panel title={t('reviews.add')}>
      <form className="form" onSubmit={submit} aria-label={t('reviews.add')}>
        {LISTS.benchmarks.map((b, i) => (
          <fieldset key={b} className="subform">
            <legend>
              {i + 1}. {term(t, 'benchmarks', b)}
            </legend>
            <RadioGroup
              legend={t('reviews.isMet')}
              required
              {...bindValue(`benchmarks.${i}.met`)}
              onChange={(v) => bindValue(`benchmarks.${i}.met`).onChange(v as Score['met'])}
              options={[
                { value: 'yes', label: t('reviews.met') },
                { value: 'no', label: t('reviews.notMet') },
              ]}
            />
            <TextField label={t('reviews.evidenceFor', { n: i + 1 })} required multiline rows={2} {...bind(`benchmarks.${i}.evidence`)} maxLength={2000} />
          </fieldset>
        ))}
        <RadioGroup legend={t('reviews.outcome')} {...bindValue('outcome')} options={options(t, 'reviewOutcomes')} />
        {outcome === 'reassess' && <TextField label={t('reviews.newConcerns')} required multiline rows={3} {...bind('newConcerns')} maxLength={4000} />}
        <TextField label={t('reviews.note')} multiline rows={2} {...bind('note')} maxLength={4000} />
        <ErrorMessage error={error} />
        <p className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('reviews.submit')}
          </button>
        </p>
      </form>
    </Panel>
  );
}
