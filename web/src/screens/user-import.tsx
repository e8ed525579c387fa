import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { ErrorMessage } from '../components/error-message.js';
import type { OneTimePasswordAnswer } from '../components/one-time-password.js';
import { Link } from 'react-router';

type Imported = { created: ({ row: number; username: string } & OneTimePasswordAnswer)[] };

/** Column names of the import file (the header row), as the server reads them. */
export const IMPORT_COLUMNS = [
  'username',
  'full_name',
  'role',
  'organisation',
  'jurisdiction',
  'supervisor',
  'training_completed_on',
  'phone',
  'email',
  'language',
];

const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent(`${IMPORT_COLUMNS.join(',')}\n`)}`;

/**
 * Many accounts at once from a CSV file. The whole file is accepted or none
 * of it: the answer lists each new account with its one-time password, or
 * each row's problems.
 */
export function UserImport() {
  const { t } = useTranslation();
  useTitle(t('users.import'));
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Imported | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const csv = await file.text();
      setResult(await answer(client.POST('/api/v1/users/import', { body: { csv } })));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-title">
      <p className="back">
        <Link to="/users">← {t('users.title')}</Link>
      </p>
      <h1 id="import-title">{t('users.import')}</h1>
      <p>{t('users.importIntro')}</p>
      <p className="muted">
        {t('users.importColumns')} <code className="wrap">{IMPORT_COLUMNS.join(',')}</code>
      </p>
      <p className="muted">{t('users.importCells')}</p>
      <p>
        <a href={TEMPLATE} download="rinda-users.csv">
          {t('users.importTemplate')}
        </a>
      </p>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor="import-file">{t('users.importFile')}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="primary" disabled={busy || !file}>
          {t('users.importSubmit')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {result && (
        <section className="panel panel-important" aria-labelledby="imported-title">
          <h2 id="imported-title">{t('users.importedTitle', { n: result.created.length })}</h2>
          <p>{t('users.oneTimePasswordOnce')}</p>
          <table className="responsive">
            <thead>
              <tr>
                <th scope="col">{t('users.importRow')}</th>
                <th scope="col">{t('auth.username')}</th>
                <th scope="col">{t('users.oneTimePassword')}</th>
              </tr>
            </thead>
            <tbody>
              {result.created.map((c) => (
                <tr key={c.row}>
                  <td data-label={t('users.importRow')}>{c.row}</td>
                  <td data-label={t('auth.username')}>{c.username}</td>
                  <td data-label={t('users.oneTimePassword')}>
                    {c.delivery === 'shown' && c.oneTimePassword ? (
                      <code>{c.oneTimePassword}</code>
                    ) : (
                      t(c.delivery === 'sms_refused' ? 'users.oneTimePasswordCellRefused' : 'users.oneTimePasswordCellSms')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
