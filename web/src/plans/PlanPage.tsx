import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { EntityLink, Link, mapPath } from '../router';
import { QueryState } from '../ui/QueryState';
import { Sources } from '../ui/Sources';
import { MeasureTable } from './MeasureTable';
import { StatusBadge } from './StatusBadge';
import { ExportLinks, exportPath } from '../import/ExportLinks';
import { FollowUp } from '../rounds/FollowUp';
import { formatDate } from '../rounds/dates';
import { InlineEdit } from '../edit/InlineEdit';

const PlansQuery = graphql(`
  query Plans {
    plans(first: 200) {
      totalCount
      edges { node { id title shortTitle level kind periodStart periodEnd lastReportedAt owners { id name } } }
    }
  }
`);

const PlanQuery = graphql(`
  query PlanPage($id: ID!, $language: Language) {
    plan(id: $id) {
      id
      title
      shortTitle
      aliases
      kind
      level
      status
      periodStart
      periodEnd
      lastReportedAt
      owners { id name }
      themes { id name(language: $language) }
      regions { id name }
      succeeds { id title shortTitle }
      succeededBy { id title shortTitle }
      statusSummary { total counts { status count share } }
      networks { id name }
      measures { ...MeasureRowFields }
      sources { ...CitationFields }
    }
  }
`);

const period = (s?: string | null, e?: string | null) => (s || e ? `${s ?? '…'}–${e ?? '…'}` : '');

/** Every plan, with its period and owners. */
export function PlansPage() {
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: PlansQuery });
  return (
    <div className="page">
      <h1 id="page-heading" tabIndex={-1}>{t('plans.heading')}</h1>
      <p className="intro">{t('plans.intro')}</p>
      <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => d.plans.edges.length === 0}>
        {(d) => (
          <ul className="cards">
            {d.plans.edges.map(({ node: p }) => (
              <li key={p.id} className="card">
                <h2><EntityLink id={p.id}>{p.shortTitle ?? p.title}</EntityLink></h2>
                {p.shortTitle && p.shortTitle !== p.title && <p className="small">{p.title}</p>}
                <p className="meta">
                  {[period(p.periodStart, p.periodEnd) ? `${t('plan.period')} ${period(p.periodStart, p.periodEnd)}` : t('plan.noPeriod'),
                    p.lastReportedAt && t('plan.lastReport', { date: formatDate(p.lastReportedAt, lang) }),
                    p.level && t(`level.${p.level}`), p.owners.map((o) => o.name).join(', ')].filter(Boolean).join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );
}

/** A plan: status summary, measures table, owners, networks and sources. */
export function PlanPage({ id }: { id: string }) {
  const { t, num, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: PlanQuery, variables: { id, language: lang === 'en' ? 'EN' : 'NB' } });
  return (
    <div className="page">
      <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => !d.plan}
        empty={<><h1 id="page-heading" tabIndex={-1}>{t('page.notFound')}</h1><p>{t('state.notFound', { id })}</p></>}>
        {(d) => {
          const p = d.plan!;
          const summary = p.statusSummary;
          return (
            <>
              <p className="eyebrow"><Link to="/plans">{t('plans.heading')}</Link></p>
              <h1 id="page-heading" tabIndex={-1}>{p.title}</h1>
              <p className="meta">
                {[period(p.periodStart, p.periodEnd) ? `${t('plan.period')} ${period(p.periodStart, p.periodEnd)}` : t('plan.noPeriod'),
                  p.lastReportedAt && t('plan.lastReport', { date: formatDate(p.lastReportedAt, lang) }), p.level && t(`level.${p.level}`), p.status === 'proposed' ? t('plan.proposed') : p.status === 'adopted' ? t('plan.adopted') : p.status].filter(Boolean).join(' · ')}
                {p.owners.length > 0 && <> · {t('plan.owners')}: {p.owners.map((o, i) => <span key={o.id}>{i > 0 && ', '}<EntityLink id={o.id}>{o.name}</EntityLink></span>)}</>}
              </p>
              {(p.themes.length > 0 || p.regions.length > 0) && (
                <p className="small">{[...p.themes, ...p.regions].map((x) => x.name).join(' · ')}</p>
              )}
              <p className="actions">
                <Link to={`/gaps?plan=${p.id}`} className="button">{t('plan.gapsLink')}</Link>
                <Link to={mapPath(`plan=${p.id}&highlight=${p.id}`)} className="button secondary">{t('common.showOnMap')}</Link>
              </p>
              <ExportLinks links={[{ href: exportPath('plan', p.id, 'xlsx'), label: 'export.xlsx' }, { href: exportPath('plan', p.id, 'csv'), label: 'export.csv' }]} />
              <div className="inline-edit-wrap"><InlineEdit kind="plan" id={p.id} fields={[
                { name: 'title', label: t('edit.fieldTitle'), value: p.title },
                { name: 'periodStart', label: t('edit.periodStart'), value: p.periodStart, hint: t('edit.dateHint') },
                { name: 'periodEnd', label: t('edit.periodEnd'), value: p.periodEnd, hint: t('edit.dateHint') },
              ]} /></div>
              {(p.succeeds.length > 0 || p.succeededBy.length > 0) && (
                <p className="small">
                  {p.succeeds.length > 0 && <>{t('plan.succeeds')}: {p.succeeds.map((s) => <EntityLink key={s.id} id={s.id}>{s.shortTitle ?? s.title}</EntityLink>)} </>}
                  {p.succeededBy.length > 0 && <>{t('plan.succeededBy')}: {p.succeededBy.map((s) => <EntityLink key={s.id} id={s.id}>{s.shortTitle ?? s.title}</EntityLink>)}</>}
                </p>
              )}
              <section aria-labelledby="summary-heading" className="status-summary">
                <h2 id="summary-heading">{t('plan.summary')}</h2>
                {summary.total > 0 && (
                  <div className="stacked-bar" aria-hidden="true">
                    {summary.counts.map((c) => (
                      <span key={c.status ?? 'NONE'} className={`seg status-${(c.status ?? 'NONE').toLowerCase()}`} style={{ flexGrow: c.count }} />
                    ))}
                  </div>
                )}
                <table className="summary-table">
                  <caption className="sr-only">{t('plan.summary')}</caption>
                  <thead><tr><th scope="col">{t('common.status')}</th><th scope="col" className="num">{t('common.count')}</th><th scope="col" className="num">{t('common.share')}</th></tr></thead>
                  <tbody>
                    {summary.counts.map((c) => (
                      <tr key={c.status ?? 'NONE'}>
                        <th scope="row"><StatusBadge status={c.status} /></th>
                        <td className="num">{c.count}</td>
                        <td className="num">{num(c.share, { style: 'percent', maximumFractionDigits: 0 })}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot><tr><th scope="row">{t('plan.summaryTotal', { total: summary.total })}</th><td className="num">{summary.total}</td><td className="num">{num(1, { style: 'percent' })}</td></tr></tfoot>
                </table>
                <details className="legend-explain">
                  <summary>{t('plan.legendExplainTitle')}</summary>
                  <p>{t('plan.legendExplain')}</p>
                </details>
              </section>
              <FollowUp plan={p.id} />
              <section aria-labelledby="measures-heading">
                <h2 id="measures-heading">{t('plan.measures')} ({p.measures.length})</h2>
                {p.measures.length === 0 ? <p className="empty">{t('plan.noMeasures')}</p> : <MeasureTable measures={p.measures} />}
              </section>
              {p.networks.length > 0 && (
                <section aria-labelledby="plan-networks">
                  <h2 id="plan-networks">{t('plan.networks')}</h2>
                  <ul>{p.networks.map((n) => <li key={n.id}><EntityLink id={n.id}>{n.name}</EntityLink></li>)}</ul>
                </section>
              )}
              <Sources citations={p.sources} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
