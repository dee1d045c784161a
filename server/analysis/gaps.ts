/**
 * Gap analysis: reads the facts the asked-for rules need (server/db/repos/gaps.repo.ts, which
 * returns only measures and actors with a candidate gap), runs the rules of
 * server/analysis/gap-rules.ts on them, and lists the gaps by severity. Each gap names its
 * subject, explains itself in one sentence (bokmål or English) and lists the facts behind it.
 */
import type { Db } from '../db/driver.js';
import { Invalid, NotFound } from '../db/errors.js';
import { dateParam } from '../db/repos/dates.js';
import { gapFacts, gapNetworks, gapRegions } from '../db/repos/gaps.repo.js';
import { readDataVersion } from '../db/dataVersion.js';
import { cachedByOwnVersion } from '../workers/derived-cache.js';
import { collaborationGraph } from './collaboration.js';
import { cutVertex, RULES, sortGaps, type GapKind, type GapRow, type Lang, type RuleContext } from './gap-rules.js';

export type { EvidenceRow, GapKind, GapRow, Severity } from './gap-rules.js';

/** The guidelines that apply when a network names none: document 002's list for regional and county networks, Lokalt Mot's for local ones. */
export const DEFAULT_GUIDELINES = { regional: 'guideline:imdi-2011-regionale-kompetansenettverk', local: 'guideline:lokalt-mot-lokalt-nettverk' };

export interface GapArgs {
  plan: string | null; kinds: GapKind[] | null; maxMeasuresPerActor: number; asOf: string | null; language: Lang;
  /** Whether the caller selects evidence (its citations are read only then); default true. */
  evidence?: boolean;
}

/**
 * The gaps, computed once per data version and arguments (server/workers/derived-cache.ts): every
 * write bumps the version in its own transaction, so a cached list is never older than the data.
 * A request that hits the cache costs one round trip (the version) and no rule; the rows are shared
 * between requests and never changed (masking happens in the resolvers, per request).
 */
export async function findGaps(db: Db, args: GapArgs): Promise<GapRow[]> {
  if (args.maxMeasuresPerActor < 0 || args.maxMeasuresPerActor > 10_000) {
    throw new Invalid('`maxMeasuresPerActor` must be from 0 to 10000.', 'thresholds.maxMeasuresPerActor');
  }
  const day = args.asOf ?? new Date().toISOString().slice(0, 10);
  const asOf = dateParam(day, 'thresholds.asOf', true);
  const key = [args.plan, args.kinds ? [...args.kinds].sort() : null, args.maxMeasuresPerActor, day, args.language, args.evidence ?? true];
  return cachedByOwnVersion(db, 'gaps', key, () => computeGaps(db, args, asOf));
}

async function computeGaps(db: Db, args: GapArgs, asOf: unknown): Promise<{ version: number; value: GapRow[] }> {
  const want = (k: GapKind) => !args.kinds?.length || args.kinds.includes(k);
  const c: RuleContext = { lang: args.language, plan: args.plan, maxMeasuresPerActor: args.maxMeasuresPerActor };
  const wanted = {
    unowned: want('UNOWNED_MEASURE'), vague: want('VAGUE_OWNER'), noLead: want('NO_LEAD'), stalled: want('STALLED'),
    overloaded: want('OVERLOADED_ACTOR'), isolated: want('ISOLATED_ACTOR'), maxMeasuresPerActor: args.maxMeasuresPerActor, evidence: args.evidence ?? true,
  };
  const needFacts = wanted.unowned || wanted.vague || wanted.noLead || wanted.stalled || wanted.overloaded || wanted.isolated;
  // The facts statement reads the data version first; without it, the version is read before anything else.
  const ownVersion = needFacts ? null : await readDataVersion(db);
  const [facts, networks, regions, graph] = await Promise.all([
    needFacts ? gapFacts(db, args.plan, asOf, wanted) : Promise.resolve(null),
    want('MISSING_SECTOR') || want('SINGLE_POINT_OF_FAILURE') ? gapNetworks(db, args.plan, asOf, DEFAULT_GUIDELINES.regional, DEFAULT_GUIDELINES.local) : Promise.resolve([]),
    want('UNCOVERED_REGION') ? gapRegions(db, args.plan) : Promise.resolve([]),
    want('SINGLE_POINT_OF_FAILURE') ? collaborationGraph(db, { plan: args.plan }) : Promise.resolve(null),
  ]);
  if (args.plan && facts && !facts.planFound) throw new NotFound('plan', args.plan, 'plan');

  const gaps: GapRow[] = [];
  const run = <T>(kind: GapKind, subjects: readonly T[]) => {
    if (!want(kind)) return;
    for (const rule of RULES[kind].rules as readonly ((x: T, c: RuleContext) => GapRow | null)[]) {
      for (const s of subjects) {
        const g = rule(s, c);
        if (g) gaps.push(g);
      }
    }
  };
  for (const m of facts?.measures ?? []) for (const kind of ['UNOWNED_MEASURE', 'VAGUE_OWNER', 'NO_LEAD', 'STALLED'] as const) run(kind, [m]);
  run('OVERLOADED_ACTOR', facts?.actors ?? []);
  run('ISOLATED_ACTOR', facts?.actors ?? []);
  run('MISSING_SECTOR', networks);
  run('SINGLE_POINT_OF_FAILURE', networks);
  if (graph) for (const n of graph.nodes.filter((x) => x.isCutVertex)) gaps.push(cutVertex(n, c));
  run('UNCOVERED_REGION', regions);
  return { version: facts ? Number(facts.version) : ownVersion!, value: sortGaps(gaps) };
}
