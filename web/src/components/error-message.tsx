import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

/** Shows a server error in the reader's language (by messageKey), with the field details. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const e =
    error instanceof ApiError ? error : new ApiError(0, 'internal', 'errors.internal', error instanceof Error ? error.message : String(error));
  return (
    <div className="alert alert-error" role="alert">
      <p>{t(e.messageKey, { defaultValue: e.message })}</p>
      {e.fields.length > 0 && (
        <ul>
          {e.fields.map((f) => (
            <li key={`${f.field}:${f.message}`}>
              <code>{f.field}</code>: {f.messageKey && f.messageKey !== 'errors.validation' ? t(f.messageKey, { ...f.params, defaultValue: f.message }) : f.message}
            </li>
          ))}
        </ul>
      )}
      {e.requestId && <p className="muted small">{t('common.reference', { id: e.requestId })}</p>}
    </div>
  );
}

/** A short confirmation (saved, signed out…), announced to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-ok" role="status">
      {children}
    </div>
  );
}
