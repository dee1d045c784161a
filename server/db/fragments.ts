/**
 * Cypher fragments that more than one statement needs, each written once: how a stored closed set
 * becomes a GraphQL enum value, a measure's latest status, and "in a region or any region within
 * it". Every function returns an expression or a predicate over the variables it is given; none
 * takes user input (values go in parameters).
 */

/**
 * Closed sets are stored kebab-case ("regional-office") and leave the database as GraphQL enum
 * values (REGIONAL_OFFICE). The JS side of the same rule is server/db/enums.ts.
 */
export const enumOut = (expr: string) => `toUpper(replace(${expr}, '-', '_'))`;

/** Newest first: the order of a measure's status history, and what "latest" means. */
export const STATUS_ORDER = (s: string) => `${s}.asOf DESC, ${s}.id DESC`;

/** A measure's latest status report, projected by `project` (a function of the report's variable). */
export const latestStatus = (m: string, project: (s: string) => string = (s) => s) =>
  `COLLECT { MATCH (${m})-[:HAS_STATUS]->(${m}_ls:StatusReport) RETURN ${project(`${m}_ls`)} ORDER BY ${STATUS_ORDER(`${m}_ls`)} LIMIT 1 }[0]`;

/** The stored status (kebab-case) of a measure's latest report, or null. */
export const latestStatusValue = (m: string) => latestStatus(m, (s) => `${s}.status`);

/** How deep the region hierarchy goes (country → region → county → municipality → district). */
export const REGION_DEPTH = 4;

/** True when `v` has a `rel` relationship to the region whose id is `ref` (a parameter) or a region within it. */
export const inRegion = (v: string, rel: string, ref: string) =>
  `EXISTS { (${v})-[:${rel}]->(:Region)-[:WITHIN*0..${REGION_DEPTH}]->(:Region {id: ${ref}}) }`;

/** The same, with the region already bound to variable `r`. */
export const coversRegion = (v: string, rel: string, r: string) =>
  `(${v})-[:${rel}]->(:Region)-[:WITHIN*0..${REGION_DEPTH}]->(${r})`;

/** Networks that count as running (a missing status is active). */
export const RUNNING_NETWORK = (nw: string) => `coalesce(${nw}.status, 'active') IN ['active', 'starting']`;

/** A relationship's citations as stored on it (parallel lists). */
export const relCitations = (r: string) =>
  `{sourceIds: coalesce(${r}.sourceIds, []), quotes: coalesce(${r}.quotes, []), locators: coalesce(${r}.locators, [])}`;
