import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useToken } from '../auth';
import { useI18n } from '../i18n';
import { Link } from '../router';
import { ErrorBox } from '../ui/QueryState';

export const SavedViewsQuery = graphql(`
  query SavedViews { savedViews { id name description createdBy createdAt } }
`);
export const SavedViewQuery = graphql(`
  query SavedView($id: ID!) { savedView(id: $id) { id name description state positions { id x y } } }
`);
const SaveViewMutation = graphql(`
  mutation SaveView($input: SavedViewInput!) { saveView(input: $input) { id name } }
`);

/**
 * Saved views (as in Kumu): the list anyone can open by link, and for editors a form that stores
 * the map as it is now (its URL state and every node's position) under a name.
 */
export function SavedViews({ state, positions }: { state: string; positions: () => { id: string; x: number; y: number }[] }) {
  const { t } = useI18n();
  const token = useToken();
  const [list, relist] = useQuery({ query: SavedViewsQuery });
  const [saving, save] = useMutation(SaveViewMutation);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  const link = (id: string) => `/?saved=${id}`;
  return (
    <section aria-labelledby="views-heading" className="saved-views" data-testid="saved-views">
      <h2 id="views-heading">{t('views.heading')}</h2>
      {list.error && <ErrorBox error={list.error} retry={() => relist({ requestPolicy: 'network-only' })} />}
      {list.data && (list.data.savedViews.length === 0 ? <p className="hint">{t('views.none')}</p> : (
        <ul className="compact">
          {list.data.savedViews.map((v) => (
            <li key={v.id}><Link to={link(v.id)}>{v.name}</Link>{v.description && <span className="hint"> – {v.description}</span>}</li>
          ))}
        </ul>
      ))}
      {token ? (
        <form onSubmit={async (e) => {
          e.preventDefault();
          setSaved(null);
          const r = await save({ input: { name, description: description || null, state, positions: positions() } });
          if (r.data) { setSaved(r.data.saveView); setName(''); setDescription(''); relist({ requestPolicy: 'network-only' }); }
        }}>
          <div className="field">
            <label htmlFor="view-name">{t('views.name')}</label>
            <input id="view-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
          </div>
          <div className="field">
            <label htmlFor="view-description">{t('views.description')}</label>
            <textarea id="view-description" value={description} onChange={(e) => setDescription(e.target.value)} rows={2} maxLength={2000} />
          </div>
          <button type="submit" disabled={saving.fetching || !name.trim()}>{t('views.save')}</button>
          {saving.error && <p className="field-error" role="alert">{saving.error.graphQLErrors[0]?.message ?? saving.error.message}</p>}
          {saved && (
            <p className="success" role="status">
              {t('views.saved', { name: saved.name })} <Link to={link(saved.id)} data-testid="saved-view-link">{`${window.location.origin}${link(saved.id)}`}</Link>
            </p>
          )}
        </form>
      ) : <p className="hint">{t('views.signIn')}</p>}
    </section>
  );
}
