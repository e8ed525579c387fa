import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Pager } from '../components/pager.js';
import { Loading } from './fields.js';
import { MovementText } from './section-paper-file.js';
import type { Movement, PaperFilePage } from '../api/types.js';
import { useLoad } from './use-load.js';

// The paper case file register: every file signed out now, and who holds it,
// a page at a time.

const PAGE_SIZE = 25;

export function PaperFilesScreen() {
  const { t } = useTranslation();
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const { data, error } = useLoad<PaperFilePage>(`/paper-files${query({ holder: mine ? 'me' : undefined, page, pageSize: PAGE_SIZE })}`);
  return (
    <section aria-labelledby="paper-files-title">
      <h1 id="paper-files-title">{t('paperFile.listTitle')}</h1>
      <label className="check">
        <input type="checkbox" checked={mine} onChange={(e) => (setMine(e.target.checked), setPage(1))} />
        <span>{t('paperFile.onlyMine')}</span>
      </label>
      <ErrorMessage error={error} />
      {!data && !error && <Loading />}
      {data && data.items.length === 0 && <p>{t('paperFile.noneOut')}</p>}
      {data && data.items.length > 0 && (
        <ul className="record-list">
          {data.items.map((m) => (
            <li key={m.id}>
              <p>
                <code>{m.childCode}</code>
              </p>
              <MovementText m={m} />
            </li>
          ))}
        </ul>
      )}
      {data && data.total > 0 && <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />}
    </section>
  );
}
