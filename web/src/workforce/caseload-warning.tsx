import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

// Caseloads (issue 16): the server refuses an allocation that takes a
// caseworker over the threshold, with the figures; the screen says so and
// asks to confirm.

export function isCaseloadWarning(error: unknown): error is ApiError {
  return error instanceof ApiError && error.messageKey === 'errors.caseload_over_threshold';
}

export function CaseloadWarning({ error, busy, onConfirm }: { error: ApiError; busy: boolean; onConfirm(): void }) {
  const { t } = useTranslation();
  const d = error.details as { current?: number; after?: number; threshold?: number };
  return (
    <div role="alert" className="notice notice-warn" data-testid="caseload-warning">
      <p>{t('workforce.caseload.warning', { current: d.current, after: d.after, threshold: d.threshold })}</p>
      <p className="actions">
        <button type="button" disabled={busy} onClick={onConfirm}>
          {t('workforce.caseload.confirm')}
        </button>
      </p>
    </div>
  );
}
