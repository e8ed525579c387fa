import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, answer, client } from '../api/client.js';
import { useWrite } from '../api/queries.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { useMe } from '../session.js';

// Open Referral HSDS 3.0: the directory out as a ZIP of CSV files, and a
// partner's files in, all checked before anything is written.

type Problem = { file: string; row: number; field: string; messageKey: string; message: string };

export function DirectoryTransfer() {
  const { t } = useTranslation();
  const me = useMe();
  const write = useWrite();
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<{ organizations: number; services: number } | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setDone(null);
    setProblems([]);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const result = await write.run(async () => {
      try {
        return await answer(client.POST('/api/v1/directory/import', { body: { zipBase64: btoa(binary) } }));
      } catch (err) {
        const res = err instanceof ApiError ? err : null;
        if (res)
          setProblems(
            res.fields.map((f) => ({
              file: String(f.params?.file ?? ''),
              row: Number(f.params?.row ?? 0),
              field: f.field.split('.').pop() ?? '',
              messageKey: f.messageKey ?? '',
              message: f.message,
            })),
          );
        throw err;
      }
    });
    if (result) setDone(result);
  }

  return (
    <section aria-labelledby="hsds-title" className="panel">
      <h2 id="hsds-title">HSDS</h2>
      <p>
        <a className="button" href="/api/v1/directory/export.zip" download>
          {t('directory.export')}
        </a>
      </p>
      {me.permissions.includes('directory:manage') && (
        <form onSubmit={submit}>
          <p className="hint">{t('directory.importHint')}</p>
          <div className="field">
            <label htmlFor="hsds-file">{t('directory.importFile')}</label>
            <input id="hsds-file" type="file" accept=".zip,application/zip" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <button type="submit" disabled={!file || write.busy}>
            {t('directory.import')}
          </button>
          {done && <Notice>{t('directory.importDone', done)}</Notice>}
          {problems.length === 0 && <ErrorMessage error={write.error} />}
          {problems.length > 0 && (
            <table>
              <caption>{t('directory.importErrors')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('directory.importFileColumn')}</th>
                  <th scope="col">{t('directory.importRow')}</th>
                  <th scope="col">{t('directory.importField')}</th>
                  <th scope="col">{t('directory.importProblem')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p) => (
                  <tr key={`${p.file}:${p.row}:${p.field}:${p.messageKey}`}>
                    <td>{p.file}</td>
                    <td>{p.row}</td>
                    <td>{p.field}</td>
                    <td>{t(p.messageKey, { defaultValue: p.message })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </form>
      )}
    </section>
  );
}
