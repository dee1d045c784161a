import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { EntityLink, Link, mapPath } from '../router';
import { InlineEdit } from '../edit/InlineEdit';
import { QueryState } from '../ui/QueryState';
import { Sources } from '../ui/Sources';
import { ExportLinks, exportPath } from '../import/ExportLinks';

const NetworkPageQuery = graphql(`
  query NetworkPage($id: ID!, $language: Language) {
    network(id: $id) {
      id
      name
      aliases
      kind
      status
      established
      ended
      mandate
      meetingFrequency
      meetings { date count text }
      members {
        role since until note
        actor { id name kind }
        sources { ...CitationFields }
      }
      partOf { id name }
      parts { id name }
      regions { id name }
      themes { id name(language: $language) }
      anchoredIn { id title shortTitle }
      sources { ...CitationFields }
    }
  }
`);

/** A network: mandate, members with roles and periods, the plans it is anchored in, and sources. */
export function NetworkPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: NetworkPageQuery, variables: { id, language: lang === 'en' ? 'EN' : 'NB' } });
  return (
    <div className="page">
      <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => !d.network}
        empty={<><h1 id="page-heading" tabIndex={-1}>{t('page.notFound')}</h1><p>{t('state.notFound', { id })}</p></>}>
        {(d) => {
          const n = d.network!;
          return (
            <>
              <p className="eyebrow">{n.kind ? t(`nkind.${n.kind}`) : t('common.network')}</p>
              <h1 id="page-heading" tabIndex={-1}>{n.name}</h1>
              <p className="meta">
                {n.established && <>{t('network.established')} {n.established}</>}
                {n.ended && <> · {t('network.ended')} {n.ended}</>}
                {n.regions.length > 0 && <> · {n.regions.map((r) => r.name).join(', ')}</>}
              </p>
              {n.aliases.length > 0 && <p className="small">{t('common.aliases')}: {n.aliases.join(', ')}</p>}
              {n.themes.length > 0 && <p className="small">{t('common.themes')}: {n.themes.map((x) => x.name).join(', ')}</p>}
              <p className="actions"><Link to={mapPath(`highlight=${n.id}`)} className="button">{t('network.highlight')}</Link></p>
              <ExportLinks links={[{ href: exportPath('network', n.id, 'xlsx'), label: 'export.xlsx' }, { href: exportPath('network', n.id, 'csv'), label: 'export.csv' }]} />
              <div className="inline-edit-wrap"><InlineEdit kind="network" id={n.id} fields={[
                { name: 'name', label: t('common.name'), value: n.name },
                { name: 'mandate', label: t('network.mandate'), value: n.mandate, long: true },
                { name: 'meetingFrequency', label: t('network.meetingFrequency'), value: n.meetingFrequency },
                { name: 'established', label: t('network.established'), value: n.established, hint: t('edit.dateHint') },
                { name: 'ended', label: t('network.ended'), value: n.ended, hint: t('edit.dateHint') },
              ]} /></div>
              {n.mandate && <section aria-labelledby="n-mandate"><h2 id="n-mandate">{t('network.mandate')}</h2><p>{n.mandate}</p></section>}
              {n.meetingFrequency && <p><strong>{t('network.meetingFrequency')}:</strong> {n.meetingFrequency}</p>}
              {n.partOf && <p><strong>{t('network.partOf')}:</strong> <EntityLink id={n.partOf.id}>{n.partOf.name}</EntityLink></p>}
              {n.parts.length > 0 && <p><strong>{t('network.parts')}:</strong> {n.parts.map((p, i) => <span key={p.id}>{i > 0 && ', '}<EntityLink id={p.id}>{p.name}</EntityLink></span>)}</p>}
              {n.anchoredIn.length > 0 && <p><strong>{t('network.anchoredIn')}:</strong> {n.anchoredIn.map((p, i) => <span key={p.id}>{i > 0 && ', '}<EntityLink id={p.id}>{p.shortTitle ?? p.title}</EntityLink></span>)}</p>}
              <section aria-labelledby="n-members">
                <h2 id="n-members">{t('network.members')} ({n.members.length})</h2>
                {n.members.length === 0 ? <p className="muted">{t('state.empty')}</p> : (
                  <table>
                    <thead><tr><th scope="col">{t('common.actor')}</th><th scope="col">{t('common.kind')}</th><th scope="col">{t('common.role')}</th><th scope="col">{t('common.period')}</th><th scope="col">{t('common.sources')}</th></tr></thead>
                    <tbody>
                      {n.members.map((m, i) => (
                        <tr key={`${m.actor.id}-${m.role}-${i}`}>
                          <th scope="row"><EntityLink id={m.actor.id}>{m.actor.name}</EntityLink></th>
                          <td>{m.actor.kind && t(`kind.${m.actor.kind}`)}</td>
                          <td>{t(`mrole.${m.role}`)}</td>
                          <td>{m.since || m.until ? `${m.since ?? '…'}–${m.until ?? ''}` : ''}</td>
                          <td><details><summary>{m.sources.length}</summary><Sources citations={m.sources} heading={false} /></details></td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
              {n.meetings.length > 0 && (
                <section aria-labelledby="n-meetings"><h2 id="n-meetings">{t('network.meetings')}</h2>
                  <ul>{n.meetings.map((m, i) => <li key={i}>{m.date && <strong>{m.date}: </strong>}{m.count != null && <>{m.count} · </>}{m.text}</li>)}</ul>
                </section>
              )}
              <Sources citations={n.sources} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
