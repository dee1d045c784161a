/**
 * Compares what a file says with what the graph holds and works out, without writing anything,
 * what an import would do: per row created, updated or unchanged (with the fields that change),
 * every name matched to an actor (or proposed as new), and the change set that applying writes.
 * The same function runs for the preview and again inside the apply transaction; the apply is
 * refused when the state it was computed from (its fingerprint) has moved since the preview.
 */
import { createHash } from 'node:crypto';
import { searchKey } from '../text.js';
import {
  actorStates, emptyChangeSet, knownActors, membershipsOf, namedOf, planState, relProps, takenIds,
  type ChangeSet, type Cite, type ImportRel, type PlanState, type Run,
} from '../db/repos/import.repo.js';
import { ActorIndex, type NameMatch } from './match.js';
import type { Loc, ParsedImport, ParsedMeasure, Problem } from './parse.js';
import { key, STATUS_LABEL } from './vocab.js';

export type RowAction = 'create' | 'update' | 'unchanged';
export interface FieldChange { field: string; before: string | null; after: string | null }
export interface PreviewRow { sheet: string; row: number; kind: 'plan' | 'measure' | 'status' | 'membership' | 'actor'; key: string; label: string; action: RowAction; changes: FieldChange[] }
export interface NameDecision { name: string; actor?: string | null; newActor?: boolean | null }
export interface ResolvedName extends NameMatch {
  occurrences: Loc[];
  /** What applying will use: an existing actor's id, or the id of the actor it will create. */
  actorId: string;
  isNew: boolean;
  decided: boolean;
}
export interface Preview {
  target: string | null;
  planExists: boolean;
  rows: PreviewRow[];
  names: ResolvedName[];
  problems: Problem[];
  changeSet: ChangeSet;
  counts: { create: number; update: number; unchanged: number; errors: number; warnings: number; newActors: number };
  fingerprint: string;
}

export const slug = (s: string) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
  .normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 70) || 'x';
const locator = (at: Loc) => `${at.sheet}!${at.cell} (sheet ${at.sheet}, row ${at.row}, cell ${at.cell})`;
const cite = (quote: string, at: Loc): Cite => ({ quote: quote.slice(0, 400) || '(empty cell)', locator: locator(at) });
const sortKey = (planSlug: string, number: string) => `${planSlug}/${number.replace(/\d+/g, (d) => d.padStart(5, '0'))}`;
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** The plan an import goes into: the caller's choice, the Plan sheet's id, or one made from its title. */
export function targetPlan(parsed: ParsedImport, override: string | null): string | null {
  if (override) return override;
  if (parsed.plan.id) return parsed.plan.id;
  if (parsed.plan.title) return `plan:${slug(parsed.plan.title)}`;
  return null;
}

/** Rows handled between two turns of the event loop in the long loops below. */
const YIELD_EVERY = 500;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function computePreview(run: Run, parsed: ParsedImport, target: string | null, decisions: NameDecision[], batchTag: string): Promise<Preview> {
  const problems: Problem[] = [...parsed.problems];
  const rows: PreviewRow[] = [];
  const cs = emptyChangeSet();
  const planId = target;
  const needsPlan = parsed.measures.length > 0 || parsed.statuses.length > 0 || parsed.plan.title !== null;
  if (needsPlan && !planId) {
    problems.push({ severity: 'error', sheet: parsed.measures[0]?.at.sheet ?? '', row: null, column: null, cell: null, value: null,
      message: 'Which plan? Fill in Tittel (or Id) on the Plan sheet, or choose a plan when uploading.' });
  }
  const state: PlanState = planId ? await planState(run, planId) : { plan: null, owners: [], measures: [] };
  const [actors, themes, targets, networks] = await Promise.all([knownActors(run), namedOf(run, 'Theme'), namedOf(run, 'TargetGroup'), namedOf(run, 'Network')]);
  const index = new ActorIndex(actors);
  /** Further state read below (memberships, actors), part of the fingerprint. */
  const stateRead: unknown[] = [];

  // ---- names: every responsible, owner, member and actor-sheet name, matched once
  const occurrences = new Map<string, { name: string; at: Loc[] }>();
  const note = (name: string, at: Loc) => {
    const k = key(name);
    if (!k) return;
    const o = occurrences.get(k);
    if (o) o.at.push(at); else occurrences.set(k, { name, at: [at] });
  };
  for (const o of parsed.plan.owners) note(o.name, o.at);
  for (const m of parsed.measures) for (const r of m.responsible) note(r.name, r.at);
  for (const m of parsed.members) note(m.actor, m.at);
  for (const a of parsed.actors) { note(a.name, a.at); if (a.parent) note(a.parent, a.at); }
  const decided = new Map(decisions.map((d) => [key(d.name), d]));
  const sheetActors = new Map(parsed.actors.map((a) => [key(a.name), a]));
  const names: ResolvedName[] = [];
  const wanted: string[] = [];
  for (const [k, o] of occurrences) {
    const match = index.match(o.name);
    const d = decided.get(k);
    let actorId: string | null = null;
    if (d?.actor) {
      if (!index.byId.has(d.actor)) {
        problems.push({ severity: 'error', sheet: o.at[0].sheet, row: o.at[0].row, column: null, cell: o.at[0].cell, value: o.name, message: `The chosen actor ${d.actor} does not exist (any more); choose again.` });
      } else actorId = d.actor;
    } else if (!d?.newActor && match.proposed) actorId = match.proposed.id;
    const sheet = sheetActors.get(k);
    const newId = sheet?.id ?? `actor:${slug(o.name)}`;
    if (!actorId) wanted.push(newId);
    names.push({ ...match, occurrences: o.at, actorId: actorId ?? newId, isNew: !actorId, decided: !!d });
  }
  // New actors get unique ids: taken ids (and clashes within the file) get a number.
  const taken = await takenIds(run, [...new Set(wanted.flatMap((w) => [w, `${w}-2`, `${w}-3`]))]);
  const used = new Set<string>();
  for (const n of names.filter((x) => x.isNew)) {
    let id = n.actorId;
    for (let i = 2; taken.has(id) || used.has(id); i++) id = `${n.actorId}-${i}`;
    used.add(id);
    n.actorId = id;
  }
  const actorOf = (name: string) => names.find((n) => key(n.name) === key(name))!;
  for (const n of names.filter((x) => x.isNew)) {
    const at = n.occurrences[0];
    const sheet = sheetActors.get(key(n.name));
    if (sheet) continue; // created from its own row below, with kind, aliases and parent
    cs.createNodes.push({ id: n.actorId, label: 'Actor', cite: cite(n.name, at),
      props: { name: n.name, isGenericRole: n.genericRole, kind: n.genericRole ? 'generic-role' : null, searchKey: searchKey(n.name) } });
  }

  // ---- the plan
  const planSlug = planId ? planId.slice('plan:'.length) : '';
  const planExists = !!state.plan;
  if (planId && needsPlan) {
    const p = parsed.plan;
    const at = p.at ?? parsed.measures[0]?.at ?? parsed.statuses[0]?.at;
    if (!planExists) {
      if (!p.title) {
        problems.push({ severity: 'error', sheet: at?.sheet ?? '', row: null, column: 'Tittel', cell: null, value: planId,
          message: `There is no plan ${planId} yet, and the file gives no title for a new one: fill in Tittel on the Plan sheet.` });
      } else if (parsed.statuses.length && !parsed.measures.length) {
        problems.push({ severity: 'error', sheet: parsed.statuses[0].at.sheet, row: null, column: null, cell: null, value: planId, message: `Status rounds need an existing plan; there is no plan ${planId}.` });
      } else {
        cs.createNodes.push({ id: planId, label: 'ActionPlan', cite: cite(p.title, at!),
          props: { title: p.title, shortTitle: p.shortTitle, level: p.level, periodStart: p.periodStart, periodEnd: p.periodEnd, kind: 'action-plan',
            searchKey: searchKey(p.title, p.shortTitle) } });
        rows.push({ sheet: at!.sheet, row: at!.row, kind: 'plan', key: planId, label: p.title, action: 'create',
          changes: (['title', 'shortTitle', 'level', 'periodStart', 'periodEnd'] as const).filter((f) => p[f]).map((f) => ({ field: f, before: null, after: p[f] })) });
      }
    } else {
      const changes: FieldChange[] = [];
      const set: Record<string, unknown> = {};
      for (const f of ['title', 'shortTitle', 'level', 'periodStart', 'periodEnd'] as const) {
        if (p[f] !== null && !same(p[f], state.plan![f])) { changes.push({ field: f, before: state.plan![f], after: p[f] }); set[f] = p[f]; }
      }
      if (changes.length) {
        set.searchKey = searchKey((set.title ?? state.plan!.title) as string, (set.shortTitle ?? state.plan!.shortTitle) as string);
        cs.updateNodes.push({ id: planId, label: 'ActionPlan', set, before: { ...state.plan! }, cite: cite(p.title ?? planId, at!) });
      }
      if (at && (p.at || changes.length)) rows.push({ sheet: at.sheet, row: at.row, kind: 'plan', key: planId, label: state.plan!.title ?? planId, action: changes.length ? 'update' : 'unchanged', changes });
    }
    if (p.owners.length) {
      const want = new Set(p.owners.map((o) => actorOf(o.name).actorId));
      const have = new Set(state.owners);
      for (const o of p.owners) {
        const id = actorOf(o.name).actorId;
        if (!have.has(id) && !cs.createRels.some((r) => r.type === 'OWNS' && r.from === id)) cs.createRels.push({ type: 'OWNS', from: id, to: planId, key: '', props: {}, cite: cite(o.name, o.at) });
      }
      for (const id of have) if (!want.has(id)) cs.removeRels.push({ type: 'OWNS', from: id, to: planId, key: '', props: {} });
    }
  }

  // ---- measures
  const existing = new Map(state.measures.map((m) => [m.number, m]));
  const themeIndex = namedIndex(themes), targetIndex = namedIndex(targets);
  const newNamed = new Map<string, string>(); // folded name → id of a Theme/TargetGroup created here
  const namedId = (label: 'Theme' | 'TargetGroup', name: string, at: Loc): string => {
    const idx = label === 'Theme' ? themeIndex : targetIndex;
    const found = idx.get(key(name));
    if (found) return found;
    const k = `${label}|${key(name)}`;
    let id = newNamed.get(k);
    if (!id) {
      id = `${label === 'Theme' ? 'theme' : 'targetgroup'}:${slug(name)}`;
      newNamed.set(k, id);
      cs.createNodes.push({ id, label, props: { name, searchKey: searchKey(name) }, cite: cite(name, at) });
      problems.push({ severity: 'warning', sheet: at.sheet, row: at.row, column: label === 'Theme' ? 'Tema' : 'Målgruppe', cell: at.cell, value: name,
        message: `New ${label === 'Theme' ? 'theme' : 'target group'} "${name}" (no known one has that name); it will be created.` });
    }
    return id;
  };
  const planKnown = !!planId && (planExists || cs.createNodes.some((n) => n.id === planId));
  if (planKnown) {
    // A file at the row limit takes a second or more here: let other requests in between.
    for (let i = 0; i < parsed.measures.length; i++) {
      diffMeasure(parsed.measures[i]);
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToOthers();
    }
  }

  function diffMeasure(m: ParsedMeasure) {
    const old = existing.get(m.number);
    const id = old?.id ?? `measure:${planSlug}/${m.number}`;
    const c = cite(m.quote, m.at);
    const changes: FieldChange[] = [];
    const has = (f: ParsedMeasure['present'][number]) => m.present.includes(f);
    const fields = { title: m.title, description: m.description, period: m.period };
    if (!old) {
      cs.createNodes.push({ id, label: 'Measure', cite: c, props: { ...fields, number: m.number, searchKey: searchKey(m.number, m.title, m.description ?? undefined), sortKey: sortKey(planSlug, m.number) } });
      cs.createRels.push({ type: 'HAS_MEASURE', from: planId!, to: id, key: '', props: {}, cite: c });
      for (const [f, v] of Object.entries(fields)) if (v) changes.push({ field: f, before: null, after: v });
    } else {
      const set: Record<string, unknown> = {};
      for (const [f, v] of Object.entries(fields) as [keyof typeof fields, string | null][]) {
        if (f !== 'title' && !has(f)) continue;
        if (!same(v, old[f])) { set[f] = v; changes.push({ field: f, before: old[f], after: v }); }
      }
      if (Object.keys(set).length) {
        set.searchKey = searchKey(m.number, (set.title ?? old.title) as string, ((set.description !== undefined ? set.description : old.description) ?? undefined) as string | undefined);
        cs.updateNodes.push({ id, label: 'Measure', set, before: { title: old.title, description: old.description, period: old.period, searchKey: old.searchKey }, cite: c });
      }
    }
    // responsibilities: the file's set replaces the graph's
    if (has('responsible')) {
      const want = m.responsible.map((r) => ({ actor: actorOf(r.name).actorId, role: r.role, r }));
      const have = old?.responsible ?? [];
      const wantKeys = new Set(want.map((w) => `${w.actor}|${w.role}`));
      const haveKeys = new Set(have.map((h) => `${h.actor}|${h.role}`));
      for (const w of want) {
        if (haveKeys.has(`${w.actor}|${w.role}`)) continue;
        haveKeys.add(`${w.actor}|${w.role}`);
        cs.createRels.push({ type: 'RESPONSIBLE_FOR', from: w.actor, to: id, key: w.role, props: { role: w.role }, cite: cite(w.r.name, w.r.at) });
        changes.push({ field: 'responsible', before: null, after: `${w.r.name} (${w.role})` });
      }
      for (const h of have) {
        if (wantKeys.has(`${h.actor}|${h.role}`)) continue;
        cs.removeRels.push({ type: 'RESPONSIBLE_FOR', from: h.actor, to: id, key: h.role, props: {} });
        changes.push({ field: 'responsible', before: `${index.byId.get(h.actor)?.name ?? h.actor} (${h.role})`, after: null });
      }
    }
    // status: a new report when the file's differs from the latest (history is never overwritten)
    if (m.status) {
      const l = old?.latest;
      if (!l || l.status !== m.status.status || l.asOf !== m.status.asOf || !same(l.text, m.status.text)) {
        const sid = `status:${planSlug}/${m.number}/${m.status.asOf}/${batchTag}`;
        const sc = cite(m.status.text ?? STATUS_LABEL[m.status.status], m.cells.status ?? m.at);
        cs.createNodes.push({ id: sid, label: 'StatusReport', props: { ...m.status }, cite: sc });
        cs.createRels.push({ type: 'HAS_STATUS', from: id, to: sid, key: '', props: {}, cite: sc });
        changes.push({ field: 'status', before: l ? `${STATUS_LABEL[l.status] ?? l.status} ${l.asOf}` : null, after: `${STATUS_LABEL[m.status.status]} ${m.status.asOf}` });
      }
    }
    // budget: one line of text (several budget lines in the graph are shown joined)
    if (has('budget')) {
      const before = old?.budgets.map((b) => b.text ?? (b.amount != null ? String(b.amount) : '')).filter(Boolean).join('; ') || null;
      if (!same(before, m.budget)) {
        const bc = cite(m.budget ?? '', m.cells.budget ?? m.at);
        if ((old?.budgets.length ?? 0) > 1) {
          problems.push({ severity: 'warning', sheet: m.at.sheet, row: m.at.row, column: 'Budsjett', cell: m.cells.budget?.cell ?? null, value: m.budget,
            message: 'The measure has several budget lines in Samkart; the budget is left as it is (edit it in Samkart).' });
        } else if (old?.budgets.length === 1) {
          const b = old.budgets[0];
          cs.updateNodes.push({ id: b.id, label: 'Budget', set: { text: m.budget, amount: amountOf(m.budget) }, before: { text: b.text, amount: b.amount }, cite: bc });
          changes.push({ field: 'budget', before, after: m.budget });
        } else if (m.budget) {
          const bid = `budget:${planSlug}/${m.number}/${batchTag}`;
          cs.createNodes.push({ id: bid, label: 'Budget', props: { text: m.budget, amount: amountOf(m.budget) }, cite: bc });
          cs.createRels.push({ type: 'HAS_BUDGET', from: id, to: bid, key: '', props: {}, cite: bc });
          changes.push({ field: 'budget', before, after: m.budget });
        }
      }
    }
    for (const [f, label, rel, list, haveList] of [
      ['theme', 'Theme', 'ADDRESSES', m.themes, old?.themes ?? []],
      ['targetGroup', 'TargetGroup', 'TARGETS', m.targetGroups, old?.targets ?? []],
    ] as const) {
      if (!has(f)) continue;
      const at = m.cells[f] ?? m.at;
      const want = list.map((n) => namedId(label, n, at));
      for (const t of want) if (!haveList.includes(t)) { cs.createRels.push({ type: rel, from: id, to: t, key: '', props: {}, cite: cite(list.join(', '), at) }); changes.push({ field: f, before: null, after: t }); }
      for (const t of haveList) if (!want.includes(t)) { cs.removeRels.push({ type: rel, from: id, to: t, key: '', props: {} }); changes.push({ field: f, before: t, after: null }); }
    }
    rows.push({ sheet: m.at.sheet, row: m.at.row, kind: 'measure', key: m.number, label: m.title, action: !old ? 'create' : changes.length ? 'update' : 'unchanged', changes });
  }

  // ---- status rounds: new reports for measures of the plan
  const numbers = new Set([...existing.keys(), ...parsed.measures.map((m) => m.number)]);
  for (const [i, s] of parsed.statuses.entries()) {
    if (!planKnown) break;
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToOthers();
    if (!numbers.has(s.number)) {
      problems.push({ severity: 'error', sheet: s.at.sheet, row: s.at.row, column: 'Nr', cell: null, value: s.number, message: `The plan has no measure ${s.number}.` });
      continue;
    }
    const old = existing.get(s.number);
    const mid = old?.id ?? `measure:${planSlug}/${s.number}`;
    const l = old?.latest;
    const changed = !l || l.status !== s.status || l.asOf !== s.asOf || !same(l.text, s.text);
    if (changed) {
      const sid = `status:${planSlug}/${s.number}/${s.asOf}/${batchTag}-r${s.at.row}`;
      const sc = cite(s.text ?? s.quote, s.at);
      cs.createNodes.push({ id: sid, label: 'StatusReport', props: { status: s.status, asOf: s.asOf, text: s.text }, cite: sc });
      cs.createRels.push({ type: 'HAS_STATUS', from: mid, to: sid, key: '', props: {}, cite: sc });
    }
    rows.push({ sheet: s.at.sheet, row: s.at.row, kind: 'status', key: s.number, label: `${STATUS_LABEL[s.status]} ${s.asOf}`, action: changed ? 'create' : 'unchanged',
      changes: changed ? [{ field: 'status', before: l ? `${STATUS_LABEL[l.status] ?? l.status} ${l.asOf}` : null, after: `${STATUS_LABEL[s.status]} ${s.asOf}` }] : [] });
  }

  // ---- networks and members
  const networkIndex = namedIndex(networks);
  const networkIds = new Map<string, string>();
  for (const m of parsed.members) {
    const k = key(m.network);
    if (networkIds.has(k)) continue;
    const found = networkIndex.get(k) ?? (networks.some((n) => n.id === m.network) ? m.network : undefined);
    if (found) { networkIds.set(k, found); continue; }
    const id = `network:${slug(m.network)}`;
    networkIds.set(k, id);
    cs.createNodes.push({ id, label: 'Network', props: { name: m.network, searchKey: searchKey(m.network) }, cite: cite(m.network, m.at) });
    problems.push({ severity: 'warning', sheet: m.at.sheet, row: m.at.row, column: 'Nettverk', cell: null, value: m.network, message: `New network "${m.network}" (no known network has that name); it will be created.` });
  }
  if (parsed.members.length) {
    const have = await membershipsOf(run, [...new Set(networkIds.values())]);
    stateRead.push(have);
    const haveByKey = new Map(have.map((h) => [`${h.network}|${h.actor}|${h.key}`, h]));
    const seen = new Set<string>();
    for (const m of parsed.members) {
      const network = networkIds.get(key(m.network))!;
      const actor = actorOf(m.actor).actorId;
      const k = `${m.role}|${m.since ?? ''}`;
      const full = `${network}|${actor}|${k}`;
      if (seen.has(full)) { problems.push({ severity: 'warning', sheet: m.at.sheet, row: m.at.row, column: null, cell: m.at.cell, value: m.actor, message: 'The same membership is listed twice; the later row is skipped.' }); continue; }
      seen.add(full);
      const old = haveByKey.get(full);
      const c = cite(m.quote, m.at);
      const changes: FieldChange[] = [];
      if (!old) {
        cs.createRels.push({ type: 'MEMBER_OF', from: actor, to: network, key: k, props: { role: m.role, since: m.since, until: m.until, note: m.note }, cite: c });
      } else {
        const set: Record<string, unknown> = {};
        if (!same(old.until, m.until)) { set.until = m.until; changes.push({ field: 'until', before: old.until, after: m.until }); }
        if (m.note !== null && !same(old.note, m.note)) { set.note = m.note; changes.push({ field: 'note', before: old.note, after: m.note }); }
        if (changes.length) cs.updateRels.push({ type: 'MEMBER_OF', from: actor, to: network, key: k, set, before: { until: old.until, note: old.note }, cite: c });
      }
      rows.push({ sheet: m.at.sheet, row: m.at.row, kind: 'membership', key: `${m.network} / ${m.actor}`, label: `${m.actor} – ${m.role}`, action: !old ? 'create' : changes.length ? 'update' : 'unchanged', changes });
    }
  }

  // ---- actors with aliases, kind and parent
  if (parsed.actors.length) {
    const ids = parsed.actors.map((a) => actorOf(a.name).actorId);
    const states = await actorStates(run, ids);
    stateRead.push(states);
    const current = new Map(states.map((a) => [a.id, a]));
    for (const a of parsed.actors) {
      const n = actorOf(a.name);
      const parent = a.parent ? actorOf(a.parent).actorId : null;
      const c = cite(a.quote, a.at);
      const changes: FieldChange[] = [];
      const old = n.isNew ? undefined : current.get(n.actorId);
      if (!old) {
        const aliases = a.aliases.filter((x) => x !== a.name);
        if (!n.isNew) continue;
        cs.createNodes.push({ id: n.actorId, label: 'Actor', cite: c, props: {
          name: a.name, shortName: a.shortName, aliases, aliasText: aliases.join(' | '), kind: a.kind ?? (n.genericRole ? 'generic-role' : null), level: a.level,
          isGenericRole: a.kind ? a.kind === 'generic-role' : n.genericRole, searchKey: searchKey(a.name, a.shortName ?? undefined, aliases) } });
        if (parent) cs.createRels.push({ type: 'PART_OF', from: n.actorId, to: parent, key: '', props: {}, cite: c });
        rows.push({ sheet: a.at.sheet, row: a.at.row, kind: 'actor', key: n.actorId, label: a.name, action: 'create', changes: [] });
        continue;
      }
      const set: Record<string, unknown> = {};
      const known = new Set([old.name, old.shortName, ...old.aliases].filter(Boolean).map((x) => x!));
      const newAliases = [...(a.name !== old.name && !known.has(a.name) ? [a.name] : []), ...a.aliases.filter((x) => !known.has(x))];
      if (newAliases.length) {
        set.aliases = [...old.aliases, ...newAliases];
        set.aliasText = (set.aliases as string[]).join(' | ');
        changes.push({ field: 'aliases', before: old.aliases.join('; ') || null, after: (set.aliases as string[]).join('; ') });
      }
      for (const f of ['shortName', 'kind', 'level'] as const) {
        if (a[f] && !same(a[f], old[f])) { set[f] = a[f]; changes.push({ field: f, before: old[f], after: a[f] }); }
      }
      if (set.kind) set.isGenericRole = set.kind === 'generic-role';
      if (Object.keys(set).length) {
        set.searchKey = searchKey(old.name, (set.shortName ?? old.shortName) as string, (set.aliases ?? old.aliases) as string[]);
        cs.updateNodes.push({ id: old.id, label: 'Actor', set, before: { aliases: old.storedAliases, aliasText: old.aliasText, shortName: old.shortName, kind: old.kind, level: old.level, isGenericRole: old.isGenericRole, searchKey: old.searchKey }, cite: c });
      }
      if (parent && parent !== old.parent) {
        if (old.parent) cs.removeRels.push({ type: 'PART_OF', from: old.id, to: old.parent, key: '', props: {} });
        cs.createRels.push({ type: 'PART_OF', from: old.id, to: parent, key: '', props: {}, cite: c });
        changes.push({ field: 'parent', before: old.parent, after: parent });
      }
      rows.push({ sheet: a.at.sheet, row: a.at.row, kind: 'actor', key: old.id, label: a.name, action: changes.length ? 'update' : 'unchanged', changes });
    }
  }

  // A spelling matched fuzzily (or chosen by the user) becomes an alias of its actor, as in the
  // curated data ("every spelling an alias"): the next import of the same file matches it exactly.
  const actorSheetIds = new Set(parsed.actors.map((a) => actorOf(a.name).actorId));
  const byActor = new Map(actors.map((a) => [a.id, a]));
  const learned = new Map<string, string[]>();
  for (const n of names) {
    if (n.isNew || actorSheetIds.has(n.actorId) || (n.kind === 'exact' && !n.decided) || n.kind === 'normalized') continue;
    const a = byActor.get(n.actorId);
    if (!a || [a.name, a.shortName, ...a.aliases].includes(n.name)) continue;
    if (!learned.has(a.id)) learned.set(a.id, []);
    learned.get(a.id)!.push(n.name);
  }
  for (const [id, spellings] of learned) {
    const a = byActor.get(id)!;
    const aliases = [...a.aliases, ...spellings];
    const at = names.find((n) => n.actorId === id && spellings.includes(n.name))!.occurrences[0];
    cs.updateNodes.push({ id, label: 'Actor', cite: cite(spellings.join(', '), at),
      set: { aliases, aliasText: aliases.join(' | '), searchKey: searchKey(a.name, a.shortName ?? undefined, aliases) },
      before: { aliases: a.storedAliases, aliasText: a.aliasText, searchKey: a.searchKey } });
  }

  // The undo log needs the full properties of every relationship this removes.
  if (cs.removeRels.length) {
    const props = await relProps(run, cs.removeRels);
    for (const r of cs.removeRels) r.props = props.get(`${r.type}|${r.from}|${r.to}|${r.key}`) ?? { key: r.key };
  }

  const counts = {
    create: rows.filter((r) => r.action === 'create').length, update: rows.filter((r) => r.action === 'update').length,
    unchanged: rows.filter((r) => r.action === 'unchanged').length,
    errors: problems.filter((p) => p.severity === 'error').length, warnings: problems.filter((p) => p.severity === 'warning').length,
    newActors: names.filter((n) => n.isNew).length,
  };
  // What the preview was computed from, decisions aside: the target's state and every name's proposed match.
  const fingerprint = createHash('sha256').update(JSON.stringify({ state, stateRead, names: names.map((n) => [n.name, n.kind, n.proposed?.id ?? null]) })).digest('hex').slice(0, 32);
  return { target: planId, planExists, rows, names, problems, changeSet: cs, counts, fingerprint };
}

function namedIndex(rows: { id: string; name: string; aliases: string[] }[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of rows) for (const n of [r.name, ...r.aliases]) if (!m.has(key(n))) m.set(key(n), r.id);
  return m;
}

/** NOK as a number when the cell is just an amount ("880 000", "kr 1 500 000", "NOK 250000"). */
export function amountOf(text: string | null): number | null {
  if (!text) return null;
  const m = /^(?:kr\.?|nok)?\s*(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,-)?\s*(?:kr\.?|nok)?$/i.exec(text.trim());
  return m ? Number(m[1].replace(/[ \u00a0.]/g, '')) : null;
}

export type { ImportRel };
