/**
 * Partial dates and `asOf`: the one rule, used by the loader, the edits, the lists, the map and the
 * membership filters (docs/data-model.md, "Dates").
 *
 * A partial date is a period, not a day: "2016" is the whole of 2016, "2016-12" the whole of
 * December. Date fields are of two kinds:
 * - events (`since`, `until`, `established`, `ended`, `signed`, `asOf`, `date`): the thing happened
 *   some time within the period; `until: "2016"` = "left some time in 2016".
 * - span bounds (`periodStart`, `periodEnd`, `validFrom`, `validTo`): the span covers the whole
 *   period; a plan for "2013-2016" runs from the first day of 2013 to the last day of 2016.
 *
 * A record counts at `asOf` A when the document places it over A for certain: it had certainly
 * started by the end of A and had certainly not ended before the start of A. So each date field is
 * stored (as `<field>Date`) as its *certain* bound: a start event as the last day of its period
 * (joined "in 2015" is certain from 2015-12-31), an end event as the first day of its period (left
 * "in 2016" is certain only up to 2016-01-01), span bounds as their first and last day. A query then
 * compares the start with A's last day and the end with A's first day:
 * - `until: "2016"` counts at asOf "2016" (a member during 2016) but not at "2016-12" (maybe gone);
 * - `since: "2015"` counts at "2015" and "2016-03" but not at "2015-06" (maybe not yet joined);
 * - a plan "2013-2016" counts at "2016-12-31", and at "2013-01".
 */
import neo4j from 'neo4j-driver';
import { Invalid } from '../errors.js';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A partial ISO date's first day as a Neo4j Date ("2016" → 2016-01-01). */
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

/** Date fields stored with a `<field>Date` companion. */
export const DATE_FIELDS = new Set([
  'since', 'until', 'established', 'ended', 'periodStart', 'periodEnd', 'asOf', 'date', 'signed', 'validFrom', 'validTo',
]);
/** Fields whose certain bound is the last day of their period: start events and span ends. */
const LAST_DAY_FIELDS = new Set(['since', 'established', 'signed', 'periodEnd', 'validTo']);

/** The stored Date of a date field: its certain bound (see the file comment). */
export function dateValue(field: string, iso: string) {
  return LAST_DAY_FIELDS.has(field) ? lastDay(iso) : firstDay(iso);
}

/** An `asOf` argument as the period it names: `{first, last}` Neo4j Dates, for `activeAt`. */
export interface AsOfPeriod { first: InstanceType<typeof neo4j.types.Date>; last: InstanceType<typeof neo4j.types.Date> }

/** Validates a YYYY / YYYY-MM / YYYY-MM-DD argument and returns the period it names. */
export function asOfPeriod(value: string, argumentName = 'asOf'): AsOfPeriod {
  checkDate(value, argumentName);
  return { first: firstDay(value), last: lastDay(value) };
}

/**
 * Cypher: the record whose stored start and end Dates are `start` and `end` (expressions, either
 * may be null) counts at the period parameter `param` (an AsOfPeriod map).
 */
export function activeAt(start: string, end: string, param = '$asOf'): string {
  return `(${start} IS NULL OR ${start} <= ${param}.last) AND (${end} IS NULL OR ${end} >= ${param}.first)`;
}

/** The same rule in JS, for memberships already loaded: `since`/`until` as the text gives them. */
export function membershipActiveAt(m: { since: string | null; until: string | null }, asOf: string): boolean {
  const period = asOfPeriod(asOf);
  const since = m.since ? dateValue('since', checkDate(m.since, 'since')).toString() : null;
  const until = m.until ? dateValue('until', checkDate(m.until, 'until')).toString() : null;
  return (!since || since <= period.last.toString()) && (!until || until >= period.first.toString());
}

function checkDate(value: string, argumentName: string): string {
  if (!isPartialDate(value)) {
    throw new Invalid(`\`${argumentName}\` must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got "${value.slice(0, 40)}").`, argumentName);
  }
  return value;
}

/** Validates a YYYY / YYYY-MM / YYYY-MM-DD argument and returns it as a Neo4j Date (its first day, or last with `end`). */
export function dateParam(value: string, argumentName: string, end = false) {
  checkDate(value, argumentName);
  return end ? lastDay(value) : firstDay(value);
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day (2023-02-31 and 2023-02-29 are not). */
export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  return !d || d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
