/**
 * The default operation limits are GraphQL Armor's, except where the web app needs more, and every
 * document of the web app fits in them. If the web app's largest document shrinks below Armor's
 * cost limit, this test says so: the default should then go back to Armor's.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema, Kind, parse, print, validate, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import * as documents from '../../web/src/gql/graphql.js';
import { loadConfig } from '../../server/config.js';
import { operationCost } from '../../server/cost.js';
import { loadTypeDefs } from '../../server/graphql/schema.js';

/** GraphQL Armor's defaults (its documentation and @escape.tech/graphql-armor-* sources). */
const ARMOR = { maxDepth: 6, maxAliases: 15, maxDirectives: 50, maxTokens: 1000, maxCost: 5000 };
/** Variables the web app sends with its documents (page sizes given as variables). */
const WEB_VARIABLES: Record<string, Record<string, unknown>> = { SearchDocument: { first: 10 } };

const schema = buildSchema(loadTypeDefs());
const limits = loadConfig({}).limits;
const web = Object.entries(documents).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];

function costOf(name: string, doc: DocumentNode): number {
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return Math.max(...ops.map((op) => operationCost(schema, op, fragments, WEB_VARIABLES[name] ?? {})));
}

describe('default operation limits', () => {
  it('are Armor\'s for depth, aliases, directives and tokens', () => {
    expect({ maxDepth: limits.maxDepth, maxAliases: limits.maxAliases, maxDirectives: limits.maxDirectives, maxTokens: limits.maxTokens })
      .toEqual({ maxDepth: ARMOR.maxDepth, maxAliases: ARMOR.maxAliases, maxDirectives: ARMOR.maxDirectives, maxTokens: ARMOR.maxTokens });
  });

  it('let every document of the web app through', () => {
    expect(web.length).toBeGreaterThan(20);
    const rules = new ApolloArmor({
      maxDepth: { n: limits.maxDepth, flattenFragments: true }, maxAliases: { n: limits.maxAliases }, maxDirectives: { n: limits.maxDirectives },
      costLimit: { enabled: false }, maxTokens: { enabled: false },
    }).protect().validationRules;
    for (const [name, doc] of web) {
      expect(validate(schema, doc, rules as never).map((e) => e.message), name).toEqual([]);
      expect(() => parse(print(doc), { maxTokens: limits.maxTokens }), name).not.toThrow();
      expect(costOf(name, doc), name).toBeLessThanOrEqual(limits.maxCost);
    }
  });

  it('differ from Armor\'s cost only as far as the web app needs (README, "Limits and errors")', () => {
    const largest = Math.max(...web.map(([name, doc]) => costOf(name, doc)));
    // Armor's 5,000 would refuse the web app's map options (regions, themes and 500 plans).
    expect(largest).toBeGreaterThan(ARMOR.maxCost);
    expect(limits.maxCost).toBeGreaterThanOrEqual(largest);
    expect(limits.maxCost).toBeLessThanOrEqual(Math.ceil(largest * 1.1 / 500) * 500);
  });
});
