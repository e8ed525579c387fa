import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, client } from '../api/client.js';
import type { VolunteerImport } from '../api/types.js';
import { ErrorMessage, Notice } from '../components/error-message.js';
import { useTitle } from '../components/use-title.js';

const COLUMNS = 'district,sector,cell,village,name,sex,phone,status,date selected,trainings';
const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent(`${COLUMNS}\n`)}`;

/** The file as the server takes it: CSV as text, XLSX in base64. */
export async function fileBody(file: File): Promise<{ format: 'csv' | 'xlsx'; content: string; fileName: string }> {
  if (/\.xlsx$/i.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { format: 'xlsx', content: btoa(binary), fileName: file.name };
  }
  return { format: 'csv', content: await file.text(), fileName: file.name };
}

/**
 * A district's IZU list from CSV or XLSX: first a preview with every row's
 * problems (and, for a village that is unknown or has several of its name,
 * the places it may mean), then, once the file is right, the import of all
 * its rows at once.
 */
export function IzuImport() {
  const { t } = useTranslation();
  useTitle(t('izu.import'));
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<VolunteerImport | null>(null);
  const [done, setDone] = useState<VolunteerImport | null>(null);

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const body = { ...(await fileBody(file)), dryRun };
      const result = await answer(client.POST('/api/v1/izu/import', { body }));
      if (dryRun) setPreview(result);
      else {
        setDone(result);
        setPreview(null);
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  function check(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    void send(true);
  }

  const firstVillage = done?.preview.find((p) => p.village)?.village;
  return (
    <section aria-labelledby="izu-import-title">
      <p className="back">
        <Link to="/izu">← {t('izu.title')}</Link>
      </p>
      <h1 id="izu-import-title">{t('izu.import')}</h1>
      <p>{t('izu.importIntro')}</p>
      <p className="muted">
        {t('izu.importColumns')} <code className="wrap">{COLUMNS}</code>
      </p>
      <p>
        <a href={TEMPLATE} download="rinda-izu.csv">
          {t('izu.importTemplate')}
        </a>
      </p>
      <form onSubmit={check} className="form">
        <div className="field">
          <label htmlFor="izu-import-file">{t('izu.importFile')}</label>
          <input
            id="izu-import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
            }}
          />
        </div>
        <button type="submit" className="primary" disabled={busy || !file}>
          {t('izu.importCheck')}
        </button>
      </form>
      <ErrorMessage error={error} />
      {done && (
        <Notice>
          {t('izu.imported', { n: done.created })} {firstVillage && <Link to={`/izu?placeId=${firstVillage.id}`}>{t('izu.seeRegistry')}</Link>}
        </Notice>
      )}
      {preview && <ImportPreview preview={preview} busy={busy} onConfirm={() => void send(false)} />}
    </section>
  );
}

function ImportPreview({ preview, busy, onConfirm }: { preview: VolunteerImport; busy: boolean; onConfirm(): void }) {
  const { t } = useTranslation();
  const failed = new Set(preview.errors.map((e) => e.row));
  return (
    <section className="panel" aria-labelledby="izu-preview-title">
      <h2 id="izu-preview-title">{t('izu.previewTitle', { rows: preview.rows, bad: failed.size })}</h2>
      {preview.errors.length > 0 ? (
        <>
          <p role="alert">{t('izu.previewFix')}</p>
          <table className="responsive" data-testid="izu-import-errors">
            <thead>
              <tr>
                <th scope="col">{t('izu.row')}</th>
                <th scope="col">{t('izu.column')}</th>
                <th scope="col">{t('izu.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.errors.map((e) => (
                <tr key={`${e.row}:${e.field}:${e.messageKey}`}>
                  <td data-label={t('izu.row')}>{e.row}</td>
                  <td data-label={t('izu.column')}>{t(`izu.columns.${e.field}`, { defaultValue: e.field })}</td>
                  <td data-label={t('izu.problem')}>
                    {t(e.messageKey, { ...e.params, defaultValue: e.message })}
                    {e.candidates && e.candidates.length > 0 && (
                      <ul className="candidates">
                        {e.candidates.map((c) => (
                          <li key={c.id}>{c.path}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p>{t('izu.previewOk')}</p>
      )}
      <table className="responsive">
        <thead>
          <tr>
            <th scope="col">{t('izu.row')}</th>
            <th scope="col">{t('izu.fullName')}</th>
            <th scope="col">{t('izu.phone')}</th>
            <th scope="col">{t('levels.5')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.preview.map((p) => (
            <tr key={p.row} className={failed.has(p.row) ? 'gap' : undefined}>
              <td data-label={t('izu.row')}>{p.row}</td>
              <td data-label={t('izu.fullName')}>{p.fullName}</td>
              <td data-label={t('izu.phone')}>{p.phone ?? '—'}</td>
              <td data-label={t('levels.5')}>{p.village?.path ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="primary" disabled={busy || !preview.ok} onClick={onConfirm}>
        {t('izu.importConfirm', { n: preview.rows })}
      </button>
    </section>
  );
}
