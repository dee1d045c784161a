import { useQuery } from 'urql';
import { graphql } from './gql';
import { ActorMap } from './actors/ActorMap';

const ActorsQuery = graphql(`
  query Actors($first: Int!) {
    actors(first: $first) {
      totalCount
      edges { node { id name shortName kind ...ActorMapFields } }
    }
  }
`);

export function App() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ActorsQuery, variables: { first: 500 } });
  return (
    <div className="app">
      <header><h1>Samkart</h1><p>Hvem samarbeider med hvem mot negativ sosial kontroll, tvangsekteskap, kjønnslemlestelse og vold i nære relasjoner</p></header>
      <main>
        {fetching && <p role="status">Laster aktører …</p>}
        {error && (
          <div role="alert">
            <p>Kunne ikke hente data fra Samkart: {error.message}</p>
            <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>Prøv igjen</button>
          </div>
        )}
        {data && data.actors.totalCount === 0 && <p>Ingen aktører i databasen ennå.</p>}
        {data && data.actors.totalCount > 0 && (
          <div className="split">
            <ActorMap actors={data.actors.edges.map((e) => e.node)} />
            <section aria-labelledby="actors-heading" className="list">
              <h2 id="actors-heading">Aktører ({data.actors.totalCount})</h2>
              <ul>{data.actors.edges.map(({ node }) => <li key={node.id}>{node.name}{node.shortName && node.shortName !== node.name ? ` (${node.shortName})` : ''}</li>)}</ul>
            </section>
          </div>
        )}
      </main>
    </div>
  );
}
