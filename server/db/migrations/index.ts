/**
 * Constraints and indexes, applied at every start. Each statement is idempotent (IF NOT EXISTS),
 * so starting twice, or several server processes at once, is safe.
 */
import { LABELS } from '../../data/dataset.js';
import type { Db } from '../driver.js';
import { migrateContactIds } from './contactIds.js';

/** Labels that are not part of the curated set but still need an id constraint. */
const EXTRA_LABELS = ['Entity', 'AuditEntry', 'ImportPreview', 'ImportBatch', 'SavedView', 'DataVersion', 'IdempotencyKey'] as const;

/** Range indexes on what the API filters and sorts on. */
const RANGE_INDEXES: [label: string, property: string][] = [
  ['Actor', 'kind'], ['Actor', 'level'], ['Actor', 'name'], ['Actor', 'isGenericRole'],
  ['Network', 'kind'], ['Network', 'status'], ['Network', 'name'], ['Network', 'established'],
  ['ActionPlan', 'level'], ['ActionPlan', 'title'], ['ActionPlan', 'periodStart'],
  ['Measure', 'sortKey'], ['StatusReport', 'asOf'], ['StatusReport', 'status'],
  ['Indicator', 'table'], ['Indicator', 'year'], ['Region', 'kind'], ['AuditEntry', 'at'], ['ImportBatch', 'at'], ['IdempotencyKey', 'expiresAt'],
];

/**
 * Full-text search over names, aliases, titles and descriptions. The standard-folding analyzer
 * folds æ/ø/å and diacritics to ASCII, so "imdi ost" finds "IMDi Øst" and "kjonnslemlestelse"
 * finds "kjønnslemlestelse"; aliases are indexed through `aliasText` (a joined copy of `aliases`).
 */
export const FULLTEXT_INDEX = 'samkart_search_v2';
/** Earlier full-text indexes (a full-text index's labels cannot be changed in place). */
const OLD_FULLTEXT_INDEXES = ['samkart_search'];

export function migrationStatements(): string[] {
  const constraints = [...LABELS, ...EXTRA_LABELS].map((label) =>
    `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  const ranges = RANGE_INDEXES.map(([label, prop]) =>
    `CREATE INDEX ${label.toLowerCase()}_${prop.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${prop})`);
  const fulltext = `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
    FOR (n:Actor|Network|ActionPlan|Measure|Collaboration|Resource|Region)
    ON EACH [n.name, n.shortName, n.aliasText, n.title, n.shortTitle, n.description, n.number]
    OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`;
  const dropOld = OLD_FULLTEXT_INDEXES.map((name) => `DROP INDEX ${name} IF EXISTS`);
  return [...constraints, ...ranges, fulltext, ...dropOld];
}

export async function migrate(db: Db): Promise<number> {
  const statements = migrationStatements();
  for (const s of statements) await db.write(s);
  await db.write('CALL db.awaitIndexes(60)');
  await migrateContactIds(db);
  return statements.length;
}
