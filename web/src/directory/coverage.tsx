import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverage } from '../api/queries.js';
import type { Coverage } from '../api/types.js';
import { PlacePicker } from '../components/pickers.js';
import { QueryStatus } from '../components/query-view.js';
import type { Choice } from '../components/search-picker.js';
import { useSearchState } from '../components/use-search-state.js';
import { useTitle } from '../components/use-title.js';
import { useMe } from '../session.js';
import { serviceTypeName } from './labels.js';

// Coverage gaps of a district (framework: service mapping): the table is the
// record; the picture beside it is drawn from the same answer and says in
// words what it shows.

const STATUSES = ['covered', 'partial', 'no_capacity', 'gap'] as const;
type Status = (typeof STATUSES)[number];
/** Colours that stay apart for colour-blind readers, with a pattern letter in each cell too. */
const FILL: Record<Status, string> = { covered: '#1b7837', partial: '#a6dba0', no_capacity: '#fdb863', gap: '#b2182b' };
const MARK: Record<Status, string> = { covered: '', partial: '½', no_capacity: '0', gap: '×' };

export function CoverageScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const own = me.jurisdiction.level === 2 ? { id: me.jurisdiction.id, label: me.jurisdiction.name } : null;
  const { values, set } = useSearchState({ districtId: own?.id ?? '', districtName: own?.label ?? '' });
  const [district, setDistrict] = useState<Choice | null>(
    values.districtId ? { id: values.districtId, label: values.districtName || values.districtId } : null,
  );
  const coverage = useCoverage(values.districtId || null);
  useTitle(t('coverage.title'));
  return (
    <section aria-labelledby="coverage-title">
      <h1 id="coverage-title">{t('coverage.title')}</h1>
      <p className="muted">{t('coverage.intro')}</p>
      <PlacePicker
        label={t('coverage.district')}
        levels={[2]}
        value={district}
        onChange={(c) => (setDistrict(c), set({ districtId: c?.id ?? '', districtName: c?.label ?? '' }))}
      />
      {values.districtId && <QueryStatus query={coverage} />}
      {coverage.data && <CoverageView coverage={coverage.data} />}
    </section>
  );
}

function CoverageView({ coverage: c }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const types = c.serviceTypes;
  const count = (s: Status) => c.sectors.reduce((n, row) => n + row.cells.filter((x) => x.status === s).length, 0);
  const statusName = (s: Status) => t(`coverage.status.${s}`);
  return (
    <>
      <h2 id="coverage-summary" aria-live="polite">
        {t('coverage.gaps', { count: c.gaps, district: c.districtName })}
      </h2>
      <Legend />
      <figure>
        <figcaption>{t('coverage.picture')}</figcaption>
        <Heatmap
          coverage={c}
          cellTitle={(sector, type, status) => `${sector} · ${serviceTypeName(types, type)}: ${statusName(status)}`}
          label={t('coverage.pictureAlt', {
            district: c.districtName,
            covered: count('covered'),
            partial: count('partial'),
            noCapacity: count('no_capacity'),
            gap: count('gap'),
            total: c.sectors.length * types.length,
          })}
        />
      </figure>
      <div className="table-scroll">
        <table className="coverage-table">
          <caption>{t('coverage.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coverage.sector')}</th>
              {types.map((ty, j) => (
                <th scope="col" key={ty.code}>
                  <span className="muted small">{j + 1}. </span>
                  {serviceTypeName(types, ty.code)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.sectors.map((row) => (
              <tr key={row.placeId}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.serviceType}
                    data-status={cell.status}
                    style={{ background: FILL[cell.status], color: cell.status === 'covered' || cell.status === 'gap' ? '#fff' : '#000' }}
                  >
                    {statusName(cell.status)}
                    {cell.services > 0 && (
                      <span className="small">
                        {' '}
                        ({cell.services}
                        {cell.capacity !== null ? `, ${t('coverage.capacityOf', { capacity: cell.capacity })}` : ''})
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <ul className="coverage-legend" aria-label={t('coverage.legend')}>
      {STATUSES.map((s) => (
        <li key={s}>
          <svg width="16" height="16" aria-hidden="true">
            <rect width="16" height="16" fill={FILL[s]} />
          </svg>{' '}
          {MARK[s] && `${MARK[s]} `}
          {t(`coverage.status.${s}`)}
        </li>
      ))}
    </ul>
  );
}

/** A grid: a row per sector, a column per service type, one coloured square each (the table above is the same, in words). */
function Heatmap({ coverage: c, label, cellTitle }: { coverage: Coverage; label: string; cellTitle(sector: string, type: string, status: Status): string }) {
  const size = 22;
  const left = 120;
  const top = 24;
  const width = left + c.serviceTypes.length * size + 4;
  const height = top + c.sectors.length * size + 4;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="coverage-heatmap">
      <title>{label}</title>
      {c.serviceTypes.map((ty, j) => (
        <text key={ty.code} x={left + j * size + (size - 2) / 2} y={top - 8} textAnchor="middle" fontSize="10" aria-hidden="true">
          {j + 1}
        </text>
      ))}
      {c.sectors.map((row, i) => (
        <g key={row.placeId} transform={`translate(0 ${top + i * size})`}>
          <text x={left - 6} y={size / 2 + 4} textAnchor="end" fontSize="11">
            {row.name}
          </text>
          {row.cells.map((cell, j) => (
            <g key={cell.serviceType} transform={`translate(${left + j * size} 0)`}>
              <rect width={size - 2} height={size - 2} fill={FILL[cell.status]} data-status={cell.status}>
                <title>{cellTitle(row.name, cell.serviceType, cell.status)}</title>
              </rect>
              <text
                x={(size - 2) / 2}
                y={size / 2 + 3}
                textAnchor="middle"
                fontSize="11"
                fill={cell.status === 'partial' || cell.status === 'no_capacity' ? '#000' : '#fff'}
              >
                {MARK[cell.status]}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
