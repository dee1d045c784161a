/**
 * How each label is returned to the API: one projection per label, bound to a variable. Closed
 * sets are stored kebab-case ("regional-office") and come out as GraphQL enum values
 * (REGIONAL_OFFICE) right here, so resolvers never translate.
 */
import { enumOut as e, relCitations as citationLists } from './fragments.js';


/** GraphQL fields an operation selects on an entity; null: all of them (a full projection). */
export type Need = ReadonlySet<string> | null;

/**
 * A projection: `base` entries always, and lazy entries (long texts, and ids found through a
 * pattern comprehension, which cost a relationship expansion per row) only when one of the GraphQL
 * fields that read them is selected. Leaving them out is most of the database's work on nested
 * lists (bench/README.md). `signature` names the lazy entries a need includes, to key loaders.
 */
interface Projection {
  (v: string, need?: Need): string;
  signature(need: Need): string;
}
type Lazy = Record<string, { fields: string[]; entry: (v: string) => string }>;

function projection(base: (v: string) => string, lazy: Lazy = {}): Projection {
  const wanted = (need: Need) => Object.entries(lazy).filter(([, l]) => !need || l.fields.some((f) => need.has(f)));
  const fn = (v: string, need: Need = null) => `${v} {${[base(v), ...wanted(need).map(([, l]) => l.entry(v))].join(', ')}}`;
  return Object.assign(fn, { signature: (need: Need) => (need ? wanted(need).map(([k]) => k).join(',') : '*') });
}
const text = (field: string) => ({ fields: [field], entry: (v: string) => `${field}: ${v}.${field}` });

export const projections = {
  Actor: projection((v) => `.id, .name, .shortName, aliases: coalesce(${v}.aliases, []), kind: ${e(`${v}.kind`)},
    level: ${e(`${v}.level`)}, sector: ${e(`${v}.sector`)}, isGenericRole: coalesce(${v}.isGenericRole, false), .url`, {
    description: text('description'),
    parentId: { fields: ['parent'], entry: (v) => `parentId: [(${v})-[:PART_OF]->(${v}_p:Actor) | ${v}_p.id][0]` },
    regionId: { fields: ['region'], entry: (v) => `regionId: [(${v})-[:LOCATED_IN]->(${v}_r:Region) | ${v}_r.id][0]` },
  }),
  Network: projection((v) => `.id, .name, aliases: coalesce(${v}.aliases, []), kind: ${e(`${v}.kind`)}, status: ${e(`${v}.status`)},
    .established, .ended, .meetingFrequency`, {
    mandate: text('mandate'),
    partOfId: { fields: ['partOf'], entry: (v) => `partOfId: [(${v})-[:PART_OF]->(${v}_p:Network) | ${v}_p.id][0]` },
  }),
  ActionPlan: projection((v) => `.id, .title, .shortTitle, aliases: coalesce(${v}.aliases, []), kind: ${e(`${v}.kind`)},
    level: ${e(`${v}.level`)}, .status, .periodStart, .periodEnd`),
  Measure: projection((v) => `.id, .number, title: coalesce(${v}.title, 'Tiltak ' + ${v}.number)`, {
    description: text('description'),
    achievement: text('achievement'),
    planId: { fields: ['plan'], entry: (v) => `planId: [(${v}_pl:ActionPlan)-[:HAS_MEASURE]->(${v}) | ${v}_pl.id][0]` },
  }),
  Region: projection((v) => `.id, .name, .kind, .code, .validFrom, .validTo, codes: coalesce(${v}.codes, [])`, {
    // The region it lies within: not through an area edge; the latest edge first (a municipality's
    // county today), then edges without a period (the documents' own structure).
    parentId: { fields: ['parent'], entry: (v) => `parentId: COLLECT { MATCH (${v})-[w:WITHIN]->(p:Region) WHERE NOT coalesce(w.area, false)
      RETURN p.id ORDER BY coalesce(w.validToDate, date('9999-12-31')) DESC, w.validFromDate IS NOT NULL, p.id LIMIT 1 }[0]` },
  }),
  Theme: projection((v) => `.id, name: coalesce(${v}.name, ${v}.id), .nameEn`),
  TargetGroup: projection((v) => `.id, name: coalesce(${v}.name, ${v}.id), .description`),
  Indicator: projection((v) => `.id, .name, .category, .year, value: toFloat(${v}.value), .unit, .table, isTotal: coalesce(${v}.isTotal, false),
    .nameEn, .categoryEn, .unitEn`, {
    measureId: { fields: ['measure'], entry: (v) => `measureId: [(${v}_m:Measure)-[:HAS_INDICATOR]->(${v}) | ${v}_m.id][0]` },
    actorId: { fields: ['reportedBy'], entry: (v) => `actorId: [(${v}_a:Actor)-[:REPORTED]->(${v}) | ${v}_a.id][0]` },
  }),
  Agreement: projection((v) => `.id, .name, kind: ${e(`${v}.kind`)}, .signed`, {
    measureId: { fields: ['measure'], entry: (v) => `measureId: [(${v})-[:CONCERNS]->(${v}_m:Measure) | ${v}_m.id][0]` },
  }),
  Contact: projection((v) => `.id, .name, .email, .phone, .title`, {
    actorId: { fields: ['actor'], entry: (v) => `actorId: [(${v})-[:WORKS_AT]->(${v}_a:Actor) | ${v}_a.id][0]` },
  }),
  Source: projection((v) => `.id, .file, .title, .date`),
  StatusReport: projection((v) => `.asOf, status: ${e(`${v}.status`)}, id: ${v}.id`, { text: text('text') }),
  Budget: projection((v) => `amountNok: toFloat(${v}.amount), .year, id: ${v}.id`, { text: text('text') }),
  ResultGoal: projection((v) => `.number, id: ${v}.id`, { text: text('text'), achievement: text('achievement') }),
  Meeting: projection((v) => `.date, .count, id: ${v}.id`, { text: text('text') }),
  Collaboration: projection((v) => `.id, name: coalesce(${v}.name, left(${v}.description, 100)), .date`, { description: text('description') }),
  Resource: projection((v) => `.id, .name, aliases: coalesce(${v}.aliases, []), kind: ${e(`${v}.kind`)}, .url, .year`, { description: text('description') }),
  Guideline: projection((v) => `.id, .name, sectors: [s IN coalesce(${v}.sectors, []) | ${e('s')}]`),
} satisfies Record<string, Projection>;

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
