import './rounds.css';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { Movement, PlanProgressFieldsFragment } from '../gql/graphql';
import { getFragmentData, type FragmentType } from '../gql';
import { useI18n } from '../i18n';
import { EntityLink, Link, navigate, useLocation } from '../router';
import { QueryState } from '../ui/QueryState';
import { StatusBadge, STATUS_ORDER } from '../plans/StatusBadge';
import { formatDate, periodOf } from './dates';
import { roundPath } from './files';

const PlanProgressFields = graphql(`
  fragment PlanProgressFields on PlanProgress {
    plan { id title shortTitle periodStart periodEnd }
    columns { asOf round { id status } }
    rows { measure { id number title } cells { asOf status text reported pending } movement overdue overdueSince }
    summary { forward backward stalled done new none closed notReported overdue }
    perColumn { asOf counts { status count } }
  }
`);

const PlanProgressQuery = graphql(`
  query PlanProgressPage($plan: ID!) { planProgress(plan: $plan) { ...PlanProgressFields } }
`);
const ActorProgressQuery = graphql(`
  query ActorProgressPage($actor: ID!) { actor(id: $actor) { id name } actorProgress(actor: $actor) { ...PlanProgressFields } }
`);

const MOVEMENTS: Movement[] = ['FORWARD', 'STALLED', 'BACKWARD', 'NOT_REPORTED', 'NEW', 'DONE', 'NONE', 'CLOSED'];

/** Counts per status at each reporting date as stacked bars, with the numbers in a table for screen readers. */
function ProgressChart({ p }: { p: PlanProgressFieldsFragment }) {
  const { t, lang } = useI18n();
  const total = p.rows.length || 1;
  return (
    <figure className="progress-chart" aria-labelledby={`chart-${p.plan.id}`}>
      <figcaption id={`chart-${p.plan.id}`}>{t('progress.chart')}</figcaption>
      {p.perColumn.map((c) => (
        <div key={c.asOf} className="chart-row">
          <span className="chart-label">{formatDate(c.asOf, lang)}</span>
          <div className="stacked-bar" aria-hidden="true">
            {STATUS_ORDER.map((s) => {
              const n = c.counts.find((x) => (x.status ?? 'NONE') === s)?.count ?? 0;
              return n ? <span key={s} className={`seg status-${s.toLowerCase()}`} style={{ flexGrow: n }} title={`${t(`status.${s}`)}: ${n}`}>{n / total > 0.06 ? n : ''}</span> : null;
            })}
          </div>
        </div>
      ))}
      <ul className="chart-legend plain">
        {STATUS_ORDER.map((s) => <li key={s}><StatusBadge status={s === 'NONE' ? null : s} /></li>)}
      </ul>
    </figure>
  );
}

/** One plan's measures across its reporting dates, filtered by movement (kept in the URL). */
function ProgressTable(props: { progress: FragmentType<typeof PlanProgressFields>; show: string; showChart?: boolean }) {
  const { t, lang } = useI18n();
  const p = getFragmentData(PlanProgressFields, props.progress);
  const rows = p.rows.filter((r) => !props.show || (props.show === 'OVERDUE' ? r.overdue : r.movement === props.show));
  const s = p.summary;
  return (
    <section className="plan-progress" aria-labelledby={`progress-${p.plan.id}`}>
      <h2 id={`progress-${p.plan.id}`}><EntityLink id={p.plan.id}>{p.plan.shortTitle ?? p.plan.title}</EntityLink></h2>
      <p className="meta">{periodOf(p.plan.periodStart, p.plan.periodEnd) ? `${t('plan.period')} ${periodOf(p.plan.periodStart, p.plan.periodEnd)}` : t('plan.noPeriod')}</p>
      <p data-testid="progress-summary">{t('progress.summary', { forward: s.forward, stalled: s.stalled, backward: s.backward, notReported: s.notReported, overdue: s.overdue })}</p>
      {props.showChart !== false && <ProgressChart p={p} />}
      <div className="table-scroll">
        <table data-testid="progress-table">
          <thead>
            <tr>
              <th scope="col" className="num">{t('plan.number')}</th>
              <th scope="col">{t('plan.title')}</th>
              {p.columns.map((c) => (
                <th scope="col" key={c.asOf}>{c.round ? <Link to={roundPath(c.round.id)}>{formatDate(c.asOf, lang)}</Link> : formatDate(c.asOf, lang)}</th>
              ))}
              <th scope="col">{t('progress.movement')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.measure.id} className={`move-${r.movement.toLowerCase()}`}>
                <td className="num">{r.measure.number}</td>
                <th scope="row"><EntityLink id={r.measure.id}>{r.measure.title}</EntityLink></th>
                {r.cells.map((c) => (
                  <td key={c.asOf} title={c.text ?? undefined}>
                    <StatusBadge status={c.status} />
                    {c.pending && <span className="muted small"> ({t('rounds.pending')})</span>}
                    {!c.reported && <span className="muted small"> ({t('rounds.notReported')})</span>}
                  </td>
                ))}
                <td>
                  <span className={`tag move move-${r.movement.toLowerCase()}`}>{t(`progress.move.${r.movement}`)}</span>
                  {r.overdue && <span className="warn-tag"> ⚠ {t('progress.overdue')}{r.overdueSince ? ` (${t('progress.overdueSince', { date: r.overdueSince })})` : ''}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MovementFilter({ show }: { show: string }) {
  const { t } = useI18n();
  const set = (v: string) => {
    const q = new URLSearchParams(window.location.search);
    if (v) q.set('show', v); else q.delete('show');
    navigate(`/progress?${q}`, { replace: true });
  };
  return (
    <div className="field inline-field">
      <label htmlFor="progress-show">{t('progress.filter')}</label>
      <select id="progress-show" value={show} onChange={(e) => set(e.target.value)}>
        <option value="">{t('progress.all')}</option>
        {MOVEMENTS.map((m) => <option key={m} value={m}>{t(`progress.move.${m}`)}</option>)}
        <option value="OVERDUE">{t('progress.overdue')}</option>
      </select>
    </div>
  );
}

/** Progress between reporting rounds: of one plan (`?plan=`), or of every plan an actor is responsible in (`?actor=`). */
export function ProgressPage() {
  const { t } = useI18n();
  const q = new URLSearchParams(useLocation().search);
  const plan = q.get('plan');
  const actor = q.get('actor');
  const show = q.get('show') ?? '';
  const [planResult, rePlan] = useQuery({ query: PlanProgressQuery, variables: { plan: plan ?? '' }, pause: !plan });
  const [actorResult, reActor] = useQuery({ query: ActorProgressQuery, variables: { actor: actor ?? '' }, pause: !actor || !!plan });
  if (plan) {
    return (
      <div className="page">
        <QueryState result={planResult} retry={() => rePlan({ requestPolicy: 'network-only' })} isEmpty={(d) => !d.planProgress}
          empty={<><h1 id="page-heading" tabIndex={-1}>{t('page.notFound')}</h1><p>{t('state.notFound', { id: plan })}</p></>}>
          {(d) => (
            <>
              <p className="eyebrow"><Link to="/plans">{t('plans.heading')}</Link></p>
              <h1 id="page-heading" tabIndex={-1}>{t('progress.heading')}</h1>
              <p className="intro">{t('progress.intro')}</p>
              <MovementFilter show={show} />
              <ProgressTable progress={d.planProgress!} show={show} />
            </>
          )}
        </QueryState>
      </div>
    );
  }
  if (actor) {
    return (
      <div className="page">
        <QueryState result={actorResult} retry={() => reActor({ requestPolicy: 'network-only' })} isEmpty={(d) => !d.actor}
          empty={<><h1 id="page-heading" tabIndex={-1}>{t('page.notFound')}</h1><p>{t('state.notFound', { id: actor })}</p></>}>
          {(d) => (
            <>
              <p className="eyebrow"><EntityLink id={d.actor!.id}>{d.actor!.name}</EntityLink></p>
              <h1 id="page-heading" tabIndex={-1}>{t('progress.headingActor', { name: d.actor!.name })}</h1>
              <p className="intro">{t('progress.intro')}</p>
              <MovementFilter show={show} />
              {d.actorProgress.length === 0 && <p className="empty">{t('progress.noPlans')}</p>}
              {d.actorProgress.map((p, i) => <ProgressTable key={i} progress={p} show={show} />)}
            </>
          )}
        </QueryState>
      </div>
    );
  }
  return <div className="page"><h1 id="page-heading" tabIndex={-1}>{t('page.notFound')}</h1></div>;
}
