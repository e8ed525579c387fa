import { useTranslation } from 'react-i18next';

/** The pager of a list shown whole when it fits one page (a case's notes, visits…). */
export function PagerIfMore(props: { page: number; pageSize: number; total: number; onPage(page: number): void }) {
  return props.total > props.pageSize || props.page > 1 ? <Pager {...props} /> : null;
}

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage(page: number): void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pager" aria-label={t('common.pages')}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </button>
      <span>{t('common.pageOf', { page, pages, total })}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
