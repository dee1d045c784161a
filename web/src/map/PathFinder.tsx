import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { EntityLink } from '../router';
import { SearchBox } from '../ui/SearchBox';
import { QueryState } from '../ui/QueryState';

const PathQuery = graphql(`
  query Path($from: ID!, $to: ID!, $language: Language) {
    path(from: $from, to: $to, first: 3, language: $language) {
      length
      actors { id name }
      steps {
        from { id name }
        to { id name }
        explanation
        contexts { kind id label }
      }
    }
  }
`);

/**
 * Picks two actors and shows the shortest collaboration path(s) between them, each hop explained.
 * The chosen path's actors go to `onPath` so the map can highlight them.
 */
export function PathFinder(props: {
  from?: string; to?: string;
  names: (id: string) => string;
  update: (patch: { from?: string; to?: string }) => void;
  onPath: (actorIds: string[]) => void;
}) {
  const { t, lang } = useI18n();
  const [from, setFrom] = useState(props.from);
  const [to, setTo] = useState(props.to);
  const [chosen, setChosen] = useState(0);
  const ready = !!props.from && !!props.to;
  const [result, reexecute] = useQuery({ query: PathQuery, variables: { from: props.from ?? '', to: props.to ?? '', language: lang === 'en' ? 'EN' : 'NB' }, pause: !ready });
  const paths = ready ? result.data?.path : undefined;
  const { onPath } = props;
  useEffect(() => { setChosen(0); }, [props.from, props.to]);
  useEffect(() => {
    onPath(paths && paths[chosen] ? paths[chosen].actors.map((a) => a.id) : []);
  }, [paths, chosen, onPath]);

  return (
    <section aria-labelledby="path-heading" className="pathfinder" data-testid="path-finder">
      <h2 id="path-heading">{t('path.heading')}</h2>
      <form onSubmit={(e) => { e.preventDefault(); if (from && to) props.update({ from, to }); }}>
        <SearchBox label={t('path.from')} kinds={['ACTOR']} keepText initialText={props.from ? props.names(props.from) : ''} onPick={(h) => setFrom(h.id)} />
        <SearchBox label={t('path.to')} kinds={['ACTOR']} keepText initialText={props.to ? props.names(props.to) : ''} onPick={(h) => setTo(h.id)} />
        <div className="actions">
          <button type="submit" disabled={!from || !to}>{t('path.find')}</button>
          {ready && <button type="button" onClick={() => { setFrom(undefined); setTo(undefined); props.update({ from: undefined, to: undefined }); }}>{t('path.clear')}</button>}
        </div>
      </form>
      {ready && (
        <QueryState result={result} retry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => d.path.length === 0} empty={t('path.none')}>
          {(d) => (
            <ol className="paths" data-testid="path-results">
              {d.path.map((p, i) => (
                <li key={i} className={i === chosen ? 'chosen' : undefined}>
                  <button type="button" className="linklike" aria-pressed={i === chosen} onClick={() => setChosen(i)}>
                    {t('path.result', { n: i + 1, length: p.length })}
                  </button>
                  <ol className="steps">
                    {p.steps.map((s, j) => (
                      <li key={j}>
                        <strong><EntityLink id={s.from.id}>{s.from.name}</EntityLink> → <EntityLink id={s.to.id}>{s.to.name}</EntityLink></strong>
                        <p>{s.explanation}</p>
                        {s.contexts.length > 0 && (
                          <p className="muted">{s.contexts.map((c, k) => <span key={c.id}>{k > 0 && '; '}{t(`context.${c.kind}`)}: <EntityLink id={c.id}>{c.label}</EntityLink></span>)}</p>
                        )}
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          )}
        </QueryState>
      )}
      {!ready && <p className="hint">{t('path.pick')}</p>}
    </section>
  );
}
