import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { EntityLink, Link, mapPath } from '../router';
import { InlineEdit } from '../edit/InlineEdit';
import { QueryState } from '../ui/QueryState';
import { Sources } from '../ui/Sources';

const ActorPageQuery = graphql(`
  query ActorPage($id: ID!) {
    actor(id: $id) {
      id
      name
      shortName
      aliases
      kind
      level
      sector
      isGenericRole
      description
      url
      parent { id name }
      children { id name kind }
      region { id name }
      memberships {
        role since until note
        network { id name kind }
        sources { ...CitationFields }
      }
      responsibilities {
        role note
        measure { id number title plan { id title shortTitle } latestStatus { status } }
        sources { ...CitationFields }
      }
      ownedPlans { id title shortTitle periodStart periodEnd }
      agreements { id name kind signed }
      sources { ...CitationFields }
    }
  }
`);

/** An actor with its organisation, networks, responsibilities, plans, agreements and sources. */
export function ActorPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: ActorPageQuery, variables: { id } });
  return (
    <div className="page">
      <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => !d.actor}
        empty={<><h1 id="page-heading" tabIndex={-1}>{t('page.notFound')}</h1><p>{t('state.notFound', { id })}</p></>}>
        {(d) => {
          const a = d.actor!;
          return (
            <>
              <p className="eyebrow">{t('actor.heading')}</p>
              <h1 id="page-heading" tabIndex={-1}>{a.name}</h1>
              <p className="meta">
                {a.shortName && a.shortName !== a.name && <>{a.shortName} · </>}
                {a.kind && t(`kind.${a.kind}`)}{a.level && <> · {t(`level.${a.level}`)}</>}{a.region && <> · {a.region.name}</>}
              </p>
              {a.isGenericRole && <p className="note">{t('actor.genericRole')}</p>}
              {a.aliases.some((x) => x !== a.name) && <p className="small">{t('common.aliases')}: {a.aliases.filter((x) => x !== a.name).join(', ')}</p>}
              {a.description && <p>{a.description}</p>}
              {a.url && <p><a href={a.url} rel="noreferrer noopener">{t('common.website')}</a></p>}
              <p className="actions"><Link to={mapPath(`focus=${a.id}&expand=${a.id}`)} className="button">{t('common.showOnMap')}</Link>
                <Link to={`/progress?actor=${encodeURIComponent(a.id)}`} className="button secondary">{t('progress.actorLink')}</Link></p>
              <div className="inline-edit-wrap"><InlineEdit kind="actor" id={a.id} fields={[
                { name: 'name', label: t('common.name'), value: a.name },
                { name: 'shortName', label: t('edit.fieldShortName'), value: a.shortName },
                { name: 'description', label: t('common.description'), value: a.description, long: true },
              ]} /></div>
              {a.parent && <p><strong>{t('panel.parent')}:</strong> <EntityLink id={a.parent.id}>{a.parent.name}</EntityLink></p>}
              {a.children.length > 0 && (
                <section aria-labelledby="a-children"><h2 id="a-children">{t('panel.children')}</h2>
                  <ul>{a.children.map((c) => <li key={c.id}><EntityLink id={c.id}>{c.name}</EntityLink></li>)}</ul>
                </section>
              )}
              <section aria-labelledby="a-networks">
                <h2 id="a-networks">{t('panel.memberships')} ({a.memberships.length})</h2>
                {a.memberships.length === 0 ? <p className="muted">{t('panel.noMemberships')}</p> : (
                  <table>
                    <thead><tr><th scope="col">{t('common.network')}</th><th scope="col">{t('common.role')}</th><th scope="col">{t('common.period')}</th><th scope="col">{t('common.sources')}</th></tr></thead>
                    <tbody>
                      {a.memberships.map((m, i) => (
                        <tr key={`${m.network.id}-${m.role}-${i}`}>
                          <th scope="row"><EntityLink id={m.network.id}>{m.network.name}</EntityLink></th>
                          <td>{t(`mrole.${m.role}`)}</td>
                          <td>{m.since || m.until ? `${m.since ?? '…'}–${m.until ?? ''}` : ''}</td>
                          <td><details><summary>{m.sources.length}</summary><Sources citations={m.sources} heading={false} /></details></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
              <section aria-labelledby="a-resp">
                <h2 id="a-resp">{t('panel.responsibilities')} ({a.responsibilities.length})</h2>
                {a.responsibilities.length === 0 ? <p className="muted">{t('panel.noResponsibilities')}</p> : (
                  <table>
                    <thead><tr><th scope="col">{t('common.measure')}</th><th scope="col">{t('common.plan')}</th><th scope="col">{t('common.role')}</th><th scope="col">{t('common.sources')}</th></tr></thead>
                    <tbody>
                      {a.responsibilities.map((r, i) => (
                        <tr key={`${r.measure.id}-${r.role}-${i}`}>
                          <th scope="row"><EntityLink id={r.measure.id}>{r.measure.number && `${r.measure.number}. `}{r.measure.title}</EntityLink></th>
                          <td>{r.measure.plan && <EntityLink id={r.measure.plan.id}>{r.measure.plan.shortTitle ?? r.measure.plan.title}</EntityLink>}</td>
                          <td>{t(`role.${r.role}`)}{r.note && <span className="muted small"> – {r.note}</span>}</td>
                          <td><details><summary>{r.sources.length}</summary><Sources citations={r.sources} heading={false} /></details></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
              {a.ownedPlans.length > 0 && (
                <section aria-labelledby="a-plans"><h2 id="a-plans">{t('actor.owns')}</h2>
                  <ul>{a.ownedPlans.map((p) => <li key={p.id}><EntityLink id={p.id}>{p.shortTitle ?? p.title}</EntityLink> <span className="muted">{p.periodStart}–{p.periodEnd}</span></li>)}</ul>
                </section>
              )}
              {a.agreements.length > 0 && (
                <section aria-labelledby="a-agr"><h2 id="a-agr">{t('actor.agreements')}</h2>
                  <ul>{a.agreements.map((g) => <li key={g.id}>{g.name}{g.signed && <span className="muted"> ({g.signed})</span>}</li>)}</ul>
                </section>
              )}
              <Sources citations={a.sources} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
