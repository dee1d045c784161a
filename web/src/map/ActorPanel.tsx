import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { EntityLink, Link, entityPath } from '../router';
import { QueryState } from '../ui/QueryState';
import { Sources } from '../ui/Sources';
import type { GraphNodeLike } from '../graph/toElements';

const ActorPanelQuery = graphql(`
  query ActorPanel($id: ID!) {
    actor(id: $id) {
      id
      name
      shortName
      kind
      level
      isGenericRole
      description
      parent { id name }
      children { id name }
      region { id name }
      memberships { role since until network { id name } }
      responsibilities { role measure { id number title plan { id title shortTitle } } }
      sources { ...CitationFields }
    }
  }
`);

/** The side panel for a clicked actor: who it is, where it sits, what it is responsible for, and its sources. */
export function ActorPanel(props: { id: string; metrics?: GraphNodeLike; communityName?: string; onClose: () => void; onExpand: (depth: number) => void; /** How far it is expanded (0: not). */ expandedDepth: number; onHide?: () => void; onPin?: () => void; pinned?: boolean }) {
  const { t, num } = useI18n();
  const [depth, setDepth] = useState(Math.max(1, props.expandedDepth));
  const [result, reexecute] = useQuery({ query: ActorPanelQuery, variables: { id: props.id } });
  return (
    <section className="panel" aria-labelledby="panel-heading" data-testid="actor-panel">
      <div className="panel-head">
        <p className="eyebrow">{t('panel.actor')}</p>
        <button type="button" className="close" onClick={props.onClose} aria-label={t('panel.close')}>×</button>
      </div>
      <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => !d.actor} empty={t('state.notFound', { id: props.id })}>
        {(d) => {
          const a = d.actor!;
          return (
            <>
              <h2 id="panel-heading" tabIndex={-1}>{a.name}</h2>
              <p className="meta">
                {a.shortName && a.shortName !== a.name && <>{a.shortName} · </>}
                {a.kind && t(`kind.${a.kind}`)}{a.level && <> · {t(`level.${a.level}`)}</>}
                {a.region && <> · {a.region.name}</>}
              </p>
              {a.isGenericRole && <p className="note">{t('actor.genericRole')}</p>}
              <div className="actions">
                <span className="expand-depth">
                  <button type="button" onClick={() => props.onExpand(depth)} disabled={props.expandedDepth >= depth}>{t('panel.expand')}</button>
                  <label>
                    <span className="sr-only">{t('panel.depth')}</span>
                    <select value={depth} onChange={(e) => setDepth(Number(e.target.value))} aria-label={t('panel.depth')}>
                      {[1, 2, 3].map((d) => <option key={d} value={d}>{t('panel.depthOption', { count: d })}</option>)}
                    </select>
                  </label>
                </span>
                {props.onHide && <button type="button" className="button secondary" onClick={props.onHide}>{t('panel.hide')}</button>}
                {props.onPin && <button type="button" className="button secondary" aria-pressed={!!props.pinned} onClick={props.onPin}>{props.pinned ? t('panel.unpin') : t('panel.pin')}</button>}
                <Link to={entityPath(a.id)!}>{t('panel.openPage')}</Link>
              </div>
              {props.expandedDepth > 0 && <p className="hint" role="status">{t(props.expandedDepth > 1 ? 'panel.expandedDepth' : 'panel.expanded', { count: props.expandedDepth })}</p>}
              {props.metrics && (
                <dl className="metrics" aria-label={t('panel.metrics')}>
                  <div><dt>{t('panel.degree')}</dt><dd>{props.metrics.degree}</dd></div>
                  <div><dt>{t('panel.betweenness')}</dt><dd>{num(props.metrics.betweenness, { maximumFractionDigits: 3 })}</dd></div>
                  <div><dt>{t('panel.community')}</dt><dd>{props.communityName ?? props.metrics.community}</dd></div>
                  {props.metrics.isCutVertex && <div><dt>{t('panel.cutVertex')}</dt><dd>{t('common.yes')}</dd></div>}
                </dl>
              )}
              {a.parent && <p><strong>{t('panel.parent')}:</strong> <EntityLink id={a.parent.id}>{a.parent.name}</EntityLink></p>}
              {a.children.length > 0 && (
                <p><strong>{t('panel.children')}:</strong> {a.children.map((c, i) => <span key={c.id}>{i > 0 && ', '}<EntityLink id={c.id}>{c.name}</EntityLink></span>)}</p>
              )}
              <h3>{t('panel.memberships')} ({a.memberships.length})</h3>
              {a.memberships.length === 0 ? <p className="muted">{t('panel.noMemberships')}</p> : (
                <ul className="compact" data-testid="panel-memberships">
                  {a.memberships.map((m, i) => (
                    <li key={`${m.network.id}-${m.role}-${i}`}>
                      <EntityLink id={m.network.id}>{m.network.name}</EntityLink> <span className="tag">{t(`mrole.${m.role}`)}</span>
                      {(m.since || m.until) && <span className="muted"> {m.since ?? '…'}–{m.until ?? ''}</span>}
                    </li>
                  ))}
                </ul>
              )}
              <h3>{t('panel.responsibilities')} ({a.responsibilities.length})</h3>
              {a.responsibilities.length === 0 ? <p className="muted">{t('panel.noResponsibilities')}</p> : (
                <ul className="compact">
                  {a.responsibilities.map((r, i) => (
                    <li key={`${r.measure.id}-${r.role}-${i}`}>
                      <EntityLink id={r.measure.id}>{r.measure.number && `${r.measure.number}. `}{r.measure.title}</EntityLink>{' '}
                      <span className="tag">{t(`role.${r.role}`)}</span>
                      {r.measure.plan && <span className="muted"> · {r.measure.plan.shortTitle ?? r.measure.plan.title}</span>}
                    </li>
                  ))}
                </ul>
              )}
              <details>
                <summary>{t('common.sources')} ({a.sources.length})</summary>
                <Sources citations={a.sources} heading={false} />
              </details>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
