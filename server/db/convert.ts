/** The one place Neo4j values become plain JSON-friendly values (integers, temporals, nodes). */
import neo4j from 'neo4j-driver';

/**
 * Lists and maps as the driver decodes them (fresh for every result) are converted in place: most
 * of an answer is maps of strings, and a copy of each was the larger part of the cost.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const map = value as Record<string, unknown>;
    for (const k in map) {
      const v = map[k];
      if (v === undefined || (v !== null && typeof v === 'object')) map[k] = toPlain(v);
    }
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)
    || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return String(value);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain((value as { properties: unknown }).properties);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}
