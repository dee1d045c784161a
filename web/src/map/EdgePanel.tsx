import { useI18n } from '../i18n';
import { EntityLink } from '../router';
import type { GraphEdgeLike } from '../graph/toElements';

/** Why two actors are linked: the shared networks, measures, agreements and reported collaborations. */
export function EdgePanel(props: { edge: GraphEdgeLike; names: (id: string) => string; onClose: () => void; onPick: (id: string) => void }) {
  const { t } = useI18n();
  const { edge } = props;
  return (
    <section className="panel" aria-labelledby="edge-heading" data-testid="edge-panel">
      <div className="panel-head">
        <p className="eyebrow">{t('panel.edge')}</p>
        <button type="button" className="close" onClick={props.onClose} aria-label={t('panel.close')}>×</button>
      </div>
      <h2 id="edge-heading" tabIndex={-1}>
        <button type="button" className="linklike" onClick={() => props.onPick(edge.source)}>{props.names(edge.source)}</button>
        {' – '}
        <button type="button" className="linklike" onClick={() => props.onPick(edge.target)}>{props.names(edge.target)}</button>
      </h2>
      <p className="meta">{t('panel.edgeWeight', { count: edge.weight })}</p>
      <ul className="compact">
        {edge.contexts.map((c) => (
          <li key={`${c.kind}-${c.id}`}>
            <span className="tag">{t(`context.${c.kind as 'NETWORK'}`)}</span> <EntityLink id={c.id}>{c.label}</EntityLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
