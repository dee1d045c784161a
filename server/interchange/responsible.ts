/**
 * Reads a responsibility cell as planners write it: several names in one cell, each with a role.
 *
 *   "Barnevernet, helsestasjonen (leder: NAV)"   → Barnevernet, helsestasjonen executing; NAV lead
 *   "NAV (leder), barnevernet"                   → NAV lead; barnevernet executing
 *   "Koordinator i samarbeid med kommunalsjefene" → Koordinator lead; kommunalsjefene contributing
 *   "\"Barne-, ungdoms- og familieetaten\", NAV" → a quoted name keeps its commas
 *
 * Names are split on commas, semicolons and line breaks, not on a comma right after a hyphen
 * ("Barne-, ungdoms- og familieetaten"). A name without a role is executing, as in the curated
 * data. Brackets that hold no role word stay part of the name ("NAV (Moss)").
 */
import { responsibilityRole, ROLE_LABEL, ROLE_WORDS, type ResponsibilityRole } from './vocab.js';
import { key } from './vocab.js';

export interface NamedRole { name: string; role: ResponsibilityRole }

export function parseResponsible(cell: string): NamedRole[] {
  const out: NamedRole[] = [];
  let rest = cell.trim();
  // "(leder: NAV, IMDi)": groups with a role word and a colon (quotes and brackets inside kept).
  rest = takeRoleGroups(rest, (role, names) => { for (const n of splitNames(names)) out.push({ name: n, role }); });
  // "X i samarbeid med Y": X lead, Y contributing.
  const together = /\s+(i samarbeid med|i samråd med|sammen med|in cooperation with|with the help of)\s+/i.exec(rest);
  if (together) {
    const before = rest.slice(0, together.index), after = rest.slice(together.index + together[0].length);
    const first = splitNames(before).map(withSuffixRole);
    const second = splitNames(after).map(withSuffixRole);
    for (const n of first) out.unshift({ name: n.name, role: n.role ?? 'lead' });
    for (const n of second) out.push({ name: n.name, role: n.role ?? 'contributing' });
    return dedupe(out);
  }
  const plain = splitNames(rest).map(withSuffixRole);
  return dedupe([...plain.map((n) => ({ name: n.name, role: n.role ?? 'executing' as const })), ...out]);
}

/** Removes "(role: names)" groups from a cell, handing each to `found`; other brackets stay. */
function takeRoleGroups(cell: string, found: (role: ResponsibilityRole, names: string) => void): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (ch === '"') quoted = !quoted;
    if (ch !== '(' || quoted) { out += ch; continue; }
    // Find the matching bracket, minding quotes and nested brackets.
    let depth = 0, q = false, j = i;
    for (; j < cell.length; j++) {
      if (cell[j] === '"') q = !q;
      else if (!q && cell[j] === '(') depth++;
      else if (!q && cell[j] === ')' && --depth === 0) break;
    }
    const inner = cell.slice(i + 1, j);
    const m = /^\s*([^():"]+?)\s*:\s*([\s\S]*)$/.exec(inner);
    const role = m ? responsibilityRole(m[1]) : undefined;
    if (m && role && j < cell.length) { found(role, m[2]); out += ','; i = j; } else out += ch;
  }
  return out;
}

/** "NAV (leder)" → NAV with role lead; "NAV (Moss)" stays a name. */
function withSuffixRole(name: string): { name: string; role?: ResponsibilityRole } {
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(name);
  if (m) {
    const role = responsibilityRole(m[2]);
    if (role) return { name: m[1], role };
  }
  return { name };
}

/** Splits on , ; and line breaks outside quotes and brackets, keeping "Barne-, ungdoms-" together. */
export function splitNames(text: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false, depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === '«' || ch === '»') { if (ch === '"') quoted = !quoted; else quoted = ch === '«'; continue; }
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth = Math.max(0, depth - 1);
    const separator = !quoted && depth === 0 && (ch === ';' || ch === '\n' || (ch === ',' && !/-\s*$/.test(cur)));
    if (separator) { parts.push(cur); cur = ''; } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.replace(/\s+/g, ' ').replace(/^[\s.\-–•*]+|[\s.]+$/g, '').replace(/^og\s+|^and\s+/i, '').trim()).filter((p) => p && !ROLE_ONLY.has(key(p)));
}

const ROLE_ONLY = new Set(Object.values(ROLE_WORDS).flat().map(key));

function dedupe(list: NamedRole[]): NamedRole[] {
  const seen = new Set<string>();
  return list.filter((n) => { const k = `${key(n.name)}|${n.role}`; if (seen.has(k)) return false; seen.add(k); return true; });
}

/**
 * The cell the export writes: executing names first, then one "(role: names)" group per other
 * role; names with a comma or a bracket are quoted so they read back whole.
 */
export function formatResponsible(list: { name: string; role: string }[]): string {
  const q = (n: string) => (/[,;()"\n]/.test(n) ? `"${n.replace(/"/g, "'")}"` : n);
  const byRole = new Map<string, string[]>();
  for (const r of list) {
    if (!byRole.has(r.role)) byRole.set(r.role, []);
    byRole.get(r.role)!.push(q(r.name));
  }
  const parts: string[] = [];
  if (byRole.has('executing')) parts.push(byRole.get('executing')!.join(', '));
  for (const role of ['lead', 'contributing', 'commissioning', 'funding'] as ResponsibilityRole[]) {
    if (byRole.has(role)) parts.push(`(${ROLE_LABEL[role]}: ${byRole.get(role)!.join(', ')})`);
  }
  return parts.join(' ');
}
