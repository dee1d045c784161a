/**
 * Matches the names written in a sheet against the actors Samkart knows: exactly (name, short
 * name or an alias as written), then folded (case, accents, æøå and punctuation ignored), then
 * fuzzily with a score (the better of edit-distance and letter-pair similarity, with Norwegian
 * definite endings set aside: "helsestasjonen" ~ "helsestasjonene"). A fuzzy match is proposed
 * only when it is clearly the best; otherwise the name is proposed as a new actor, with the
 * nearest candidates as alternatives for the user to choose from.
 */
import { isGenericRoleName, key } from './vocab.js';

export interface KnownActor { id: string; name: string; shortName: string | null; aliases: string[]; isGenericRole: boolean; kind: string | null }
export type MatchKind = 'exact' | 'normalized' | 'fuzzy' | 'new';
export interface Candidate { id: string; name: string; score: number; via: string }
export interface NameMatch {
  name: string;
  kind: MatchKind;
  /** The actor proposed; null proposes a new actor. */
  proposed: Candidate | null;
  alternatives: Candidate[];
  /** The name is a role ("virksomhetsledere"), not a body. */
  genericRole: boolean;
}

/** Proposed automatically at or above this score, when no other candidate is close. */
export const FUZZY_ACCEPT = 0.86;
/** Shown as an alternative at or above this score. */
export const FUZZY_SHOW = 0.55;

interface Entry { actor: KnownActor; text: string; folded: string; stem: string; pairs: Map<string, number> }

/** An index of the known actors' names, built once per preview. */
export class ActorIndex {
  private exact = new Map<string, KnownActor[]>();
  private folded = new Map<string, KnownActor[]>();
  private entries: Entry[] = [];
  readonly byId = new Map<string, KnownActor>();

  constructor(actors: KnownActor[]) {
    for (const a of actors) {
      this.byId.set(a.id, a);
      const names = [a.name, a.shortName, ...a.aliases].filter((n): n is string => !!n);
      for (const n of new Set(names)) {
        push(this.exact, n.trim(), a);
        const f = key(n);
        push(this.folded, f, a);
        this.entries.push({ actor: a, text: n, folded: f, stem: stem(f), pairs: bigrams(stem(f)) });
      }
    }
  }

  match(name: string): NameMatch {
    const genericRole = isGenericRoleName(name);
    const exact = uniqueActors(this.exact.get(name.trim()) ?? []);
    if (exact.length) return this.result(name, 'exact', exact, 1, genericRole);
    const f = key(name);
    const folded = uniqueActors(this.folded.get(f) ?? []);
    if (folded.length) return this.result(name, 'normalized', folded, 0.98, genericRole);
    const s = stem(f);
    const pairs = bigrams(s);
    const best = new Map<string, Candidate>();
    for (const e of this.entries) {
      const score = similarity(s, pairs, e);
      if (score < FUZZY_SHOW) continue;
      const prev = best.get(e.actor.id);
      if (!prev || prev.score < score) best.set(e.actor.id, { id: e.actor.id, name: e.actor.name, score: round(score), via: e.text });
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, 5);
    const top = ranked[0];
    const clear = top && top.score >= FUZZY_ACCEPT && (!ranked[1] || top.score - ranked[1].score >= 0.04);
    if (clear) return { name, kind: 'fuzzy', proposed: top, alternatives: ranked.slice(1), genericRole: genericRole || !!this.byId.get(top.id)?.isGenericRole };
    return { name, kind: 'new', proposed: null, alternatives: ranked, genericRole };
  }

  private result(name: string, kind: MatchKind, actors: KnownActor[], score: number, genericRole: boolean): NameMatch {
    // Several actors share the name: prefer a named body over a generic role, then the shortest id.
    const sorted = [...actors].sort((a, b) => Number(a.isGenericRole) - Number(b.isGenericRole) || a.id.length - b.id.length || a.id.localeCompare(b.id));
    const [first, ...rest] = sorted.map((a) => ({ id: a.id, name: a.name, score, via: name }));
    return { name, kind, proposed: first, alternatives: rest, genericRole: genericRole || sorted[0].isGenericRole };
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V) {
  const list = map.get(k);
  if (list) { if (!list.includes(v)) list.push(v); } else map.set(k, [v]);
}
const uniqueActors = (list: KnownActor[]) => [...new Map(list.map((a) => [a.id, a])).values()];
const round = (n: number) => Math.round(n * 100) / 100;

/** Norwegian definite and plural endings set aside: barnevernet/barnevern, helsestasjonene/helsestasjon. */
function stem(folded: string): string {
  return folded.split(' ').map((w) => (w.length > 5 ? w.replace(/(ene|ane|en|et|er|a|e)$/, '') : w)).join(' ');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = ` ${s} `;
  for (let i = 0; i < t.length - 1; i++) { const g = t.slice(i, i + 2); m.set(g, (m.get(g) ?? 0) + 1); }
  return m;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0, na = 0, nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [g, v] of a) inter += Math.min(v, b.get(g) ?? 0);
  return na + nb ? (2 * inter) / (na + nb) : 0;
}

function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

function similarity(s: string, pairs: Map<string, number>, e: Entry): number {
  const d = dice(pairs, e.pairs);
  if (d < FUZZY_SHOW - 0.15) return d;
  const len = Math.max(s.length, e.stem.length);
  const maxEdits = Math.ceil(len * (1 - FUZZY_SHOW));
  const lev = len ? 1 - levenshtein(s, e.stem, maxEdits) / len : 0;
  return Math.max(d, lev);
}
