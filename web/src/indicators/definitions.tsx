import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIndicatorDefinitions } from '../api/queries.js';
import type { Disaggregation, IndicatorDefinition } from '../api/types.js';
import { QueryView } from '../components/query-view.js';
import { useTitle } from '../components/use-title.js';
import { levelName } from '../labels.js';

// Each indicator's definition as the registry holds it (src/indicators/
// indicator-registry.ts; docs/indicators.md is generated from the same list):
// numerator, denominator, period rule, what counts. The dashboards link here.

export function DefinitionsScreen({ id }: { id?: string }) {
  const { t } = useTranslation();
  const definitions = useIndicatorDefinitions();
  const one = id ? definitions.data?.items.find((d) => d.id === id) : undefined;
  useTitle(one ? t(`indicators.titles.${one.id}`, { defaultValue: one.title }) : t('indicators.definitions.title'));
  return (
    <section aria-labelledby="definitions-title">
      <p className="back">
        <Link to="/indicators">{t('indicators.definitions.back')}</Link>
      </p>
      <QueryView query={definitions}>
        {(data) => {
          if (id && !one) {
            return (
              <>
                <h1 id="definitions-title">{t('common.notFoundTitle')}</h1>
                <p>
                  <Link to="/indicators/definitions">{t('indicators.definitions.all')}</Link>
                </p>
              </>
            );
          }
          const list = one ? [one] : data.items;
          return (
            <>
              <h1 id="definitions-title">{one ? t(`indicators.titles.${one.id}`, { defaultValue: one.title }) : t('indicators.definitions.title')}</h1>
              <p className="muted">{t('indicators.definitions.intro')}</p>
              {list.map((d) => (
                <Definition key={d.id} d={d} heading={!one} />
              ))}
              {one ? (
                <p>
                  <Link to="/indicators/definitions">{t('indicators.definitions.all')}</Link>
                </p>
              ) : (
                <section className="panel" aria-labelledby="checklist-title">
                  <h2 id="checklist-title">{t('indicators.definitions.checklist')}</h2>
                  <ol>
                    {data.fileAuditChecklist.map((c) => (
                      <li key={c.code}>{c.text}</li>
                    ))}
                  </ol>
                </section>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function Definition({ d, heading }: { d: IndicatorDefinition; heading: boolean }) {
  const { t } = useTranslation();
  return (
    <article className="panel" id={d.id} aria-labelledby={heading ? `def-${d.id}` : undefined} data-testid={`definition-${d.id}`}>
      {heading && (
        <h2 id={`def-${d.id}`}>
          <Link to={`/indicators/definitions/${d.id}`}>{t(`indicators.titles.${d.id}`, { defaultValue: d.title })}</Link>
        </h2>
      )}
      <dl className="facts">
        <dt>{t('indicators.definitions.group')}</dt>
        <dd>{t(`indicators.groups.${d.group}`)}</dd>
        {d.framework && (
          <>
            <dt>{t('indicators.definitions.framework')}</dt>
            <dd>{d.framework}</dd>
          </>
        )}
        <dt>{t('indicators.definitions.kind')}</dt>
        <dd>{t(`indicators.kinds.${d.kind}`)}</dd>
        <dt>{t('indicators.definitions.numerator')}</dt>
        <dd>{d.numerator}</dd>
        {d.denominator && (
          <>
            <dt>{t('indicators.definitions.denominator')}</dt>
            <dd>{d.denominator}</dd>
          </>
        )}
        <dt>{t('indicators.definitions.period')}</dt>
        <dd>{d.period}</dd>
        {d.rule && (
          <>
            <dt>{t('indicators.definitions.rule')}</dt>
            <dd>{d.rule}</dd>
          </>
        )}
        <dt>{t('indicators.definitions.disaggregations')}</dt>
        <dd>{d.disaggregations.map((x) => (x === 'detail' && d.detail ? d.detail : t(`indicators.by.${x as Disaggregation}`))).join(', ')}</dd>
        <dt>{t('indicators.definitions.lowestLevel')}</dt>
        <dd>{levelName(t, d.lowestLevel === 'sector' ? 3 : 2)}</dd>
        <dt>{t('indicators.definitions.source')}</dt>
        <dd>{t(`indicators.sources.${d.source}`, { defaultValue: d.source })}</dd>
      </dl>
    </article>
  );
}
