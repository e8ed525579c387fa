import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../components/use-title.js';
import { QueryStatus } from '../components/query-view.js';
import { Pager } from '../components/pager.js';
import { MovementText } from './section-paper-file.js';
import { usePaperFiles } from '../api/queries.js';

// The paper case file register: every file signed out now, and who holds it,
// a page at a time.

const PAGE_SIZE = 25;

export function PaperFilesScreen() {
  const { t } = useTranslation();
  useTitle(t('paperFile.listTitle'));
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const query = usePaperFiles({ holder: mine ? 'me' : undefined, page, pageSize: PAGE_SIZE });
  const { data } = query;
  return (
    <section aria-labelledby="paper-files-title">
      <h1 id="paper-files-title">{t('paperFile.listTitle')}</h1>
      <label className="check">
        <input type="checkbox" checked={mine} onChange={(e) => (setMine(e.target.checked), setPage(1))} />
        <span>{t('paperFile.onlyMine')}</span>
      </label>
      <QueryStatus query={query} />
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
