import { GraphQLError } from 'graphql';
import { hasRole, requireRole } from '../../auth.js';
import type { Context } from '../../context.js';
import { wholeList } from '../../db/repos/list.repo.js';
import { indicators, search } from '../../db/repos/misc.repo.js';
import type { ActorRow, AgreementRow, ContactRow, MeasureRow, RegionRow, ThemeRow } from '../../db/rows.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { selectionOf } from '../selection.js';
import { loadFoundNode } from './node.js';
import { loadWholeList, sourcesOf } from './shared.js';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Quotes may name contact persons ("Kontaktperson: ..."): masked for anonymous callers. */
export function maskPersonalData(quote: string, names: string[]): string {
  let out = quote.replace(EMAIL, '[e-post skjult]');
  for (const name of names) if (name.length > 3) out = out.split(name).join('[navn skjult]');
  return out;
}

const KIND_LABEL = {
  ACTOR: 'Actor', NETWORK: 'Network', PLAN: 'ActionPlan', MEASURE: 'Measure', COLLABORATION: 'Collaboration', RESOURCE: 'Resource', REGION: 'Region',
} as const;
const LABEL_KIND = {
  Actor: 'ACTOR', Network: 'NETWORK', ActionPlan: 'PLAN', Measure: 'MEASURE', Collaboration: 'COLLABORATION', Resource: 'RESOURCE', Region: 'REGION',
} as const;
/** Kinds searched when none are asked for (regions only on request: a region hit brings its networks anyway). */
const DEFAULT_KINDS = ['ACTOR', 'NETWORK', 'PLAN', 'MEASURE', 'COLLABORATION', 'RESOURCE'] as const;

/** Every Contact field is personal data: checked here, so no nested path can reach it anonymously. */
const personal = <K extends keyof ContactRow>(field: K) => (c: ContactRow, _: unknown, ctx: Context) => {
  requireRole(ctx.viewer, 'viewer', 'Contact persons (personal data)');
  return c[field];
};

export const miscResolvers: Resolvers = {
  Query: {
    search: async (_, { text, kinds, first }, { db }) => {
      const t = text.trim();
      if (t.length < 1 || t.length > 200) throw new GraphQLError('`text` must be 1 to 200 characters.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'text' } });
      const n = first ?? 20;
      if (n < 1 || n > 100) throw new GraphQLError('`first` must be from 1 to 100.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
      const labels = (kinds?.length ? kinds : DEFAULT_KINDS).map((k) => KIND_LABEL[k]);
      return search(db, t, labels, n);
    },
    // Indicators stay on the loader path: their order is a composite key (table, sequence number,
    // year, category) that the compiled list's single sort key and cursor cannot express, and
    // indicatorTables groups the same rows in JavaScript. Their fields are plain values, so the
    // list is still one round trip (citations, when selected, are one more, batched).
    indicators: (_, args, { db }) => indicators(db, args),
    indicatorTables: async (_, __, { db }) => {
      const all = await indicators(db, {});
      const tables = new Map<string, typeof all>();
      for (const i of all) if (i.table) tables.set(i.table, [...(tables.get(i.table) ?? []), i]);
      return [...tables].map(([table, cells]) => ({ table, indicators: cells }));
    },
    agreements: (_, { kind }, ctx, info) => loadWholeList<AgreementRow>(ctx, info, wholeList.agreements(kind ? kind.toLowerCase() : null)),
    agreement: (_, { id }, { loaders }, info) => loaders.node<AgreementRow>('Agreement', selectionOf(info)).load(id),
    contacts: (_, __, ctx, info) => {
      requireRole(ctx.viewer, 'viewer', 'Contact persons (personal data)');
      return loadWholeList<ContactRow>(ctx, info, wholeList.contacts());
    },
    regions: (_, __, ctx, info) => loadWholeList<RegionRow>(ctx, info, wholeList.regions()),
    themes: (_, __, ctx, info) => loadWholeList<ThemeRow>(ctx, info, wholeList.themes()),
  },
  SearchHit: {
    node: (h, _, ctx, info) => loadFoundNode(h.id, ctx, info) as never,
    kind: (h) => LABEL_KIND[h.type],
  },
  IndicatorTable: {
    categories: (t, { language }) => [...new Set(t.indicators.map((i) => (language === 'EN' ? i.categoryEn ?? i.category : i.category)).filter((c): c is string => !!c))],
    years: (t) => [...new Set(t.indicators.map((i) => i.year).filter((y): y is number => y != null))].sort((a, b) => a - b),
  },
  Indicator: {
    measure: (i, _, { loaders }, info) => (i.measureId ? loaders.node<MeasureRow>('Measure', selectionOf(info)).load(i.measureId) : null),
    reportedBy: (i, _, { loaders }, info) => (i.actorId ? loaders.node<ActorRow>('Actor', selectionOf(info)).load(i.actorId) : null),
    sources: sourcesOf,
  },
  Agreement: {
    measure: (a, _, { loaders }, info) => (a.measureId ? loaders.node<MeasureRow>('Measure', selectionOf(info)).load(a.measureId) : null),
    parties: (a, _, { loaders }, info) => loaders.related<ActorRow>('Agreement.parties', selectionOf(info)).load(a.id),
    sources: sourcesOf,
  },
  Contact: {
    name: personal('name'),
    email: personal('email'),
    phone: personal('phone'),
    title: personal('title'),
    actor: (c, _, ctx) => {
      requireRole(ctx.viewer, 'viewer', 'Contact persons (personal data)');
      return c.actorId ? ctx.loaders.node<ActorRow>('Actor').load(c.actorId) : null;
    },
    measures: (c, _, ctx) => {
      requireRole(ctx.viewer, 'viewer', 'Contact persons (personal data)');
      return ctx.loaders.related<MeasureRow>('Contact.measures').load(c.id);
    },
    sources: (c, a, ctx) => (hasRole(ctx.viewer, 'viewer') ? sourcesOf(c, a, ctx) : []),
  },
  Region: {
    parent: (r, _, { loaders }, info) => (r.parentId ? loaders.node<RegionRow>('Region', selectionOf(info)).load(r.parentId) : null),
    sources: sourcesOf,
  },
  Citation: {
    quote: async (c, _, ctx, info) => {
      // A compiled citation is keyed by response key (server/graphql/schema.ts).
      const quote = (c as { __c?: boolean }).__c ? (c as unknown as Record<string, string>)[info.path.key] : c.quote;
      return hasRole(ctx.viewer, 'viewer') ? quote : maskPersonalData(quote, await ctx.loaders.contactNames.load('all'));
    },
  },
  Theme: { sources: sourcesOf },
  TargetGroup: { sources: sourcesOf },
};
