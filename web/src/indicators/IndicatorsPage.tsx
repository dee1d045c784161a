import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { IndicatorTablesQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { QueryState } from '../ui/QueryState';
import { BarChart, type BarChartData } from './BarChart';

const IndicatorTablesQueryDoc = graphql(`
  query IndicatorTables {
    indicatorTables {
      table
      categories
      years
      indicators { id name category year value unit isTotal }
    }
  }
`);

type Table = IndicatorTablesQuery['indicatorTables'][number];

/** The row label of a cell: its category, or its name for tables without categories. */
const rowOf = (i: { category?: string | null; name: string }) => i.category ?? i.name;

/** The rows of a table: its categories, or the distinct names of its cells when it has none. */
export function tableRows(table: Pick<Table, 'categories' | 'indicators'>): string[] {
  return table.categories.length ? table.categories : [...new Set(table.indicators.filter((i) => !i.isTotal).map(rowOf))];
}

/** A table's cells as chart data: rows (categories) × years, leaving out total rows and columns. Pure. */
export function toChartData(table: Pick<Table, 'categories' | 'years' | 'indicators'>): BarChartData {
  const cells = table.indicators.filter((i) => !i.isTotal);
  const categories = tableRows(table).filter((c) => cells.some((i) => rowOf(i) === c));
  const years = table.years.filter((y) => cells.some((i) => i.year === y));
  if (years.length === 0) {
    // A table without years (a single count): one unnamed series.
    return { categories, series: [{ name: '', values: categories.map((c) => cells.find((i) => rowOf(i) === c)?.value ?? null) }] };
  }
  return {
    categories,
    series: years.map((y) => ({
      name: String(y),
      values: categories.map((c) => cells.find((i) => rowOf(i) === c && i.year === y)?.value ?? null),
    })),
  };
}

/** Case statistics by category and year: an accessible SVG bar chart and the same figures as a table. */
export function IndicatorsPage() {
  const { t, num } = useI18n();
  const [result, reexecute] = useQuery({ query: IndicatorTablesQueryDoc });
  return (
    <div className="page">
      <h1 id="page-heading" tabIndex={-1}>{t('indicators.heading')}</h1>
      <p className="intro">{t('indicators.intro')}</p>
      <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => d.indicatorTables.length === 0} empty={t('indicators.none')}>
        {(d) => d.indicatorTables.map((table) => {
          const chart = toChartData(table);
          const name = table.indicators[0]?.name ?? table.table;
          const unit = table.indicators[0]?.unit;
          const totals = table.indicators.filter((i) => i.isTotal);
          return (
            <section key={table.table} aria-labelledby={`t-${table.table}`} className="indicator-table">
              <h2 id={`t-${table.table}`}>{name}{unit && <span className="muted"> ({unit})</span>}</h2>
              {chart.categories.length > 0 && <BarChart title={t('indicators.chart', { table: name })} data={chart} unit={unit} />}
              <details>
                <summary>{t('indicators.table')}</summary>
                <div className="table-scroll">
                  <table>
                    <caption className="sr-only">{name}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('indicators.category')}</th>
                        {table.years.map((y) => <th key={y} scope="col" className="num">{y}</th>)}
                        {table.years.length === 0 && <th scope="col" className="num">{t('indicators.value')}</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {tableRows(table).map((c) => (
                        <tr key={c}>
                          <th scope="row">{c}</th>
                          {table.years.map((y) => {
                            const v = table.indicators.find((i) => rowOf(i) === c && i.year === y);
                            return <td key={y} className="num">{v ? num(v.value) : '–'}</td>;
                          })}
                          {table.years.length === 0 && <td className="num">{num(table.indicators.find((i) => rowOf(i) === c)?.value ?? NaN)}</td>}
                        </tr>
                      ))}
                      {table.categories.length > 0 && totals.some((x) => !x.category || !table.categories.includes(x.category)) && (
                        <tr>
                          <th scope="row">{t('indicators.total')}</th>
                          {table.years.map((y) => {
                            const v = totals.find((i) => i.year === y && (!i.category || !table.categories.includes(i.category)));
                            return <td key={y} className="num">{v ? num(v.value) : '–'}</td>;
                          })}
                        </tr>
                      )}
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
