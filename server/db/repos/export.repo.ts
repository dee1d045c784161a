/** What the exports read: a plan with its measures, a network with its members, the whole graph. */
import type { Db } from '../driver.js';

export interface PlanExport {
  plan: { id: string; title: string | null; shortTitle: string | null; level: string | null; periodStart: string | null; periodEnd: string | null };
  owners: string[];
  measures: {
    number: string; title: string | null; description: string | null; period: string | null;
    responsible: { name: string; role: string }[];
    latest: { status: string; asOf: string; text: string | null } | null;
    budgets: string[]; themes: string[]; targets: string[];
  }[];
}

export async function planExport(db: Db, id: string): Promise<PlanExport | null> {
  const [row] = await db.read<PlanExport>(`MATCH (p:ActionPlan {id: $id})
    RETURN p {.id, .title, .shortTitle, .level, .periodStart, .periodEnd} AS plan,
      COLLECT { MATCH (o:Actor)-[:OWNS]->(p) RETURN o.name ORDER BY o.name } AS owners,
      COLLECT { MATCH (p)-[:HAS_MEASURE]->(m:Measure)
        RETURN m {number: coalesce(m.number, ''), .title, .description, .period,
          responsible: COLLECT { MATCH (a:Actor)-[r:RESPONSIBLE_FOR]->(m) RETURN {name: a.name, role: r.role} ORDER BY r.role, a.name },
          latest: COLLECT { MATCH (m)-[:HAS_STATUS]->(s:StatusReport) RETURN s {.status, .asOf, .text} ORDER BY s.asOf DESC, s.id DESC LIMIT 1 }[0],
          budgets: COLLECT { MATCH (m)-[:HAS_BUDGET]->(b:Budget) RETURN coalesce(b.text, toString(b.amount)) ORDER BY b.id },
          themes: COLLECT { MATCH (m)-[:ADDRESSES]->(t:Theme) RETURN coalesce(t.name, t.id) ORDER BY t.id },
          targets: COLLECT { MATCH (m)-[:TARGETS]->(t:TargetGroup) RETURN coalesce(t.name, t.id) ORDER BY t.id }
        } ORDER BY m.sortKey, m.id } AS measures`, { id });
  return row ?? null;
}

export interface NetworkExport {
  network: { id: string; name: string; kind: string | null; established: string | null; ended: string | null };
  members: { actor: string; role: string; since: string | null; until: string | null; note: string | null }[];
}

export async function networkExport(db: Db, id: string): Promise<NetworkExport | null> {
  const [row] = await db.read<NetworkExport>(`MATCH (n:Network {id: $id})
    RETURN n {.id, .name, .kind, .established, .ended} AS network,
      COLLECT { MATCH (a:Actor)-[r:MEMBER_OF]->(n) RETURN {actor: a.name, role: r.role, since: r.since, until: r.until, note: r.note}
        ORDER BY a.name, r.role, r.since } AS members`, { id });
  return row ?? null;
}

export interface GraphCitation { source: string; quote: string | null; locator: string | null }
export interface GraphNode {
  id: string; label: string; name: string; kind: string | null; level: string | null; isGenericRole: boolean | null;
  aliases: string[]; shortName: string | null; number: string | null; periodStart: string | null; periodEnd: string | null;
  established: string | null; ended: string | null; citations: GraphCitation[];
}
export interface GraphEdge { type: string; from: string; to: string; role: string | null; since: string | null; until: string | null; citations: GraphCitation[] }
export interface SourceNode { id: string; title: string | null; file: string | null; date: string | null }

const EXPORT_LABELS = ['Actor', 'Network', 'ActionPlan', 'Measure'];
const EXPORT_RELS = ['MEMBER_OF', 'RESPONSIBLE_FOR', 'PART_OF', 'OWNS', 'HAS_MEASURE', 'ANCHORED_IN'];

/** The knowledge graph's organisations, networks, plans and measures with their relationships and sources. */
export async function graphExport(db: Db): Promise<{ nodes: GraphNode[]; edges: GraphEdge[]; sources: SourceNode[] }> {
  const nodes = await db.read<GraphNode>(`MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $labels)
    RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, coalesce(n.name, n.title, n.id) AS name, n.kind AS kind, n.level AS level,
      n.isGenericRole AS isGenericRole, coalesce(n.aliases, []) AS aliases, coalesce(n.shortName, n.shortTitle) AS shortName, n.number AS number,
      n.periodStart AS periodStart, n.periodEnd AS periodEnd, n.established AS established, n.ended AS ended,
      COLLECT { MATCH (n)-[c:SOURCED_FROM]->(s:Source) RETURN {source: s.id, quote: c.quote, locator: c.locator} } AS citations
    ORDER BY id`, { labels: EXPORT_LABELS });
  const edges = await db.read<GraphEdge>(`MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $rels
      AND any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
    RETURN type(r) AS type, a.id AS from, b.id AS to, r.role AS role, r.since AS since, r.until AS until,
      [i IN range(0, size(coalesce(r.sourceIds, [])) - 1) | {source: r.sourceIds[i], quote: r.quotes[i], locator: r.locators[i]}] AS citations
    ORDER BY from, type, to, coalesce(r.key, '')`, { rels: EXPORT_RELS, labels: EXPORT_LABELS });
  const sources = await db.read<SourceNode>('MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.file AS file, s.date AS date ORDER BY s.id');
  return { nodes, edges, sources };
}

export type GraphExport = Awaited<ReturnType<typeof graphExport>>;
