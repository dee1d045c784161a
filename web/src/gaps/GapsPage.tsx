import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { GapKind, GapsQuery } from '../gql/graphql';
import { GapKindValues } from '../gql-enums.generated';
import { useI18n } from '../i18n';
import { EntityLink, Link, entityPath, mapPath, navigate, useLocation } from '../router';
import { QueryState } from '../ui/QueryState';
import { Sources } from '../ui/Sources';

/** Every gap kind, in the schema's order (generated from the GapKind enum by codegen). */
export const GAP_KINDS: readonly GapKind[] = GapKindValues;

const GapPlansQuery = graphql(`
  query GapPlans { plans(first: 500) { edges { node { id title shortTitle } } } }
`);

const GapsDocument = graphql(`
  query Gaps($plan: ID, $kinds: [GapKind!], $thresholds: GapThresholds, $language: Language) {
    gaps(plan: $plan, kinds: $kinds, thresholds: $thresholds, language: $language) {
      id
      kind
      severity
      explanation
      plan { id title shortTitle }
      subject {
        __typename
        id
        ... on Actor { name }
        ... on Network { name }
        ... on Measure { number title plan { id } responsibilities { actor { id isGenericRole } } }
        ... on ActionPlan { title }
        ... on Region { name }
      }
      evidence { text node { id } sources { ...CitationFields } }
    }
  }
`);

type Gap = GapsQuery['gaps'][number];

/** The gaps page's state in its query string: `?plan=plan:moss-vold-2017&kinds=UNOWNED_MEASURE,VAGUE_OWNER&max=5`. */
export function parseGapsState(search: string) {
  const q = new URLSearchParams(search);
  const kinds = (q.get('kinds') ?? '').split(',').filter((k): k is GapKind => (GAP_KINDS as string[]).includes(k));
  const max = Number(q.get('max'));
  const plan = q.get('plan');
  return { plan: plan && /^plan:[\w\-/.]+$/.test(plan) ? plan : undefined, kinds, max: Number.isInteger(max) && max > 0 ? max : 5 };
}

function subjectName(s: Gap['subject']): string {
  switch (s.__typename) {
    case 'Actor': case 'Network': case 'Region': return s.name;
    case 'Measure': return `${s.number ? `${s.number}. ` : ''}${s.title}`;
    case 'ActionPlan': return s.title;
    default: return s.id;
  }
}

/** Where on the map a gap's subject is best seen. */
export function gapMapLink(s: { __typename?: string; id: string; plan?: { id: string } | null; responsibilities?: { actor: { id: string; isGenericRole: boolean } }[] }): string | null {
  switch (s.__typename) {
    case 'Actor': return mapPath(`focus=${s.id}&expand=${s.id}`);
    case 'Network': return mapPath(`network=${s.id}&highlight=${s.id}`);
    case 'ActionPlan': return mapPath(`plan=${s.id}&highlight=${s.id}`);
    // The measure's owners highlighted within its plan's map; generic roles (left out of the map by
    // default) are brought in with their collaborators.
    case 'Measure': {
      if (!s.plan) return null;
      const generic = [...new Set((s.responsibilities ?? []).filter((r) => r.actor.isGenericRole).map((r) => r.actor.id))];
      return mapPath(`plan=${s.plan.id}&highlight=${s.id}${generic.length ? `&expand=${generic.join(',')}` : ''}`);
    }
    case 'Region': return mapPath(`region=${s.id}`);
    default: return null;
  }
}

/** Responsibility gaps for a plan or all, grouped by kind, each explained and linked to its facts. */
export function GapsPage() {
  const { t, lang } = useI18n();
  const { search } = useLocation();
  const state = useMemo(() => parseGapsState(search), [search]);
  const set = (patch: Partial<typeof state>) => {
    const s = { ...state, ...patch };
    const q = new URLSearchParams();
    if (s.plan) q.set('plan', s.plan);
    if (s.kinds.length) q.set('kinds', s.kinds.join(','));
    if (s.max !== 5) q.set('max', String(s.max));
    const qs = q.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
    navigate(`/gaps${qs ? `?${qs}` : ''}`, { replace: true });
  };
  const [plans] = useQuery({ query: GapPlansQuery });
  const [result, reexecute] = useQuery({
    query: GapsDocument,
    variables: {
      plan: state.plan, kinds: state.kinds.length ? state.kinds : undefined, thresholds: { maxMeasuresPerActor: state.max },
      language: lang === 'en' ? 'EN' : 'NB',
    },
  });
  const groups = useMemo(() => {
    const by = new Map<GapKind, Gap[]>();
    for (const g of result.data?.gaps ?? []) by.set(g.kind, [...(by.get(g.kind) ?? []), g]);
    return GAP_KINDS.filter((k) => by.has(k)).map((k) => ({ kind: k, gaps: by.get(k)! }));
  }, [result.data]);

  return (
    <div className="page">
      <h1 id="page-heading" tabIndex={-1}>{t('gaps.heading')}</h1>
      <p className="intro">{t('gaps.intro')}</p>
      <form className="gap-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="g-plan">{t('gaps.plan')}</label>
          <select id="g-plan" value={state.plan ?? ''} onChange={(e) => set({ plan: e.target.value || undefined })}>
            <option value="">{t('gaps.allPlans')}</option>
            {state.plan && !plans.data?.plans.edges.some((p) => p.node.id === state.plan) && <option value={state.plan}>{state.plan}</option>}
            {plans.data?.plans.edges.map(({ node: p }) => <option key={p.id} value={p.id}>{p.shortTitle ?? p.title}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="g-max">{t('gaps.threshold')}</label>
          <input id="g-max" type="number" min={1} max={50} value={state.max} onChange={(e) => set({ max: Math.max(1, Number(e.target.value) || 5) })} />
        </div>
        <fieldset className="kinds">
          <legend>{t('gaps.kinds')}</legend>
          <div className="kind-list">
            {GAP_KINDS.map((k) => (
              <label key={k} className="check">
                <input type="checkbox" checked={state.kinds.includes(k)}
                  onChange={(e) => set({ kinds: e.target.checked ? [...state.kinds, k] : state.kinds.filter((x) => x !== k) })} />
                {t(`gap.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </form>
      <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => d.gaps.length === 0} empty={t('gaps.none')}>
        {(d) => (
          <>
            <p role="status" className="stats">{t('gaps.total', { count: d.gaps.length })}</p>
            <nav aria-label={t('gaps.kinds')} className="gap-toc">
              <ul>{groups.map((g) => <li key={g.kind}><a href={`#gap-${g.kind}`}>{t(`gap.${g.kind}`)} ({g.gaps.length})</a></li>)}</ul>
            </nav>
            {groups.map((g) => (
              <section key={g.kind} aria-labelledby={`gap-${g.kind}`} className="gap-group" data-testid={`gap-group-${g.kind}`}>
                <h2 id={`gap-${g.kind}`} tabIndex={-1}>{t(`gap.${g.kind}`)} ({g.gaps.length})</h2>
                <ul className="gap-list">
                  {g.gaps.map((gap) => {
                    const toMap = gapMapLink(gap.subject);
                    const page = entityPath(gap.subject.id);
                    return (
                      <li key={gap.id} className={`gap severity-${gap.severity.toLowerCase()}`} data-testid="gap">
                        <p className="gap-head">
                          <span className={`sev sev-${gap.severity.toLowerCase()}`}>{t('severity.label', { level: t(`severity.${gap.severity}`) })}</span>{' '}
                          {page ? <Link to={page}><strong>{subjectName(gap.subject)}</strong></Link> : <strong>{subjectName(gap.subject)}</strong>}
                          {gap.plan && !state.plan && <span className="muted"> · <EntityLink id={gap.plan.id}>{gap.plan.shortTitle ?? gap.plan.title}</EntityLink></span>}
                        </p>
                        <p>{gap.explanation}</p>
                        <p className="actions small">
                          {page && <Link to={page}>{t('gaps.openSubject')}</Link>}
                          {toMap && <Link to={toMap}>{t('common.showOnMap')}</Link>}
                        </p>
                        {gap.evidence.length > 0 && (
                          <details>
                            <summary>{t('gaps.evidence')} ({gap.evidence.length})</summary>
                            <ul className="compact">
                              {gap.evidence.map((ev, i) => (
                                <li key={i}>
                                  {ev.node ? <EntityLink id={ev.node.id}>{ev.text}</EntityLink> : ev.text}
                                  {ev.sources.length > 0 && <Sources citations={ev.sources} heading={false} />}
                                </li>
                              ))}
                            </ul>
                          </details>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </>
        )}
      </QueryState>
    </div>
  );
}
