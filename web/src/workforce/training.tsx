import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api/client.js';
import { useOwnTraining, useTrainingRegister } from '../api/queries.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { QueryView } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { fileBody } from '../izu/izu-import.js';
import { roleName } from '../labels.js';
import { useMe } from '../session.js';

// The training register: who still needs the national case management
// training before carrying cases, which IZU have had which modules; the
// import of attendance lists; each person's own record.

type Record = {
  id: string;
  trainingCode: string;
  completedOn: string;
  provider: string | null;
  certificateRef: string | null;
  expiresOn: string | null;
  expired: boolean;
};

function Records({ records }: { records: Record[] }) {
  const { t } = useTranslation();
  if (records.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="plain">
      {records.map((r) => (
        <li key={r.id}>
          {t(`workforce.trainings.${r.trainingCode}`, { defaultValue: r.trainingCode })} · {r.completedOn}
          {r.provider && ` · ${r.provider}`}
          {r.certificateRef && ` · ${r.certificateRef}`}
          {r.expiresOn && ` · ${t('workforce.training.expires', { date: r.expiresOn })}`}
          {r.expired && <span className="badge badge-warn">{t('workforce.training.expired')}</span>}
        </li>
      ))}
    </ul>
  );
}

export function TrainingRegisterScreen() {
  const { t } = useTranslation();
  useTitle(t('workforce.training.title'));
  const me = useMe();
  const [needsNational, setNeedsNational] = useState(false);
  const [role, setRole] = useState('');
  const register = useTrainingRegister({
    ...(needsNational && { needsNational: 'true' as const }),
    ...(role && { role: role as 'izu' }),
  });
  return (
    <section aria-labelledby="training-title">
      <h1 id="training-title">{t('workforce.training.title')}</h1>
      <div className="filters">
        <label className="check">
          <input type="checkbox" checked={needsNational} onChange={(e) => setNeedsNational(e.target.checked)} /> {t('workforce.training.needsNational')}
        </label>
        <label>
          {t('workforce.training.role')}{' '}
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">{t('workforce.training.allRoles')}</option>
            {['cpwo', 'cso_caseworker', 'supervisor', 'izu', 'local_leader'].map((r) => (
              <option key={r} value={r}>
                {roleName(t, r)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryView query={register}>
        {(data) => (
          <>
            <p>{t('workforce.training.needsNationalCount', { n: data.counts.needsNationalTraining })}</p>
            <ul className="inline-list">
              {data.trainings.map((tr) => (
                <li key={tr.code}>
                  {t(`workforce.trainings.${tr.code}`, { defaultValue: tr.code })}: {data.counts.byTraining[tr.code] ?? 0}
                </li>
              ))}
            </ul>
            <table className="responsive" data-testid="training-register">
              <thead>
                <tr>
                  <th scope="col">{t('workforce.training.person')}</th>
                  <th scope="col">{t('workforce.training.records')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.fullName} <span className="small muted">· {roleName(t, p.role)}</span>
                      {p.needsNationalTraining && <span className="badge badge-warn">{t('workforce.training.needsNationalBadge')}</span>}
                    </th>
                    <td data-label={t('workforce.training.records')}>
                      <Records records={p.records} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </QueryView>
      {me.permissions.includes('training:record') && <AttendanceImport />}
    </section>
  );
}

type ImportResult = Awaited<ReturnType<typeof importFile>>;
const importFile = async (file: File, dryRun: boolean) =>
  answer(client.POST('/api/v1/workforce/trainings/import', { body: { ...(await fileBody(file)), dryRun } }));

function AttendanceImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await importFile(file, dryRun));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('workforce.training.importTitle')}</h2>
      <p className="muted">
        {t('workforce.training.importColumns')} <code>username, phone, name, training, date, provider, certificate, expires_on</code>
      </p>
      <form
        className="form"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <div className="field">
          <label htmlFor="attendance-file">{t('workforce.training.importFile')}</label>
          <input id="attendance-file" type="file" accept=".csv,.xlsx" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="primary" disabled={busy || !file}>
          {t('workforce.training.importCheck')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {result && !result.dryRun && result.ok && <Notice>{t('workforce.training.imported', { n: result.created })}</Notice>}
      {result && result.errors.length > 0 && (
        <table className="responsive" data-testid="attendance-errors">
          <thead>
            <tr>
              <th scope="col">{t('izu.row')}</th>
              <th scope="col">{t('izu.column')}</th>
              <th scope="col">{t('izu.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.map((e) => (
              <tr key={`${e.row}:${e.field}:${e.messageKey}`}>
                <td>{e.row}</td>
                <td>{e.field}</td>
                <td>{t(e.messageKey, { ...e.params, defaultValue: e.message })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && result.dryRun && result.ok && (
        <p className="actions">
          {t('workforce.training.readyToImport', { n: result.rows })}{' '}
          <button type="button" className="primary" disabled={busy} onClick={() => void send(false)}>
            {t('workforce.training.importConfirm')}
          </button>
        </p>
      )}
    </section>
  );
}

export function MyTrainingScreen() {
  const { t } = useTranslation();
  useTitle(t('workforce.training.mine'));
  const mine = useOwnTraining();
  return (
    <section aria-labelledby="my-training-title">
      <h1 id="my-training-title">{t('workforce.training.mine')}</h1>
      <QueryView query={mine}>
        {(data) => (
          <>
            {data.person.needsNationalTraining && <p role="status">{t('workforce.training.youNeedNational')}</p>}
            <Records records={data.person.records} />
          </>
        )}
      </QueryView>
    </section>
  );
}
