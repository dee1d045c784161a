import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { IndicatorTablesQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { QueryState } from '../ui/QueryState';
import { BarChart, type BarChartData } from './BarChart';
import { tableLayout, type Layout } from './tables';

const IndicatorTablesQueryDoc = graphql(`
  query IndicatorTables($language: Language) {
    indicatorTables {
      table
      categories(language: $language)
      years
      indicators { id name(language: $language) category(language: $language) year value unit(language: $language) isTotal }
    }
  }
`);

type Table = IndicatorTablesQuery['indicatorTables'][number];

/** The rows of a table in the document's order, the total row last (see tables.ts). */
export function tableRows(table: Pick<Table, 'indicators'>): string[] {
  return tableLayout(table.indicators).rows.map((r) => r.label);
}

/** A layout as chart data: one series per year over the rows, leaving out the total row and column. Pure. */
export function layoutChartData(layout: Layout): BarChartData {
  const rows = layout.rows.filter((r) => !r.isTotal && r.values.some((v) => v != null));
  if (layout.years.length === 0) return { categories: rows.map((r) => r.label), series: [{ name: '', values: rows.map((r) => r.values[0]) }] };
  return {
    categories: rows.map((r) => r.label),
    series: layout.years.map((y, i) => ({ name: String(y), values: rows.map((r) => r.values[i]) }))
      .filter((s) => s.values.some((v) => v != null)),
  };
}

/** A table's cells as chart data (rows × years, without totals). Pure. */
export function toChartData(table: Pick<Table, 'categories' | 'years' | 'indicators'>): BarChartData {
  return layoutChartData(tableLayout(table.indicators));
}

/**
 * Reported figures by category and year: an accessible SVG bar chart and the same figures as a
 * table, in the UI's language (names, categories and units have English in data/i18n/en.yaml).
 */
export function IndicatorsPage() {
  const { t, num, lang } = useI18n();
  // Names, categories and units come in the UI's language (data/i18n/en.yaml); a text without an
  // English version stays Norwegian and is marked so.
  const [result, reexecute] = useQuery({ query: IndicatorTablesQueryDoc, variables: { language: lang === 'en' ? 'EN' : 'NB' } });
  return (
    <div className="page">
      <h1 id="page-heading" tabIndex={-1}>{t('indicators.heading')}</h1>
      <p className="intro">{t('indicators.intro')}</p>
      <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => d.indicatorTables.length === 0} empty={t('indicators.none')}>
        {(d) => d.indicatorTables.map((table) => {
          const layout = tableLayout(table.indicators);
          const chart = layoutChartData(layout);
          const { heading, unit } = layout;
          return (
            <section key={table.table} aria-labelledby={`t-${table.table}`} className="indicator-table">
              <h2 id={`t-${table.table}`}>{heading}{unit && <span className="muted"> ({unit})</span>}</h2>
              {layout.sharesSum != null && (
                <p className="small note">{t('indicators.sharesSum', { sum: num(layout.sharesSum) })}</p>
              )}
              {chart.categories.length > 0 && <BarChart title={t('indicators.chart', { table: heading })} data={chart} unit={unit ?? undefined} />}
              <details>
                <summary>{t('indicators.table')}</summary>
                <div className="table-scroll">
                  <table>
                    <caption className="sr-only">{heading}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('indicators.category')}</th>
                        {layout.years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
                        {layout.years.length === 0 && <th scope="col" className="num">{t('indicators.value')}</th>}
                        {layout.periodLabel && <th scope="col" className="num">{t('indicators.period', { period: layout.periodLabel })}</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {layout.rows.map((r) => (
                        <tr key={r.key} className={r.isTotal ? 'total' : undefined}>
                          <th scope="row" title={r.title}>{r.isTotal ? t('indicators.total') : r.label}</th>
                          {r.values.map((v, i) => <td key={i} className="num">{v != null ? num(v) : '–'}</td>)}
                          {layout.periodLabel && <td className="num">{r.period != null ? num(r.period) : '–'}</td>}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </section>
          );
        })}
      </QueryState>
    </div>
  );
}
