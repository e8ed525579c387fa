import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './error-message.js';

type Status = Pick<UseQueryResult, 'isPending' | 'isError' | 'error'>;

/** The one way a screen shows an answer it is still waiting for (loading) or could not get (the error, in the reader's language). */
export function QueryStatus({ query }: { query: Status }) {
  const { t } = useTranslation();
  if (query.isPending) return <p aria-busy="true">{t('common.loading')}</p>;
  if (query.isError) return <ErrorMessage error={query.error} />;
  return null;
}

/** QueryStatus until the answer is there, then `children` with it. */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending || query.isError) return <QueryStatus query={query} />;
  return <>{children(query.data)}</>;
}
