import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { fieldMessage, requestPath } from './server-form.js';

/**
 * Shows a server error in the reader's language (by messageKey), with the
 * field errors that no field of the form shows beside it: each by its field's
 * label where the screen knows it (`labelOf`, given the field's path in the
 * request), else by its message alone.
 */
export function ErrorMessage({ error, labelOf }: { error: unknown; labelOf?: (path: string) => string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  const e = error instanceof ApiError ? error : new ApiError(0, 'internal', 'errors.internal', error instanceof Error ? error.message : String(error));
  return (
    <div className="alert alert-error" role="alert">
      <p>{t(e.messageKey, { defaultValue: e.message })}</p>
      {e.fields.length > 0 && (
        <ul>
          {e.fields.map((f) => {
            const label = labelOf?.(requestPath(f.field));
            return <li key={`${f.field}:${f.message}`}>{label ? `${label}: ${fieldMessage(t, f)}` : fieldMessage(t, f)}</li>;
          })}
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
