/**
 * How each label is returned to the API: one projection per label, bound to a variable. Closed
 * sets are stored kebab-case ("regional-office") and come out as GraphQL enum values
 * (REGIONAL_OFFICE) right here, so resolvers never translate.
 */
const e = (expr: string) => `toUpper(replace(${expr}, '-', '_'))`;

export const projections = {
  Actor: (v: string) => `${v} {.id, .name, .shortName, aliases: coalesce(${v}.aliases, []), kind: ${e(`${v}.kind`)},
    level: ${e(`${v}.level`)}, sector: ${e(`${v}.sector`)}, isGenericRole: coalesce(${v}.isGenericRole, false),
    .description, .url, parentId: [(${v})-[:PART_OF]->(${v}_p:Actor) | ${v}_p.id][0], regionId: [(${v})-[:LOCATED_IN]->(${v}_r:Region) | ${v}_r.id][0]}`,
  Network: (v: string) => `${v} {.id, .name, aliases: coalesce(${v}.aliases, []), kind: ${e(`${v}.kind`)}, status: ${e(`${v}.status`)},
    .established, .ended, .mandate, .meetingFrequency, partOfId: [(${v})-[:PART_OF]->(${v}_p:Network) | ${v}_p.id][0]}`,
  ActionPlan: (v: string) => `${v} {.id, .title, .shortTitle, aliases: coalesce(${v}.aliases, []), kind: ${e(`${v}.kind`)},
    level: ${e(`${v}.level`)}, .status, .periodStart, .periodEnd}`,
  Measure: (v: string) => `${v} {.id, .number, title: coalesce(${v}.title, 'Tiltak ' + ${v}.number), .description, .achievement,
    planId: [(${v}_pl:ActionPlan)-[:HAS_MEASURE]->(${v}) | ${v}_pl.id][0]}`,
  Region: (v: string) => `${v} {.id, .name, .kind, .code, parentId: [(${v})-[:WITHIN]->(${v}_p:Region) | ${v}_p.id][0]}`,
  Theme: (v: string) => `${v} {.id, name: coalesce(${v}.name, ${v}.id)}`,
  TargetGroup: (v: string) => `${v} {.id, name: coalesce(${v}.name, ${v}.id), .description}`,
  Indicator: (v: string) => `${v} {.id, .name, .category, .year, value: toFloat(${v}.value), .unit, .table, isTotal: coalesce(${v}.isTotal, false),
    measureId: [(${v}_m:Measure)-[:HAS_INDICATOR]->(${v}) | ${v}_m.id][0], actorId: [(${v}_a:Actor)-[:REPORTED]->(${v}) | ${v}_a.id][0]}`,
  Agreement: (v: string) => `${v} {.id, .name, kind: ${e(`${v}.kind`)}, .signed, measureId: [(${v})-[:CONCERNS]->(${v}_m:Measure) | ${v}_m.id][0]}`,
  Contact: (v: string) => `${v} {.id, .name, .email, .phone, .title, actorId: [(${v})-[:WORKS_AT]->(${v}_a:Actor) | ${v}_a.id][0]}`,
  Source: (v: string) => `${v} {.id, .file, .title, .date}`,
  StatusReport: (v: string) => `${v} {.asOf, status: ${e(`${v}.status`)}, .text, id: ${v}.id}`,
  Budget: (v: string) => `${v} {amountNok: toFloat(${v}.amount), .text, .year, id: ${v}.id}`,
  ResultGoal: (v: string) => `${v} {.number, .text, .achievement, id: ${v}.id}`,
  Meeting: (v: string) => `${v} {.date, .count, .text, id: ${v}.id}`,
} as const;

export type ProjectedLabel = keyof typeof projections;

/** Relationship citations as stored on the relationship (parallel lists). */
export const relCitations = (r: string) => `citations: {sourceIds: coalesce(${r}.sourceIds, []), quotes: coalesce(${r}.quotes, []), locators: coalesce(${r}.locators, [])}`;

/** GraphQL type name of an entity id's prefix. */
export const TYPE_BY_PREFIX: Record<string, ProjectedLabel> = {
  actor: 'Actor', network: 'Network', plan: 'ActionPlan', measure: 'Measure', region: 'Region', theme: 'Theme',
  targetgroup: 'TargetGroup', indicator: 'Indicator', agreement: 'Agreement', contact: 'Contact',
};
export const GRAPHQL_TYPE: Partial<Record<ProjectedLabel, string>> = {
  Actor: 'Actor', Network: 'Network', ActionPlan: 'ActionPlan', Measure: 'Measure', Region: 'Region', Theme: 'Theme',
  TargetGroup: 'TargetGroup', Indicator: 'Indicator', Agreement: 'Agreement', Contact: 'Contact',
};
