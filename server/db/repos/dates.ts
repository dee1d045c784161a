/**
 * Partial dates ("2016", "2016-08", "2016-08-23") as Neo4j Dates: a partial date is a period, so a
 * start compares by its first day and an end by its last ("until 2016" = 2016-12-31). The one place
 * this is decided (DESIGN.md); the loader, the writes and the filters all use it.
 */
import neo4j from 'neo4j-driver';
import { Invalid } from '../errors.js';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Fields that close a period: stored as the last day of what the text says. */
const END_FIELDS = new Set(['until', 'ended', 'periodEnd']);

/** A partial ISO date's first day as a Neo4j Date, so range filters can compare real dates. */
export function firstDay(iso: string) {
  const [y, m = '1', d = '1'] = iso.split('-');
  return new neo4j.types.Date(Number(y), Number(m), Number(d));
}

/** A partial ISO date's last day ("2016" → 2016-12-31, "2016-02" → 2016-02-29). */
export function lastDay(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  if (d) return new neo4j.types.Date(y, m, d);
  if (m) return new neo4j.types.Date(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return new neo4j.types.Date(y, 12, 31);
}

/** The stored Date of a date field: first day for starts, last day for ends. */
export function dateValue(field: string, iso: string) {
  return END_FIELDS.has(field) ? lastDay(iso) : firstDay(iso);
}

/** Validates a YYYY / YYYY-MM / YYYY-MM-DD argument and returns it as a Neo4j Date (its first day, or last with `end`). */
export function dateParam(value: string, argumentName: string, end = false) {
  if (!isPartialDate(value)) {
    throw new Invalid(`\`${argumentName}\` must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got "${value.slice(0, 40)}").`, argumentName);
  }
  return end ? lastDay(value) : firstDay(value);
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day (2023-02-31 and 2023-02-29 are not). */
export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  return !d || d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
