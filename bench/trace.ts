/**
 * Where the longest main-thread task of a page goes (`tsx bench/browser.ts --trace`): Chromium's
 * own trace (the DevTools performance panel's categories, through playwright-core's CDP session),
 * its longest task on the renderer's main thread broken down into the trace events inside it
 * (script, style, layout, paint, GC, parsing) and the JavaScript functions the V8 sampling profiler
 * saw running then (self time). Tracing costs time itself: figures of a traced run are for
 * attribution only, never for the table.
 */
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; id?: string; args?: Record<string, any> }

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'toplevel', 'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.gc',
].join(',');

export async function startTrace(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES.split(','), recordMode: 'recordAsMuchAsPossible' } } as any);
  return cdp;
}

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: any) => resolve(e.stream)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk: any = await cdp.send('IO.read', { handle: stream, size: 1 << 20 } as any);
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream } as any);
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Milliseconds per key, largest first, as "key 12.3 ms". */
const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} ms`);

/**
 * Ends the trace and describes the longest tasks of the page's main thread: start (ms after the
 * trace began), length, the trace events inside it by name (their own time, children taken out)
 * and the JavaScript functions sampled in it.
 */
export async function longestTasks(cdp: CDPSession, count = 3): Promise<string[]> {
  const events = await readTrace(cdp);
  const threadNames = events.filter((e) => e.ph === 'M' && e.name === 'thread_name');
  const main = threadNames.find((e) => e.args?.name === 'CrRendererMain');
  if (!main) return ['no renderer main thread in the trace'];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur != null);
  const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => b.dur! - a.dur!).slice(0, count);
  // V8's samples on the main thread: a Profile event then ProfileChunks with nodes, samples and time deltas.
  const samples: { ts: number; node: number }[] = [];
  const nodes = new Map<number, { name: string; parent?: number }>();
  const profiles = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== main.pid) continue;
    if (e.name === 'Profile' && e.id) profiles.set(e.id, e.args?.data?.startTime ?? e.ts);
    if (e.name !== 'ProfileChunk' || !e.id || !profiles.has(e.id)) continue;
    const cpu = e.args?.data?.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) {
      const f = n.callFrame ?? {};
      const where = f.url ? `${String(f.url).replace(/^.*\//, '').replace(/\?.*$/, '')}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}` : '';
      nodes.set(n.id, { name: `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`, parent: n.parent });
    }
    let ts = profiles.get(e.id)!;
    const deltas: number[] = e.args?.data?.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((node: number, i: number) => { ts += deltas[i] ?? 0; samples.push({ ts, node }); });
    profiles.set(e.id, ts);
  }
  samples.sort((a, b) => a.ts - b.ts);
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    // Own time per event name: an event's duration less that of the events directly inside it.
    const own = new Map<string, number>();
    const sorted = [...inside].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const stack: { e: TraceEvent; children: number }[] = [];
    const close = (until: number) => {
      while (stack.length && stack[stack.length - 1].e.ts + stack[stack.length - 1].e.dur! <= until) {
        const { e, children } = stack.pop()!;
        const label = e.name === 'FunctionCall' && e.args?.data?.functionName ? `FunctionCall(${e.args.data.functionName})` : e.name;
        own.set(label, (own.get(label) ?? 0) + Math.max(0, e.dur! - children));
        if (stack.length) stack[stack.length - 1].children += e.dur!;
      }
    };
    for (const e of sorted) { close(e.ts); stack.push({ e, children: 0 }); }
    close(Infinity);
    // Samples in the task: self time per function (the time to the next sample).
    const fns = new Map<string, number>();
    const within = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
    within.forEach((s, i) => {
      const next = within[i + 1]?.ts ?? end;
      const name = nodes.get(s.node)?.name ?? `node ${s.node}`;
      fns.set(name, (fns.get(name) ?? 0) + (next - s.ts));
    });
    return `task at ${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(1)} ms\n`
      + `        events (own time): ${top(own, 8).join('; ')}\n`
      + `        JS self time (${within.length} samples): ${top(fns, 10).join('; ')}`;
  });
}
