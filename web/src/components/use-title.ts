import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the page in the browser's tab and history: "<page> · Rinda" (in the reader's language). */
export function useTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? t('app.pageTitle', { page: title }) : t('app.title');
  }, [title, t]);
}
