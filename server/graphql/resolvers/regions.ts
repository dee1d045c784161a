/** Regions with time: validity, numbers per period, succession, what lies within at a date. */
import { asOfPeriod } from '../../db/repos/dates.js';
import { countries, regionChildrenAt, regionsAt, regionsWithin } from '../../db/repos/regions.repo.js';
import type { RegionRow } from '../../db/rows.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { selectionOf } from '../selection.js';

const today = () => new Date().toISOString().slice(0, 10);

export const regionResolvers: Resolvers = {
  Query: {
    regionsAt: (_, { asOf, kinds }, { db }) => regionsAt(db, asOfPeriod(asOf ?? today()), kinds?.length ? kinds : null),
    countries: (_, __, { db }) => countries(db),
    regionScope: (_, { region, asOf }, { db }) => regionsWithin(db, region, asOf),
  },
  Region: {
    validFrom: (r) => r.validFrom ?? null,
    validTo: (r) => r.validTo ?? null,
    // Not a value field of the compiler (a list of objects): from the row, or loaded by id.
    codes: async (r, _, { loaders }) => (r.codeList ?? (await loaders.node<RegionRow>('Region').load(r.id))?.codeList ?? []).map((c) => {
      const [code, from, to] = c.split('|');
      return { code, validFrom: from || null, validTo: to || null };
    }),
    succeededBy: (r, _, { loaders }, info) => loaders.related<RegionRow>('Region.succeededBy', selectionOf(info)).load(r.id),
    predecessors: (r, _, { loaders }, info) => loaders.related<RegionRow>('Region.predecessors', selectionOf(info)).load(r.id),
    contains: (r, { asOf }, { db }) => regionChildrenAt(db, r.id, asOfPeriod(asOf ?? today())),
    isNorwegian: (r) => r.isNorwegian ?? r.kind !== 'country',
    label: (r) => r.label ?? (r.validFrom || r.validTo ? `${r.name} (${r.validFrom ?? ''}–${r.validTo ?? ''})` : r.name),
  },
};

/** English of the data's short texts (themes, indicator names, categories, units): data/i18n/en.yaml. */
export const languageResolvers: Resolvers = {
  Theme: { name: (t, { language }) => (language === 'EN' ? t.nameEn ?? t.name : t.name) },
  Indicator: {
    name: (i, { language }) => (language === 'EN' ? i.nameEn ?? i.name : i.name),
    category: (i, { language }) => (language === 'EN' ? i.categoryEn ?? i.category : i.category),
    unit: (i, { language }) => (language === 'EN' ? i.unitEn ?? i.unit : i.unit),
  },
};
