/**
 * How each label is returned to the API: one projection per label, bound to a variable. Closed
 * sets are stored kebab-case ("regional-office") and come out as GraphQL enum values
 * (REGIONAL_OFFICE) right here, so resolvers never translate.
 */
import { enumOut as e, relCitations as citationLists } from './fragments.js';


/** GraphQL fields an operation selects on an entity; null: all of them (a full projection). */
export type Need = ReadonlySet<string> | null;

/** An entity's value fields: GraphQL field name → Cypher expression over the entity's variable. */
export type Fields = Record<string, (v: string) => string>;
const prop = (name: string) => (v: string) => `${v}.${name}`;
const props = (...names: string[]): Fields => Object.fromEntries(names.map((n) => [n, prop(n)]));
const closed = (name: string) => (v: string) => e(`${v}.${name}`);
const list = (name: string) => (v: string) => `coalesce(${v}.${name}, [])`;
const flag = (name: string) => (v: string) => `coalesce(${v}.${name}, false)`;

/**
 * Every value field of every label, in the API's form, once: the query compiler
 * (server/db/compile.ts) takes the selected ones, the batched loaders a projection of them. Adding
 * a scalar field to a type is one entry here and its line in the SDL.
 */
export const FIELDS = {
  Actor: {
    ...props('id', 'name', 'shortName', 'url', 'description'), aliases: list('aliases'), kind: closed('kind'), level: closed('level'),
    sector: closed('sector'), isGenericRole: flag('isGenericRole'),
  },
  Network: {
    ...props('id', 'name', 'established', 'ended', 'meetingFrequency', 'mandate'), aliases: list('aliases'), kind: closed('kind'),
    status: closed('status'),
  },
  ActionPlan: {
    ...props('id', 'title', 'shortTitle', 'status', 'periodStart', 'periodEnd'), aliases: list('aliases'), kind: closed('kind'), level: closed('level'),
  },
  Measure: { ...props('id', 'number', 'description', 'achievement'), title: (v) => `coalesce(${v}.title, 'Tiltak ' + ${v}.number)` },
  Region: {
    ...props('id', 'name', 'kind', 'code', 'validFrom', 'validTo'), codeList: list('codes'),
    // The name with the period, to tell old and new counties of one name apart ("Østfold (–2019)").
    label: (v) => `CASE WHEN ${v}.validFrom IS NULL AND ${v}.validTo IS NULL THEN ${v}.name ELSE ${v}.name + ' (' + coalesce(${v}.validFrom, '') + '–' + coalesce(${v}.validTo, '') + ')' END`,
    isNorwegian: (v) => `coalesce(${v}.kind, '') <> 'country'`,
  },
  // `…En`: the English of a short data text (data/i18n/en.yaml); the GraphQL layer picks it for `language: EN`.
  Theme: { id: prop('id'), name: (v) => `coalesce(${v}.name, ${v}.id)`, nameEn: (v) => `coalesce(${v}.nameEn, ${v}.name, ${v}.id)` },
  TargetGroup: { id: prop('id'), name: (v) => `coalesce(${v}.name, ${v}.id)`, description: prop('description') },
  Indicator: {
    ...props('id', 'name', 'category', 'year', 'unit', 'table'), value: (v) => `toFloat(${v}.value)`, isTotal: flag('isTotal'),
    nameEn: (v) => `coalesce(${v}.nameEn, ${v}.name)`, categoryEn: (v) => `coalesce(${v}.categoryEn, ${v}.category)`, unitEn: (v) => `coalesce(${v}.unitEn, ${v}.unit)`,
  },
  Agreement: { ...props('id', 'name', 'signed'), kind: closed('kind') },
  Contact: props('id', 'name', 'email', 'phone', 'title'),
  Source: props('id', 'file', 'title', 'date'),
  StatusReport: { ...props('id', 'asOf', 'text'), status: closed('status') },
  Budget: { ...props('id', 'year', 'text'), amountNok: (v) => `toFloat(${v}.amount)` },
  ResultGoal: props('id', 'number', 'text', 'achievement'),
  Meeting: props('id', 'date', 'count', 'text'),
  Collaboration: { ...props('id', 'description', 'date'), name: (v) => `coalesce(${v}.name, left(${v}.description, 100))` },
  Resource: { ...props('id', 'name', 'description', 'url', 'year'), aliases: list('aliases'), kind: closed('kind') },
  Guideline: { ...props('id', 'name'), sectors: (v) => `[s IN coalesce(${v}.sectors, []) | ${e('s')}]` },
} satisfies Record<string, Fields>;

/** Long texts: in a loader's projection only when selected (most of the database's work on nested lists). */
const LONG_TEXTS = new Set(['description', 'mandate', 'achievement', 'text']);

/**
 * A projection: the value fields always, and lazy entries (long texts, and ids found through a
 * pattern comprehension, which cost a relationship expansion per row) only when one of the GraphQL
 * fields that read them is selected. `signature` names the lazy entries a need includes, to key loaders.
 */
interface Projection {
  (v: string, need?: Need): string;
  signature(need: Need): string;
}
type Lazy = Record<string, { fields: string[]; entry: (v: string) => string }>;

function projection(label: keyof typeof FIELDS, ids: Lazy = {}): Projection {
  const fields: Fields = FIELDS[label];
  const lazy: Lazy = { ...ids };
  const base: string[] = [];
  for (const [name, expr] of Object.entries(fields)) {
    if (LONG_TEXTS.has(name)) lazy[name] = { fields: [name], entry: (v) => `${name}: ${expr(v)}` };
    else base.push(name);
  }
  const wanted = (need: Need) => Object.entries(lazy).filter(([, l]) => !need || l.fields.some((f) => need.has(f)));
  const fn = (v: string, need: Need = null) =>
    `${v} {${[...base.map((n) => `${n}: ${fields[n](v)}`), ...wanted(need).map(([, l]) => l.entry(v))].join(', ')}}`;
  return Object.assign(fn, { signature: (need: Need) => (need ? wanted(need).map(([k]) => k).join(',') : '*') });
}
const idOf = (field: string, pattern: (v: string) => string, x: string) =>
  ({ fields: [field], entry: (v: string) => `${x}: [${pattern(v)} | ${v}_x.id][0]` });

/** Loader projections: the value fields plus the ids of related entities that row resolvers follow. */
export const projections = {
  Actor: projection('Actor', {
    parentId: idOf('parent', (v) => `(${v})-[:PART_OF]->(${v}_x:Actor)`, 'parentId'),
    regionId: idOf('region', (v) => `(${v})-[:LOCATED_IN]->(${v}_x:Region)`, 'regionId'),
  }),
  Network: projection('Network', { partOfId: idOf('partOf', (v) => `(${v})-[:PART_OF]->(${v}_x:Network)`, 'partOfId') }),
  ActionPlan: projection('ActionPlan'),
  Measure: projection('Measure', { planId: idOf('plan', (v) => `(${v}_x:ActionPlan)-[:HAS_MEASURE]->(${v})`, 'planId') }),
  Region: projection('Region', { parentId: idOf('parent', (v) => `(${v})-[:WITHIN]->(${v}_x:Region)`, 'parentId') }),
  Theme: projection('Theme'),
  TargetGroup: projection('TargetGroup'),
  Indicator: projection('Indicator', {
    measureId: idOf('measure', (v) => `(${v}_x:Measure)-[:HAS_INDICATOR]->(${v})`, 'measureId'),
    actorId: idOf('reportedBy', (v) => `(${v}_x:Actor)-[:REPORTED]->(${v})`, 'actorId'),
  }),
  Agreement: projection('Agreement', { measureId: idOf('measure', (v) => `(${v})-[:CONCERNS]->(${v}_x:Measure)`, 'measureId') }),
  Contact: projection('Contact', { actorId: idOf('actor', (v) => `(${v})-[:WORKS_AT]->(${v}_x:Actor)`, 'actorId') }),
  Source: projection('Source'),
  StatusReport: projection('StatusReport'),
  Budget: projection('Budget'),
  ResultGoal: projection('ResultGoal'),
  Meeting: projection('Meeting'),
  Collaboration: projection('Collaboration'),
  Resource: projection('Resource'),
  Guideline: projection('Guideline'),
} satisfies Record<keyof typeof FIELDS, Projection>;

export type ProjectedLabel = keyof typeof projections;

/** Relationship citations as stored on the relationship (parallel lists). */
export const relCitations = (r: string) => `citations: ${citationLists(r)}`;

/** GraphQL type name of an entity id's prefix. */
export const TYPE_BY_PREFIX: Record<string, ProjectedLabel> = {
  actor: 'Actor', network: 'Network', plan: 'ActionPlan', measure: 'Measure', region: 'Region', theme: 'Theme',
  targetgroup: 'TargetGroup', indicator: 'Indicator', agreement: 'Agreement', contact: 'Contact',
  collaboration: 'Collaboration', resource: 'Resource', guideline: 'Guideline',
};
export const GRAPHQL_TYPE: Partial<Record<ProjectedLabel, string>> = {
  Actor: 'Actor', Network: 'Network', ActionPlan: 'ActionPlan', Measure: 'Measure', Region: 'Region', Theme: 'Theme',
  TargetGroup: 'TargetGroup', Indicator: 'Indicator', Agreement: 'Agreement', Contact: 'Contact',
  Collaboration: 'Collaboration', Resource: 'Resource', Guideline: 'Guideline',
};
/** GraphQL object type of each projected label (entities and the nodes that hang on them). */
export const OBJECT_TYPE: Record<ProjectedLabel, string> = {
  ...(GRAPHQL_TYPE as Record<ProjectedLabel, string>), Source: 'Source', StatusReport: 'StatusReport', Budget: 'Budget', ResultGoal: 'ResultGoal', Meeting: 'Meeting',
};
