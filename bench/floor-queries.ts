/**
 * The floor's hand-written Cypher: for each workload, the one query a careful developer would write
 * by hand to answer the same request, returning the same JSON shape as Samkart's GraphQL response
 * so that equivalence is a plain comparison and response bytes are comparable. Enum values are
 * converted in Cypher (kebab-case in the graph, UPPER_SNAKE in the API).
 */

/** kebab-case graph value to the API's enum spelling, in Cypher. */
const E = (x: string) => `toUpper(replace(${x}, '-', '_'))`;

/** Workload 1: one actor with its memberships and responsibilities. */
export const ACTOR = `
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .shortName, kind: ${E('a.kind')}, level: ${E('a.level')},
  memberships: COLLECT {
    MATCH (a)-[r:MEMBER_OF]->(nw:Network)
    RETURN {role: ${E('r.role')}, since: r.since, until: r.until, network: nw {.id, .name}} ORDER BY nw.name, r.role
  },
  responsibilities: COLLECT {
    MATCH (a)-[r:RESPONSIBLE_FOR]->(m:Measure)<-[:HAS_MEASURE]-(p:ActionPlan)
    RETURN {role: ${E('r.role')}, measure: m {.id, .number, .title, plan: p {.id, .title}}} ORDER BY m.sortKey, r.role
  }
} AS actor`;

/** Workload 2: one plan, its measures in number order, each with its latest status and responsible actors. */
export const PLAN = `
MATCH (p:ActionPlan {id: $id})
RETURN p {.id, .title,
  measures: COLLECT {
    MATCH (p)-[:HAS_MEASURE]->(m:Measure)
    WITH m ORDER BY m.sortKey
    RETURN m {.id, .number, .title,
      latestStatus: COLLECT { MATCH (m)-[:HAS_STATUS]->(s:StatusReport) RETURN s {.asOf, status: ${E('s.status')}} ORDER BY s.asOf DESC, s.id DESC LIMIT 1 }[0],
      responsibilities: COLLECT {
        MATCH (a:Actor)-[r:RESPONSIBLE_FOR]->(m)
        RETURN {role: ${E('r.role')}, actor: a {.id, .name, kind: ${E('a.kind')}}} ORDER BY r.role, a.name
      }
    }
  }
} AS plan`;

/** In the region or within it: `regions` is the region's subtree, found once at the start. */
const IN_REGION = (v: string, rel: string) => `EXISTS { (${v})-[:${rel}]->(rg:Region) WHERE rg.id IN regions }`;

/**
 * Workload 3: the derived collaboration graph. Contexts are networks (shared membership), measures
 * (shared responsibility), agreements and reported collaborations; generic roles are left out. With
 * a region, a context counts when it covers the region or has a participant located in it (all of
 * its participants then take part, as in Samkart). The nodes are the actors with at least one edge.
 * CONTEXTS: the shared contexts with at least two participants, one row each.
 */
const CONTEXTS = `
OPTIONAL MATCH (root:Region {id: $region})
CALL (root) { OPTIONAL MATCH (sub:Region)-[:WITHIN*0..4]->(root) RETURN collect(DISTINCT sub.id) AS regions }
CALL (regions) {
  MATCH (nw:Network) WHERE $region IS NULL OR ${IN_REGION('nw', 'COVERS')} OR EXISTS { (x:Actor)-[:MEMBER_OF]->(nw) WHERE ${IN_REGION('x', 'LOCATED_IN')} }
  MATCH (a:Actor)-[:MEMBER_OF]->(nw) WHERE NOT coalesce(a.isGenericRole, false)
  RETURN 'NETWORK' AS kind, nw.id AS cid, nw.name AS label, collect(DISTINCT a) AS members
  UNION ALL
  MATCH (pl:ActionPlan)-[:HAS_MEASURE]->(m:Measure)
  WHERE $region IS NULL OR ${IN_REGION('pl', 'COVERS')} OR EXISTS { (x:Actor)-[:RESPONSIBLE_FOR]->(m) WHERE ${IN_REGION('x', 'LOCATED_IN')} }
  MATCH (a:Actor)-[:RESPONSIBLE_FOR]->(m) WHERE NOT coalesce(a.isGenericRole, false)
  RETURN 'MEASURE' AS kind, m.id AS cid, coalesce(pl.shortTitle, pl.title) + ', tiltak ' + coalesce(m.number, '?') + ': ' + coalesce(m.title, '') AS label,
    collect(DISTINCT a) AS members
  UNION ALL
  MATCH (ag:Agreement) WHERE $region IS NULL OR EXISTS { (x:Actor)-[:PARTY_TO]->(ag) WHERE ${IN_REGION('x', 'LOCATED_IN')} }
  MATCH (a:Actor)-[:PARTY_TO]->(ag) WHERE NOT coalesce(a.isGenericRole, false)
  RETURN 'AGREEMENT' AS kind, ag.id AS cid, ag.name AS label, collect(DISTINCT a) AS members
  UNION ALL
  MATCH (c:Collaboration) WHERE $region IS NULL OR EXISTS { (x:Actor)-[:INVOLVED_IN]->(c) WHERE ${IN_REGION('x', 'LOCATED_IN')} }
  MATCH (a:Actor)-[:INVOLVED_IN]->(c) WHERE NOT coalesce(a.isGenericRole, false)
  RETURN 'REPORTED' AS kind, c.id AS cid, left(c.description, 120) AS label, collect(DISTINCT a) AS members
}
WITH kind, cid, label, members WHERE size(members) > 1`;

/** The floor's collaboration query: contexts with their participants; the handler forms the pairs. */
export const COLLABORATION_CONTEXTS = `${CONTEXTS}
RETURN kind, cid AS id, label, [a IN members | a {.id, label: a.name, kind: ${E('a.kind')}}] AS members`;

/** The whole graph in Cypher, pairs formed in the database, as one record (the peer's @cypher field). */
export const COLLABORATION = `${CONTEXTS}
UNWIND members AS x
UNWIND members AS y
WITH kind, cid, label, x, y WHERE x.id < y.id
WITH x, y, collect({kind: kind, id: cid, label: label}) AS shared
WITH collect({id: x.id + '~' + y.id, source: x.id, target: y.id, weight: size(shared), contexts: shared}) AS edges,
  collect(DISTINCT x) + collect(DISTINCT y) AS ends
CALL (ends) {
  UNWIND ends AS a
  WITH DISTINCT a
  RETURN collect(a {.id, label: a.name, kind: ${E('a.kind')}}) AS nodes
}
RETURN {nodes: nodes, edges: edges} AS graph`;

/**
 * Workload 4: the measure-level responsibility gaps of one plan or of all plans (unowned, vague
 * owner, no lead, stalled) and overloaded actors (named organisations leading or executing more than
 * $max measures; generic roles are not counted, issue 13).
 * Carriers of a measure are its lead, executing and contributing actors (commissioning and funding
 * ministries do not carry it), as in Samkart's rules.
 */
const gaps = (onePlan: boolean) => `
CALL {
  MATCH (p:ActionPlan${onePlan ? ' {id: $plan}' : ''})-[:HAS_MEASURE]->(m:Measure)
  WITH p, m,
    COLLECT { MATCH (a:Actor)-[r:RESPONSIBLE_FOR]->(m) WHERE r.role IN ['lead', 'executing', 'contributing']
      RETURN {id: a.id, generic: coalesce(a.isGenericRole, false), role: r.role} } AS resp,
    COLLECT { MATCH (m)-[:HAS_STATUS]->(s:StatusReport) RETURN s.status ORDER BY s.asOf DESC, s.id DESC LIMIT 1 }[0] AS latest
  WITH p, m, resp, latest, size(COLLECT { UNWIND resp AS x RETURN DISTINCT x.id }) AS owners
  UNWIND [
    CASE WHEN size(resp) = 0 THEN {kind: 'UNOWNED_MEASURE', severity: 'HIGH', text: 'No actor is responsible for this measure.'} END,
    CASE WHEN size(resp) > 0 AND all(x IN resp WHERE x.generic) THEN {kind: 'VAGUE_OWNER', severity: 'MEDIUM', text: 'Only generic roles are responsible for this measure.'} END,
    CASE WHEN owners > 1 AND none(x IN resp WHERE x.role = 'lead') AND NOT all(x IN resp WHERE x.generic) THEN {kind: 'NO_LEAD', severity: 'MEDIUM', text: 'Several actors are responsible and none leads.'} END,
    CASE WHEN latest IN ['not-done', 'unclear'] OR (p.periodEndDate < date($asOf) AND coalesce(latest, '') <> 'done' AND coalesce(latest, '') <> 'cancelled')
      THEN {kind: 'STALLED', severity: 'MEDIUM', text: 'The measure is stalled.'} END
  ] AS gap
  WITH p, m, gap WHERE gap IS NOT NULL
  RETURN {id: gap.kind + ':' + m.id, kind: gap.kind, severity: gap.severity, subject: {id: m.id}, explanation: gap.text} AS gap
  UNION ALL
  MATCH (p:ActionPlan${onePlan ? ' {id: $plan}' : ''})-[:HAS_MEASURE]->(m:Measure)<-[r:RESPONSIBLE_FOR]-(a:Actor)
  WHERE r.role IN ['lead', 'executing'] AND NOT coalesce(a.isGenericRole, false)
  WITH a, count(DISTINCT m) AS n WHERE n > $max
  RETURN {id: 'OVERLOADED_ACTOR:' + a.id, kind: 'OVERLOADED_ACTOR', severity: 'LOW', subject: {id: a.id},
    explanation: a.name + ' leads or executes ' + toString(n) + ' measures.'} AS gap
}
RETURN collect(gap) AS gaps`;
/** Two statements, so one plan's gaps seek the plan by id (a `$plan IS NULL OR` filter cannot). */
export const GAPS_ALL = gaps(false), GAPS_OF_PLAN = gaps(true);

/** Workload 5: ranked full-text search over actors, networks, plans and measures. */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('samkart_search_v2', $query, {limit: $fetch}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN ['Actor', 'Network', 'ActionPlan', 'Measure']][0] AS type
WHERE type IS NOT NULL
WITH node, score, type, coalesce(node.name, node.title, node.id) AS label ORDER BY score DESC, label LIMIT $first
RETURN collect({kind: CASE type WHEN 'ActionPlan' THEN 'PLAN' ELSE toUpper(type) END, label: label, score: score, node: {id: node.id}}) AS hits`;

/** Lucene query from user text, as a hand-written search would build it: folded words, exact or prefix. */
export function luceneQuery(text: string): string {
  const folded = text.toLowerCase().replace(/æ/g, 'ae').replace(/[øö]/g, 'o').replace(/å/g, 'a')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = folded.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, ' ').split(/\s+/).filter(Boolean).slice(0, 12);
  return words.map((w) => `(${w}^2 OR ${w}*)`).join(' AND ');
}

/** Workload 6, write: a new membership (one statement). */
export const ADD_MEMBERSHIP = `
MATCH (a:Actor {id: $actor}), (nw:Network {id: $network})
MERGE (a)-[r:MEMBER_OF {key: $role + '|' + $since}]->(nw)
SET r.role = $role, r.since = $since, r.sinceDate = date($since), r.curated = false,
  r.sourceIds = [], r.quotes = [$source], r.locators = ['']
RETURN {role: ${E('r.role')}, since: r.since, actor: a {.id, .name}, network: nw {.id, .name}} AS membership`;

/** Workload 6, write: a new status report on a measure, returning the measure's latest status. */
export const RECORD_STATUS = `
MATCH (m:Measure {id: $measure})
MERGE (s:StatusReport:Entity {id: 'status:' + substring(m.id, 8) + '/' + $asOf})
SET s.asOf = $asOf, s.asOfDate = date($asOf), s.status = $status, s.text = $text, s.curated = false
MERGE (m)-[:HAS_STATUS]->(s)
RETURN m {.id, latestStatus: COLLECT { MATCH (m)-[:HAS_STATUS]->(x:StatusReport) RETURN x {.asOf, status: ${E('x.status')}} ORDER BY x.asOf DESC, x.id DESC LIMIT 1 }[0]} AS measure`;
