/** The one place Neo4j values become plain JSON-friendly values (integers, temporals, nodes). */
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)
    || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return String(value);
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain((value as { properties: unknown }).properties);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}
