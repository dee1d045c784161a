/**
 * The shape of the curated dataset (data/*.yaml), as zod schemas. data/README.md documents the same
 * shape for reviewers; the closed sets here are the ones the graph and the API use.
 */
import { z } from 'zod';

export const ACTOR_KINDS = [
  'ministry', 'directorate', 'regional-office', 'agency', 'county-governor', 'county-authority',
  'municipality', 'municipal-service', 'city-district', 'police', 'school', 'crisis-centre',
  'family-counselling', 'child-welfare', 'health', 'nav', 'competence-centre', 'research', 'ngo',
  'embassy', 'political-body', 'other-public', 'generic-role',
] as const;
export const LEVELS = ['national', 'regional', 'county', 'municipal', 'local', 'international'] as const;
export const SECTORS = [
  'police', 'child-welfare', 'health', 'school', 'nav', 'udi', 'rvts', 'family-counselling', 'imdi',
  'crisis-centre', 'municipality', 'county', 'county-governor', 'ministry', 'directorate', 'ngo',
  'embassy', 'research', 'other',
] as const;
export const MEMBERSHIP_ROLES = ['leader', 'coordinator', 'secretariat', 'working-group', 'member'] as const;
export const RESPONSIBILITY_ROLES = ['lead', 'executing', 'contributing', 'commissioning', 'funding'] as const;
export const STATUSES = ['done', 'in-progress', 'partly-done', 'not-done', 'unclear', 'cancelled'] as const;
export const NETWORK_KINDS = [
  'regional', 'county', 'local', 'national', 'working-group', 'forum', 'team', 'interdepartmental',
] as const;
export const NETWORK_STATUSES = ['active', 'proposed', 'starting', 'ended'] as const;
export const PLAN_KINDS = ['action-plan', 'strategy', 'escalation-plan', 'measures-plan', 'mandate', 'other'] as const;
export const PLAN_LEVELS = ['national', 'regional', 'county', 'municipal'] as const;
export const REGION_KINDS = ['country', 'region', 'county', 'municipality', 'district'] as const;
export const AGREEMENT_KINDS = ['collaboration', 'pilot'] as const;
export const RESOURCE_KINDS = ['website', 'guide', 'course', 'material', 'conference', 'report', 'other'] as const;

/** A date as precise as the source is: 2017, 2017-06 or 2017-06-23. */
export const partialDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'),
);

const text = z.string().trim().min(1, 'must not be empty');
const numberish = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), text);
const idOf = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9][a-z0-9./_-]*$`), `must be an id like ${prefix}:some-slug (lower-case a-z, 0-9, . / _ -)`);

export const ids = {
  source: idOf('source'), region: idOf('region'), theme: idOf('theme'), targetGroup: idOf('targetgroup'),
  actor: idOf('actor'), network: idOf('network'), plan: idOf('plan'), measure: idOf('measure'),
  indicator: idOf('indicator'), agreement: idOf('agreement'),
  // A contact's id is seen where the name is not (links, logs, exports): opaque, never made from the name.
  contact: z.string().regex(/^contact:[0-9a-f]{12}$/, 'must be an opaque id: contact: and 12 hex digits chosen at random (e.g. `openssl rand -hex 6`), never made from the name'),
  collaboration: idOf('collaboration'), guideline: idOf('guideline'), resource: idOf('resource'),
};

/** Where in the file's document a fact comes from. */
export const citation = z.object({
  quote: text.max(400, 'a quote is a short excerpt: at most 400 characters'),
  locator: text.optional(),
}).strict();
const sources = z.array(citation).min(1, 'every fact needs at least one source');
/** A name another actor or network also uses, kept on purpose: the reason says why (data report). */
const sharedAliases = z.array(z.object({ alias: text, reason: text }).strict()).optional();

/** A period bound to another region or a number: from / to as span bounds (the whole year or month). */
const regionSpan = { from: partialDate.optional(), to: partialDate.optional() };
export const regionRecord = z.object({
  id: ids.region, name: text, kind: z.enum(REGION_KINDS).optional(), code: numberish.optional(),
  parent: ids.region.optional(), aliases: z.array(text).optional(),
  /** When the region existed (span bounds: validTo "2019" = to the end of 2019). */
  validFrom: partialDate.optional(), validTo: partialDate.optional(),
  /** Its numbers per period (a municipality renumbered in 2020 and 2024). */
  codes: z.array(z.object({ code: numberish, ...regionSpan }).strict()).optional(),
  /** The regions it lay within, each for a period (WITHIN {validFrom, validTo}). */
  within: z.array(z.object({ region: ids.region, ...regionSpan }).strict()).optional(),
  /** The regions that replaced it (merger, split, renaming). */
  succeededBy: z.array(ids.region).optional(),
  /** Later regions whose area takes in this one's (WITHIN {area: true} while this one existed). */
  areaWithin: z.array(ids.region).optional(),
  sources,
}).strict();
export const themeRecord = z.object({ id: ids.theme, name: text.optional(), aliases: z.array(text).optional(), sources }).strict();
export const targetGroupRecord = z.object({
  id: ids.targetGroup, name: text.optional(), description: text.optional(), sources,
}).strict();

export const actorRecord = z.object({
  id: ids.actor, name: text.optional(), shortName: text.optional(), aliases: z.array(text).optional(),
  kind: z.enum(ACTOR_KINDS).optional(), level: z.enum(LEVELS).optional(), sector: z.enum(SECTORS).optional(),
  isGenericRole: z.boolean().optional(), parent: ids.actor.optional(), region: ids.region.optional(),
  description: text.optional(), url: text.optional(), sharedAliases, sources,
}).strict();

export const membership = z.object({
  actor: ids.actor, role: z.enum(MEMBERSHIP_ROLES), since: partialDate.optional(), until: partialDate.optional(),
  note: text.optional(), sources,
}).strict();
export const meeting = z.object({
  date: partialDate.optional(), count: z.number().int().nonnegative().optional(), text: text.optional(), sources,
}).strict();
export const networkRecord = z.object({
  id: ids.network, name: text.optional(), aliases: z.array(text).optional(), sharedAliases, kind: z.enum(NETWORK_KINDS).optional(),
  status: z.enum(NETWORK_STATUSES).optional(), established: partialDate.optional(), ended: partialDate.optional(),
  mandate: text.optional(), meetingFrequency: text.optional(), meetings: z.array(meeting).optional(),
  partOf: ids.network.optional(), regions: z.array(ids.region).optional(), themes: z.array(ids.theme).optional(),
  anchoredIn: z.array(ids.plan).optional(), guideline: ids.guideline.optional(),
  members: z.array(membership).optional(), sources,
}).strict();

export const planRecord = z.object({
  id: ids.plan, title: text.optional(), shortTitle: text.optional(), aliases: z.array(text).optional(),
  kind: z.enum(PLAN_KINDS).optional(), level: z.enum(PLAN_LEVELS).optional(),
  status: z.enum(['adopted', 'proposed']).optional(), periodStart: partialDate.optional(), periodEnd: partialDate.optional(),
  owners: z.array(z.object({ actor: ids.actor, sources }).strict()).optional(),
  succeeds: z.array(ids.plan).optional(), anchoredIn: z.array(ids.plan).optional(),
  themes: z.array(ids.theme).optional(), regions: z.array(ids.region).optional(), sources,
}).strict();

export const budget = z.object({
  amount: z.number().nonnegative().optional(), text, year: partialDate.optional(), sources,
}).strict();
export const resultGoal = z.object({
  number: z.number().int().positive().optional(), text, achievement: text.optional(), sources,
}).strict();
export const responsibility = z.object({
  actor: ids.actor, role: z.enum(RESPONSIBILITY_ROLES), note: text.optional(), sources,
}).strict();
export const statusReport = z.object({
  asOf: partialDate, status: z.enum(STATUSES), text: text.optional(), sources,
}).strict();
export const measureRecord = z.object({
  id: ids.measure, plan: ids.plan.optional(), number: numberish.optional(), title: text.optional(),
  description: text.optional(), budgets: z.array(budget).optional(), resultGoals: z.array(resultGoal).optional(),
  achievement: text.optional(), responsibilities: z.array(responsibility).optional(),
  statuses: z.array(statusReport).optional(), refersTo: z.array(ids.measure).optional(),
  themes: z.array(ids.theme).optional(), targetGroups: z.array(ids.targetGroup).optional(), sources,
}).strict();

export const indicatorRecord = z.object({
  id: ids.indicator, name: text, category: text.optional(), year: z.number().int().min(1900).max(2100).optional(),
  value: z.number(), unit: text, table: text.optional(), isTotal: z.boolean().optional(),
  measure: ids.measure.optional(), actor: ids.actor.optional(), sources,
}).strict();

export const agreementRecord = z.object({
  id: ids.agreement, name: text, kind: z.enum(AGREEMENT_KINDS), signed: partialDate.optional(),
  measure: ids.measure.optional(), parties: z.array(z.object({ actor: ids.actor, sources }).strict()).min(1), sources,
}).strict();

export const contactRecord = z.object({
  id: ids.contact, name: text, email: z.string().email('must be an e-mail address').optional(), phone: text.optional(),
  title: text.optional(), actor: ids.actor.optional(), measures: z.array(ids.measure).optional(), sources,
}).strict();

export const collaborationRecord = z.object({
  id: ids.collaboration, actors: z.array(ids.actor).min(2, 'a collaboration needs at least two actors'),
  name: text.optional(), description: text, date: partialDate.optional(), sources,
}).strict();

/** A product of a measure: a website, a guide, a course ("Lokalt Mot"). */
export const resourceRecord = z.object({
  id: ids.resource, name: text, aliases: z.array(text).optional(), kind: z.enum(RESOURCE_KINDS),
  description: text.optional(), url: text.optional(), year: partialDate.optional(),
  producedBy: z.array(ids.measure).optional(), madeBy: z.array(ids.actor).optional(), sources,
}).strict();

export const guidelineRecord = z.object({
  id: ids.guideline, name: text, sectors: z.array(z.enum(SECTORS)).min(1), sources,
}).strict();

export const sourceRecord = z.object({
  id: ids.source, file: text, title: text, date: partialDate.optional(), publisher: ids.actor.optional(),
}).strict();

/** One data file: one source document and the facts curated from it. */
export const dataFile = z.object({
  source: sourceRecord,
  regions: z.array(regionRecord).default([]),
  themes: z.array(themeRecord).default([]),
  targetGroups: z.array(targetGroupRecord).default([]),
  actors: z.array(actorRecord).default([]),
  networks: z.array(networkRecord).default([]),
  plans: z.array(planRecord).default([]),
  measures: z.array(measureRecord).default([]),
  indicators: z.array(indicatorRecord).default([]),
  agreements: z.array(agreementRecord).default([]),
  contacts: z.array(contactRecord).default([]),
  collaborations: z.array(collaborationRecord).default([]),
  resources: z.array(resourceRecord).default([]),
  guidelines: z.array(guidelineRecord).default([]),
}).strict();

export type DataFile = z.infer<typeof dataFile>;
export type Citation = z.infer<typeof citation>;
