/** One node's label as the decluttering sees it (model coordinates, like node positions). */
export interface LabelCandidate { id: string; x: number; y: number; size: number; label: string; priority: number }

/** Approximate label box below a node (the stylesheet puts labels at the bottom, 3 px below). */
export function labelBox(c: LabelCandidate, fontSize: number, maxWidth = 160) {
  const w = Math.min(c.label.length * fontSize * 0.56, maxWidth);
  const top = c.y + c.size / 2 + 3;
  return { x1: c.x - w / 2, x2: c.x + w / 2, y1: top, y2: top + fontSize * 1.25 };
}

/**
 * Which labels to leave out so that none overlaps another: greedily, in order of priority (the
 * selection, then its neighbours, then hubs, then larger nodes), a label is kept when its box is
 * clear of every label kept before it. Pure; the map marks the rest `nolabel`.
 */
export function labelsToHide(candidates: readonly LabelCandidate[], fontSize: number): Set<string> {
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || b.size - a.size || a.id.localeCompare(b.id));
  const kept: ReturnType<typeof labelBox>[] = [];
  const hidden = new Set<string>();
  // A coarse grid keeps this near-linear for a few thousand labels.
  const cell = 120;
  const grid = new Map<string, number[]>();
  const cells = (b: ReturnType<typeof labelBox>) => {
    const out: string[] = [];
    for (let gx = Math.floor(b.x1 / cell); gx <= Math.floor(b.x2 / cell); gx++)
      for (let gy = Math.floor(b.y1 / cell); gy <= Math.floor(b.y2 / cell); gy++) out.push(`${gx},${gy}`);
    return out;
  };
  for (const c of sorted) {
    const b = labelBox(c, fontSize);
    const keys = cells(b);
    const clash = keys.some((k) => (grid.get(k) ?? []).some((i) => {
      const o = kept[i];
      return b.x1 < o.x2 - 2 && o.x1 < b.x2 - 2 && b.y1 < o.y2 - 2 && o.y1 < b.y2 - 2;
    }));
    if (clash && c.priority < 1000) { hidden.add(c.id); continue; }
    kept.push(b);
    for (const k of keys) (grid.get(k) ?? grid.set(k, []).get(k)!).push(kept.length - 1);
  }
  return hidden;
}
