import { useI18n } from '../i18n';
import type { GraphEdgeLike, GraphNodeLike } from '../graph/toElements';

/** The map as tables: every actor and every link, keyboard- and screen-reader-friendly. */
export function MapTable(props: { nodes: readonly GraphNodeLike[]; edges: readonly GraphEdgeLike[]; names: (id: string) => string; onPick: (id: string) => void }) {
  const { t, num } = useI18n();
  const nodes = [...props.nodes].sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.label.localeCompare(b.label, 'nb'));
  const edges = [...props.edges].sort((a, b) => b.weight - a.weight);
  return (
    <div className="map-table" data-testid="map-table">
      <table>
        <caption>{t('table.nodes')} ({nodes.length})</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.name')}</th><th scope="col">{t('common.kind')}</th>
            <th scope="col" className="num">{t('table.degree')}</th><th scope="col" className="num">{t('table.betweenness')}</th>
            <th scope="col" className="num">{t('table.community')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={n.id}>
              <th scope="row"><button type="button" className="linklike" onClick={() => props.onPick(n.id)}>{n.label}</button></th>
              <td>{n.kind ? t(`kind.${n.kind as 'NGO'}`) : ''}</td>
              <td className="num">{n.degree}</td>
              <td className="num">{num(n.betweenness, { maximumFractionDigits: 3 })}</td>
              <td className="num">{n.community}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('table.edges')} ({edges.length})</caption>
        <thead>
          <tr><th scope="col">{t('common.actor')}</th><th scope="col">{t('common.actor')}</th><th scope="col" className="num">{t('table.weight')}</th><th scope="col">{t('table.contexts')}</th></tr>
        </thead>
        <tbody>
          {edges.map((e) => (
            <tr key={e.id}>
              <td>{props.names(e.source)}</td>
              <td>{props.names(e.target)}</td>
              <td className="num">{e.weight}</td>
              <td>{e.contexts.map((c) => c.label).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
