import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { en, nb, format, translate, type MessageKey } from '../../web/src/i18n/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Enum values of the API contract, read from the SDL, so a new enum value without a translation fails here. */
function enumValues(name: string): string[] {
  const dir = path.resolve('schema');
  for (const m of readdirSync(dir)) {
    const doc = parse(readFileSync(path.join(dir, m, 'schema.graphql'), 'utf8'));
    for (const d of doc.definitions) {
      if (d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name) return (d.values ?? []).map((v) => v.name.value);
    }
  }
  throw new Error(`enum ${name} not found in schema/`);
}

describe('i18n', () => {
  it('has every key in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb) as MessageKey[]) {
      expect(nb[key].trim(), `nb ${key}`).not.toBe('');
      expect(en[key].trim(), `en ${key}`).not.toBe('');
      expect(placeholders(en[key]), `placeholders of ${key}`).toEqual(placeholders(nb[key]));
    }
  });

  it.each([
    ['kind', 'ActorKind'], ['level', 'Level'], ['status', 'MeasureStatus'], ['role', 'ResponsibilityRole'],
    ['mrole', 'MembershipRole'], ['gap', 'GapKind'], ['severity', 'Severity'], ['nkind', 'NetworkKind'],
    ['searchkind', 'SearchKind'], ['context', 'CollaborationContextKind'],
  ])('translates every value of the API enum %s.* (%s)', (prefix, enumName) => {
    for (const v of enumValues(enumName)) expect(`${prefix}.${v}` in nb, `${prefix}.${v}`).toBe(true);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{nodes} aktører, {edges} lenker', { nodes: 3, edges: 4 })).toBe('3 aktører, 4 lenker');
    expect(format('Hei {navn}', {})).toBe('Hei {navn}');
    expect(translate('en', 'map.stats', { nodes: 1, edges: 2, communities: 3 })).toBe('1 actors, 2 collaboration links, 3 clusters');
    expect(translate('nb', 'status.NOT_DONE')).toBe('Ikke gjennomført');
  });

  it('actually translates: English differs from Norwegian for most keys', () => {
    const same = (Object.keys(nb) as MessageKey[]).filter((k) => nb[k] === en[k]);
    expect(same.length / Object.keys(nb).length).toBeLessThan(0.1);
  });
});
