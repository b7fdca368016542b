// Ad-hoc: finds the main-thread tasks over 8 ms CPU in the e2e performance run with the views in
// sight, and lists what each one did.
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
const MANY_TASKS = `use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        let mut handles = Vec::new();
        for i in 0..1000 {
            handles.push(spawn(format!("worker {i}"), async move {
                for _ in 0..10 {
                    yield_now().await;
                }
                i
            }));
        }
        let mut total = 0;
        for handle in handles {
            total += handle.await;
        }
        println!("total {total}");
    });
}
`;
const server = await serve('/work/wt-workbench/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(`${server.url}#/lesson/executor-tasks`);
await page.locator('#lesson-title').waitFor();
if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
await page.waitForTimeout(1000);
const editor = page.getByRole('textbox', { name: 'Program' });
await editor.fill(MANY_TASKS);
await page.locator('.controls .speed input').fill('100');
await page.getByRole('button', { name: 'Run', exact: true }).click();
await page.locator('.run-status .status-done').waitFor({ timeout: 20000 });
await page.locator('.live-views:not([aria-busy])').waitFor({ timeout: 5000 });
for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round += 1) {
  await page.evaluate(() => document.querySelector('.live-views').scrollIntoView());
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: process.env.FIND_STYLE ? 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking' : 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.evaluate(() => [...document.querySelectorAll('.controls button')].find((button) => button.textContent === 'Run').click());
  await page.locator('.live-views[aria-busy]').waitFor();
  await page.locator('.run-status .status-done').waitFor({ timeout: 20000 });
  await page.locator('.live-views:not([aria-busy])').waitFor({ timeout: 5000 });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  const main = events.find((event) => event.name === 'FireAnimationFrame');
  const onMain = events.filter((e) => e.tid === main.tid && e.pid === main.pid);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const long = tasks.filter((t) => (t.tdur ?? 0) / 1000 > Number(process.env.OVER ?? 8));
  const cpus = tasks.map((t) => (t.tdur ?? 0) / 1000).sort((a, b) => b - a);
  console.log(`round ${round}: ${tasks.length} tasks, ${cpus.filter((c) => c > 8).length} over 8 ms CPU, top ${cpus.slice(0, 5).map((c) => c.toFixed(1)).join(' ')}`);
  if (process.env.QUIET) continue;
  if (process.env.FIND_STYLE) {
    const recalcs = onMain.filter((e) => e.name === 'UpdateLayoutTree' && (e.args?.elementCount ?? 0) > 150);
    const all = events.filter((e) => e.name.endsWith('InvalidationTracking'));
    for (const recalc of recalcs) {
      const previous = onMain.filter((e) => e.name === 'UpdateLayoutTree' && e.ts < recalc.ts).at(-1);
      const since = previous ? previous.ts + previous.dur : 0;
      const counts = {};
      for (const e of all.filter((e) => e.ts >= since && e.ts <= recalc.ts)) {
        const d = e.args?.data ?? {};
        const key = `${e.name.replace('InvalidationTracking', '')} ${d.nodeName ?? ''} ${d.reason ?? ''} ${d.changedClass ?? d.changedAttribute ?? d.changedId ?? ''} ${d.selectors ? JSON.stringify(d.selectors).slice(0, 80) : ''}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      console.log(`  recalc of ${recalc.args.elementCount} at ${(recalc.ts / 1000).toFixed(1)}:`, Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 15));
    }
    continue;
  }
  const invalidations = events.filter((e) => e.name === 'LayoutInvalidationTracking' || e.name === 'StyleRecalcInvalidationTracking' || e.name === 'StyleInvalidatorInvalidationTracking');
  const layouts = onMain.filter((e) => e.name === 'Layout').sort((a, b) => a.ts - b.ts);
  for (const task of long) {
    const layout = layouts.find((l) => l.ts >= task.ts && l.ts <= task.ts + task.dur);
    if (layout) {
      const previous = layouts.filter((l) => l.ts < layout.ts).at(-1);
      const since = previous ? previous.ts + previous.dur : 0;
      const counts = {};
      for (const e of invalidations.filter((e) => e.ts >= since && e.ts <= layout.ts)) {
        const d = e.args?.data ?? {};
        const key = `${e.name.replace('InvalidationTracking', '')} ${d.nodeName ?? ''} ${d.reason ?? d.changedClass ?? d.changedAttribute ?? ''}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      console.log('    invalidated since the last layout:', Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 12));
    }
    console.log(`  task at ${(task.ts / 1000).toFixed(1)} ms: wall ${(task.dur / 1000).toFixed(1)} cpu ${(task.tdur / 1000).toFixed(1)}`);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts <= task.ts + task.dur && (e.dur ?? 0) > 500);
    for (const e of inside) {
      const data = e.args?.data ?? {};
      const begin = e.args?.beginData ?? {};
      const end = e.args?.endData ?? {};
      const extra = e.name === 'Layout' ? `dirty ${begin.dirtyObjects}/${begin.totalObjects} roots ${JSON.stringify((end.layoutRoots ?? []).map((r) => r.nodeId))}`
        : e.name === 'Paint' ? `clip ${JSON.stringify(data.clip)} node ${data.nodeId} layer ${data.layerId}`
        : e.name === 'UpdateLayoutTree' ? `elements ${e.args?.elementCount}`
        : (data.functionName || data.url?.slice(-30) || data.type || '');
      console.log(`    ${e.name.padEnd(28)} ${((e.ts - task.ts) / 1000).toFixed(1).padStart(6)} +${(e.dur / 1000).toFixed(1)} (cpu ${((e.tdur ?? 0) / 1000).toFixed(1)}) ${extra}`);
    }
  }
}
await browser.close();
server.close();
