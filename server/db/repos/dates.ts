import { Invalid } from '../errors.js';
import { firstDay, lastDay } from '../../data/loader.js';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Validates a YYYY / YYYY-MM / YYYY-MM-DD argument and returns it as a Neo4j Date (its first day, or last with `end`). */
export function dateParam(value: string, argumentName: string, end = false) {
  if (!PARTIAL_DATE.test(value)) {
    throw new Invalid(`\`${argumentName}\` must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got "${value.slice(0, 40)}").`, argumentName);
  }
  return end ? lastDay(value) : firstDay(value);
}

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}
