import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../api.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from './fields.js';
import { MovementText } from './section-paper-file.js';
import type { Movement } from './types.js';
import { useLoad } from './use-load.js';

// The paper case file register: every file signed out now, and who holds it.

export function PaperFilesScreen() {
  const { t } = useTranslation();
  const [mine, setMine] = useState(false);
  const { data, error } = useLoad<{ items: (Movement & { childCode: string })[] }>(`/paper-files${query({ holder: mine ? 'me' : undefined })}`);
  return (
    <section aria-labelledby="paper-files-title">
      <h1 id="paper-files-title">{t('paperFile.listTitle')}</h1>
      <label className="check">
        <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />
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
    </section>
  );
}
