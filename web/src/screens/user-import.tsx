import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { answer, client } from '../api/client.js';
import { describedBy, FieldErrorText } from '../cases/fields.js';
import { ErrorMessage } from '../components/error-message.js';
import { useServerForm } from '../components/server-form.js';
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
  'profession',
];

/** A row's problem names its cell (`row 3.organisation`): the summary says which. */
function cellOf(path: string, t: TFunction): string | undefined {
  const m = /^row (\d+)\.(\w+)$/.exec(path);
  return m ? t('users.importCell', { row: m[1], column: m[2] }) : undefined;
}

const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent(`${IMPORT_COLUMNS.join(',')}\n`)}`;

/**
 * Many accounts at once from a CSV file. The whole file is accepted or none
 * of it: the answer lists each new account with its one-time password, or
 * each row's problems.
 */
export function UserImport() {
  const { t } = useTranslation();
  useTitle(t('users.import'));
  const [result, setResult] = useState<Imported | null>(null);
  // The file stands for the body's csv (a file too long is refused on it).
  const { form, busy, error, run, errorOf } = useServerForm<{ file: FileList | null }>({
    defaultValues: { file: null },
    fieldOf: (path) => (path === 'csv' ? 'file' : undefined),
  });
  const file = form.watch('file')?.[0];
  const fileError = errorOf('file');

  const submit = form.handleSubmit(async (v) => {
    const chosen = v.file?.[0];
    if (!chosen) return;
    setResult(null);
    const csv = await chosen.text();
    const imported = await run(() => answer(client.POST('/api/v1/users/import', { body: { csv } })));
    if (imported) setResult(imported);
  });

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
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            required
            {...describedBy('import-file', undefined, fileError)}
            {...form.register('file')}
          />
          <FieldErrorText id="import-file" error={fileError} />
        </div>
        <button type="submit" className="primary" disabled={busy || !file}>
          {t('users.importSubmit')}
        </button>
      </form>
      <ErrorMessage error={error} labelOf={(path) => cellOf(path, t)} />
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
