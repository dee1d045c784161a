/**
 * What both map pages of the browser benchmark measure the same way (bench/map.js, the
 * hand-written page, and bench/map-product.ts, the web app's code): frames Cytoscape really draws,
 * and frames per second during a scripted pan (mouse drag) and zoom (wheel). bench/browser.ts
 * serves this file to map.js compiled on its own (`/map-measure.js`); the product page bundles it.
 */

/** A gesture's figures: browser frames per second, Cytoscape draws during it, the longest frame. */
export interface GestureFigures { fps: number; renders: number; worstFrameMs: number }

/** The part of Cytoscape's renderer measured here (not in its public types). */
interface Renderer { render: (...args: unknown[]) => unknown }

/**
 * Counts the frames Cytoscape draws. Its 'render' event is not emitted by the WebGL path, so the
 * renderer's render function is wrapped (its rAF loop looks it up on every frame). `painted()`
 * resolves with the time of the browser frame after Cytoscape's next draw.
 */
export function countDraws(cy: unknown) {
  const renderer = (cy as { renderer(): Renderer }).renderer();
  const counter = { renders: 0 };
  const waiting: (() => void)[] = [];
  const draw = renderer.render;
  renderer.render = function (this: unknown, ...args: unknown[]) {
    const result = draw.apply(this, args);
    counter.renders++;
    while (waiting.length) waiting.shift()!();
    return result;
  };
  const painted = () => new Promise<number>((resolve) => waiting.push(() => requestAnimationFrame(() => resolve(performance.now()))));
  return { counter, painted };
}

/** Frames per second while `step` runs once a frame for `seconds`, then `finish`. */
function gesture(counter: { renders: number }, seconds: number, step: (i: number) => void, finish: () => void) {
  return new Promise<GestureFigures>((resolve) => {
    let frames = 0, worst = 0, last = performance.now();
    const start = last;
    counter.renders = 0;
    const tick = (t: number) => {
      frames++;
      worst = Math.max(worst, t - last);
      last = t;
      if (t - start >= seconds * 1000) { finish(); resolve({ fps: frames / ((t - start) / 1000), renders: counter.renders, worstFrameMs: worst }); return; }
      step(frames);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * After half a second for caches to settle: a 2 s pan (press on the background corner, move a few
 * pixels every frame, release), then a 2 s zoom (wheel in and out at the centre).
 */
export async function panAndZoom(counter: { renders: number }): Promise<{ pan: GestureFigures; zoom: GestureFigures }> {
  await new Promise((r) => setTimeout(r, 500));
  const canvas = (document.querySelector('#cy canvas:last-of-type') ?? document.getElementById('cy')) as HTMLElement;
  const rect = canvas.getBoundingClientRect();
  const x0 = rect.left + 8, y0 = rect.top + 8;
  canvas.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, clientX: x0, clientY: y0, button: 0, buttons: 1, view: window }));
  const pan = await gesture(counter, 2, (i) => {
    window.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x0 + 4 * i, clientY: y0 + 2 * i, buttons: 1, view: window }));
  }, () => window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: x0, clientY: y0, view: window })));
  await new Promise((r) => setTimeout(r, 300));
  const cx = rect.left + rect.width / 2, cy = rect.top + rect.height / 2;
  const zoom = await gesture(counter, 2, (i) => {
    canvas.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: cx, clientY: cy, deltaY: i % 40 < 20 ? -40 : 40, deltaMode: 0, view: window }));
  }, () => {});
  return { pan, zoom };
}
