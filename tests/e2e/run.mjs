// End-to-end tests: serves the release bundle (dist/) on 127.0.0.1 and drives Debian's Chromium
// through playwright-core as a learner would: lesson list, a lesson page, reload, back and
// forward. Screenshots go to tests/e2e/artifacts/ (git-ignored). Exits non-zero on any failure.
// E2E_ONLY=<regex> runs only the tests whose name matches it (e.g. E2E_ONLY=performance).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const lessonsDir = join(here, '../../lessons');
const dist = resolve(process.argv[2] ?? join(here, '../../dist'));
const artifacts = join(here, 'artifacts');
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const LESSON_COUNT = 15;

const tests = [];
// `allowedErrors`: console errors the test provokes on purpose (such as the browser reporting a
// refused WebSocket); any other console error still fails it.
const test = (name, body, allowedErrors = []) => tests.push({ name, body, allowedErrors });

async function openApp(page, url, fragment = '') {
  await page.goto(url + fragment);
  await page.locator('nav.lesson-list li').first().waitFor();
}

test('the home page lists every lesson', async ({ page, url }) => {
  await openApp(page, url);
  const titles = await page.locator('nav.lesson-list .lesson-title').allTextContents();
  assert.equal(titles.length, LESSON_COUNT);
  assert.equal(titles[0], 'Threads versus async tasks');
  assert.equal(titles[LESSON_COUNT - 1], 'Build your own executor');
  await page.screenshot({ path: join(artifacts, 'home.png'), fullPage: true });
});

test('clicking a lesson shows its title and prose, and reload keeps it', async ({ page, url }) => {
  await openApp(page, url);
  await page.getByRole('link', { name: /Futures are lazy/ }).click();
  await page.waitForURL(/#\/lesson\/lazy-futures$/);
  const title = page.locator('#lesson-title');
  assert.equal(await title.textContent(), 'Futures are lazy');
  const prose = await page.locator('.prose').textContent();
  assert.match(prose, /block_on/);
  assert.ok(prose.split(/\s+/).length > 150, 'the lesson has real prose');
  await page.reload();
  await title.waitFor();
  assert.equal(await title.textContent(), 'Futures are lazy');
  assert.equal(await page.title(), '2. Futures are lazy · Async Rust Playground');
  await page.screenshot({ path: join(artifacts, 'lesson-lazy-futures.png'), fullPage: true });
});

test('back and forward move between lessons', async ({ page, url }) => {
  await openApp(page, url, '#/lesson/future-trait');
  await page.getByRole('link', { name: /Context and Waker/ }).first().click();
  await page.waitForURL(/context-waker$/);
  await page.goBack();
  await page.waitForURL(/future-trait$/);
  assert.equal(await page.locator('#lesson-title').textContent(), 'Under the hood: the Future trait');
  await page.goForward();
  await page.waitForURL(/context-waker$/);
  assert.equal(await page.locator('#lesson-title').textContent(), 'Context and Waker');
});

test('every lesson page renders at 360 px wide', async ({ page, url }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openApp(page, url);
  const slugs = await page.locator('nav.lesson-list a').evaluateAll((links) => links.map((a) => a.hash));
  for (const hash of slugs) {
    await page.goto(url + hash);
    await page.locator('#lesson-title').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${hash} overflows by ${overflow}px at 360 px`);
  }
  await page.screenshot({ path: join(artifacts, 'lesson-pitfalls-360.png'), fullPage: true });
});


/// The presets of every lesson, with the console lines their compiled twin printed
/// (`lessons/<slug>/<name>.expected`, recorded by `cargo test`).
async function presets() {
  const all = [];
  for (const slug of (await readdir(lessonsDir)).sort()) {
    for (const file of (await readdir(join(lessonsDir, slug))).filter((f) => f.endsWith('.expected')).sort()) {
      const text = await readFile(join(lessonsDir, slug, file), 'utf8');
      const [output] = text.split('--- polls');
      const lines = output.split('\n').filter((line) => line !== '').map((line) => {
        const attributed = line.match(/^\[([^\]]+)\] (.*)$/);
        return attributed ? `${attributed[1]}: ${attributed[2]}` : `fn main: ${line}`;
      });
      // No polls recorded: the program's tasks ran on an executor that nothing counts (its own,
      // or futures' `LocalPool`), so the compiled run could not name them.
      const uncounted = text.split('--- polls\n')[1]?.split('--- stalled')[0].trim() === '';
      all.push({ slug, name: file.replace('.expected', ''), lines, stalled: text.includes('--- stalled'), uncounted });
    }
  }
  return all;
}

async function consoleLines(page) {
  return page.locator('section[aria-label=Console] .console-line').evaluateAll((items) =>
    items.map((item) => `${item.querySelector('.task-badge').textContent}: ${item.querySelector('.console-text').textContent}`));
}

async function runToEnd(page) {
  await page.locator('.controls .speed input').fill('100');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.locator('.run-status .status-done, .run-status .status-error, .editor-diagnostics .diagnostic-link')
    .first().waitFor({ timeout: 20000 });
  // Code that does not compile has diagnostics and no run; a run that panicked has both.
  const diagnostics = page.locator('.editor-diagnostics .diagnostic-link');
  if (await diagnostics.count() && !(await page.locator('.run-status p').count())) {
    return `Rejected: ${await diagnostics.allTextContents()}`;
  }
  await viewsCaughtUp(page);
  return (await page.locator('.run-status p').first().textContent()) ?? '';
}

/// Waits for the live views to show the run as it stands: they catch up with a run that jumped
/// ahead (one that finished at speed) a frame at a time, and are busy until then.
// Waits until the page stands still: unchanged over two animation frames, or ten seconds at most.
// What a click or an edit sets off (a render, a saved draft) has then happened, however slow the
// machine, where a fixed pause would be too short on a loaded one.
async function pageSettled(page) {
  await page.evaluate(() => new Promise((resolve) => {
    const started = performance.now();
    let last = null;
    let still = 0;
    const check = () => {
      const now = document.body.innerHTML;
      still = now === last ? still + 1 : 0;
      last = now;
      if (still >= 2 || performance.now() - started > 10000) resolve();
      else requestAnimationFrame(() => setTimeout(check, 10));
    };
    check();
  }));
}

async function viewsCaughtUp(page) {
  await page.locator('.live-views:not([aria-busy])').waitFor({ timeout: 5000 });
}

test('every preset of every lesson runs in the page and prints what rustc + futures print', async ({ page, url }) => {
  await openApp(page, url);
  const failures = [];
  for (const preset of await presets()) {
    await page.goto(`${url}#/lesson/${preset.slug}`);
    await page.locator('#lesson-title').waitFor();
    const picker = page.locator('.presets button', { hasText: preset.name.replaceAll('_', ' ') });
    if (await picker.count()) await picker.first().click();
    const status = await runToEnd(page);
    // Lines from tasks the compiled run cannot name: only their text is compared, as
    // tests/programs.rs does.
    const textOf = (line) => (preset.uncounted ? line.replace(/^[^:]*: /, '') : line);
    const lines = (await consoleLines(page)).map(textOf);
    const expected = preset.lines.map(textOf);
    if (preset.stalled !== status.startsWith('Stuck')) failures.push(`${preset.slug}/${preset.name}: status ${status}`);
    if (JSON.stringify(lines) !== JSON.stringify(expected)) {
      failures.push(`${preset.slug}/${preset.name}: console ${JSON.stringify(lines)} != ${JSON.stringify(expected)}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('step forward and back move the timeline one poll at a time', async ({ page, url }) => {
  await openApp(page, url, '#/lesson/executor-tasks');
  const marks = page.locator('section[aria-label=Timeline] .mark');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  await step.click();
  await step.click();
  await step.click();
  await pageSettled(page);
  const pollsAfterThree = await page.locator('section[aria-label=Tasks] tfoot td, section[aria-label=Tasks] tr.total td').first().textContent().catch(() => null);
  const afterThree = await marks.count();
  await page.getByRole('button', { name: 'Step back' }).click();
  await pageSettled(page);
  const afterBack = await marks.count();
  assert.ok(afterBack < afterThree, `step back removed marks (${afterThree} -> ${afterBack}, ${pollsAfterThree})`);
  await step.click();
  await pageSettled(page);
  assert.equal(await marks.count(), afterThree, 'stepping forward again gives the same timeline');
  await page.screenshot({ path: join(artifacts, 'stepping.png'), fullPage: false });
});

test('busy polling wastes polls that the waker-driven policy does not', async ({ page, url }) => {
  await openApp(page, url, '#/lesson/context-waker');
  await page.getByRole('button', { name: 'Compare policies' }).click();
  const table = page.locator('section[aria-label="Policy comparison"]');
  await table.waitFor();
  const text = await table.textContent();
  assert.match(text, /Waker-driven/);
  assert.match(text, /Busy-polling/);
  await page.getByLabel('Executor policy').selectOption('busy');
  const status = await runToEnd(page);
  assert.match(status, /Finished/);
});

test('lesson 1 opens with a preset whose interleaving tables differ between tasks and threads', async ({ page, url }) => {
  await openApp(page, url, '#/lesson/thread-vs-async');
  await page.getByLabel('Mode').selectOption('threads');
  await page.getByLabel('Quantum (steps)').fill('3');
  await page.getByLabel('Quantum (steps)').press('Enter');
  await page.getByRole('button', { name: 'Compare async tasks and threads' }).click();
  const tables = page.locator('section[aria-label="Interleaving tables"] table');
  await tables.first().waitFor();
  assert.equal(await tables.count(), 2);
  const printers = (table) => table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].findIndex((cell) => cell.textContent !== '')));
  const asTasks = await printers(tables.nth(0));
  const asThreads = await printers(tables.nth(1));
  assert.deepEqual(asTasks, [0, 0, 0, 0, 1, 1, 1, 1, 2], 'async tasks run each worker to its await');
  assert.equal(asThreads.length, asTasks.length);
  assert.notDeepEqual(asThreads, asTasks, 'threads are preempted between steps');
  const status = await runToEnd(page);
  assert.match(status, /Finished/);
  await page.screenshot({ path: join(artifacts, 'thread-vs-async-tables.png'), fullPage: false });
});

test('lesson 6: the tasks spawned on a LocalPool each have a lane, and print from it', async ({ page, url }) => {
  await openApp(page, url, '#/lesson/executor-tasks');
  await page.locator('.presets button', { hasText: 'spawn tasks' }).click();
  assert.match(await runToEnd(page), /^Finished/);
  assert.deepEqual((await consoleLines(page)).slice(0, 3),
    ['fn main: main: spawned two tasks', 'pool task 1: small: chunk 1 of 1', 'pool task 2: large: chunk 1 of 3']);
  const small = await lane(page, 'pool task 1');
  const large = await lane(page, 'pool task 2');
  // The marks become buttons a few per frame once the run stands still: wait for the last one.
  await large.locator('.mark-ready').waitFor();
  assert.equal(await small.locator('.mark-pending').count(), 1, 'one chunk, one yield');
  assert.equal(await large.locator('.mark-pending').count(), 3, 'three chunks, three yields');
  assert.equal(await large.locator('.mark-wake').count(), 3, 'each yield wakes its own task');
});

test('lesson 15: every task the learner\'s own executor polls has a lane, a poll per turn of its loop', async ({ page, url }) => {
  await openApp(page, url, '#/lesson/own-executor');
  assert.match(await runToEnd(page), /^Finished/);
  assert.deepEqual(await consoleLines(page), ['Task 1: howdy!', 'Task 2: timer fires', 'Task 1: done!']);
  const first = await lane(page, 'Task 1');
  const second = await lane(page, 'Task 2');
  // The marks become buttons a few per frame once the run stands still: wait for the last one.
  await first.locator('.mark-ready').waitFor();
  assert.equal(await first.locator('.mark-pending').count(), 1, 'polled once before the timer fires');
  assert.equal(await first.locator('.mark-wake').count(), 1, 'woken by the task that fires the timer');
  assert.equal(await first.locator('.mark-ready').count(), 1, 'polled again, to the end');
  assert.equal(await second.locator('.mark-ready').count(), 1);
  assert.equal(await second.locator('.mark-pending').count(), 0);
  await page.screenshot({ path: join(artifacts, 'own-executor.png'), fullPage: false });
});

test('a task that blocks the executor says so on its lane and in the run status', async ({ page, url }) => {
  await openApp(page, url, '#/lesson/pitfalls');
  await page.locator('.presets button', { hasText: 'blocking sleep' }).click();
  await runToEnd(page);
  const lane = page.locator('section[aria-label=Timeline] .lane-blocked');
  assert.equal(await lane.count(), 1);
  assert.equal(await lane.locator('.task-badge').textContent(), 'sleeper');
  assert.match(await lane.locator('xpath=following-sibling::li[1]').textContent(),
    /`std::thread::sleep` blocked the executor for 50 ms.*no other task can be polled/);
  assert.match(await page.locator('.run-status .blocking').textContent(), /Task `sleeper`: `std::thread::sleep` blocked/);
});

test('a syntax error is located, and fixing it runs', async ({ page, url }) => {
  await openApp(page, url, '#/lesson/lazy-futures');
  const editor = page.getByRole('textbox', { name: 'Program' });
  await editor.fill('fn main() {\n    let x = ;\n}\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const diagnostics = page.locator('.editor-diagnostics');
  await diagnostics.locator('.diagnostic-link').first().waitFor();
  assert.match(await diagnostics.textContent(), /^2:13: /);
  await page.screenshot({ path: join(artifacts, 'syntax-error.png'), fullPage: false });
  await editor.fill('fn main() {\n    let x = 40 + 2;\n    println!("x = {x}");\n}\n');
  await runToEnd(page);
  assert.deepEqual(await consoleLines(page), ['fn main: x = 42']);
});

test('an edit survives a reload, and Reset restores the preset', async ({ page, url }) => {
  await openApp(page, url, '#/lesson/pitfalls');
  const editor = page.getByRole('textbox', { name: 'Program' });
  const preset = await editor.inputValue();
  await editor.fill('fn main() {\n    println!("kept");\n}\n');
  await pageSettled(page);
  await page.reload();
  await editor.waitFor();
  assert.equal(await editor.inputValue(), 'fn main() {\n    println!("kept");\n}\n');
  assert.match(await page.locator('.notice').textContent(), /edits from last time/);
  await page.getByRole('button', { name: 'Reset' }).click();
  assert.equal(await editor.inputValue(), preset);
});

test('a share link opens the shared code and settings', async ({ page, url, browser }) => {
  await openApp(page, url, '#/lesson/combinators');
  await page.getByRole('textbox', { name: 'Program' }).fill('fn main() {\n    println!("shared");\n}\n');
  await page.getByLabel('Executor policy').selectOption('busy');
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = page.url();
  assert.match(link, /#\/lesson\/combinators\?code=/);
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  const editor = fresh.getByRole('textbox', { name: 'Program' });
  await editor.waitFor();
  assert.equal(await editor.inputValue(), 'fn main() {\n    println!("shared");\n}\n');
  assert.equal(await fresh.getByLabel('Executor policy').inputValue(), 'busy');
  assert.match(await fresh.locator('.notice').textContent(), /share link/);
  await fresh.goto(`${url}#/lesson/combinators?code=%%%`);
  await fresh.reload();
  await editor.waitFor();
  assert.match(await fresh.locator('.notice').textContent(), /could not be opened/);
  await other.close();
});

test('screenshots of every lesson, 1280x800 and 360x740, light and dark', async ({ page, url }) => {
  await openApp(page, url);
  const hashes = await page.locator('nav.lesson-list a').evaluateAll((links) => links.map((a) => a.hash));
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    for (const [width, height] of [[1280, 800], [360, 740]]) {
      await page.setViewportSize({ width, height });
      for (const hash of hashes) {
        await page.goto(url + hash);
        await page.locator('#lesson-title').waitFor();
        // A phone shows one pane at a time: the run, after it ran.
        if (width < 700) await page.getByRole('button', { name: 'Show the run' }).click();
        // The WebSocket lesson dials the echo server that the test command started.
        if (hash.endsWith('/websocket-echo')) await page.getByLabel('Server URL').fill(ECHO_URL);
        await runToEnd(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: join(artifacts, `${hash.split('/').pop()}-${width}x${height}-${colorScheme}.png`) });
      }
    }
  }
});


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

const MANY_EVENTS = `use async_playground::prelude::{println, *};

fn main() {
    block_on(async {
        for _ in 0..50000 {
            yield_now().await;
        }
        println!("done");
    });
}
`;

/// Starts recording the gaps between animation frames in the page; the longest gap minus one
/// frame is the longest stretch of main-thread work.
async function recordFrameGaps(page) {
  await page.evaluate(() => {
    window.frameGaps = [];
    window.stopFrameGaps = false;
    let last = performance.now();
    const loop = (now) => {
      window.frameGaps.push(now - last);
      last = now;
      if (!window.stopFrameGaps) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

/// Stops recording and describes the gaps: the longest, the median and how many frames took
/// longer than two frames (33.4 ms), out of how many.
async function frameGaps(page) {
  const gaps = await page.evaluate(() => { window.stopFrameGaps = true; return window.frameGaps; });
  const sorted = [...gaps].sort((a, b) => a - b);
  const long = gaps.filter((gap) => gap > 33.4).length;
  return `longest gap between frames ${sorted.at(-1).toFixed(1)} ms, median ${sorted[sorted.length >> 1].toFixed(1)} ms, `
    + `${long} of ${gaps.length} frames over 33.4 ms`;
}

/// Starts a CDP trace of the page's main-thread tasks, for the longest single task (a frame's
/// script, style, layout and paint) that the frame gaps only bound from above.
async function startTaskTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  return { cdp, events };
}

/// Stops the trace and describes the main thread's tasks: the longest, and how many took over
/// 8 ms and over 50 ms, in wall time and in the thread's CPU time (which other jobs on a busy
/// machine do not inflate); and the longest animation-frame callback, the page's own script in
/// a frame without the browser's style, layout and paint.
async function taskTimes({ cdp, events }) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  // The page's main thread is the one that runs its animation frame callbacks.
  const main = events.find((event) => event.name === 'FireAnimationFrame');
  const tasks = events.filter((event) => event.name === 'RunTask' && event.tid === main?.tid && event.pid === main?.pid);
  const describe = (durations) => {
    const over = (ms) => durations.filter((duration) => duration > ms).length;
    return `longest ${Math.max(0, ...durations).toFixed(1)} ms, ${over(8)} over 8 ms, ${over(50)} over 50 ms`;
  };
  const wall = describe(tasks.map((event) => (event.dur ?? 0) / 1000));
  const cpu = describe(tasks.map((event) => (event.tdur ?? 0) / 1000));
  const callbacks = events.filter((event) => event.name === 'FireAnimationFrame' && event.tid === main.tid && event.pid === main.pid);
  const callbackMs = Math.max(0, ...callbacks.map((event) => (event.tdur ?? 0) / 1000));
  return `main-thread tasks: ${wall} (CPU time: ${cpu}); longest animation-frame callback ${callbackMs.toFixed(1)} ms CPU`;
}

test('performance (printed, not asserted)', async ({ page, url }) => {
  const started = Date.now();
  await page.goto(`${url}#/lesson/executor-tasks`);
  await page.locator('#lesson-title').waitFor();
  const firstRender = Date.now() - started;
  const editor = page.getByRole('textbox', { name: 'Program' });
  // Right after it shows, the page compiles and warms its engine up in short tasks (ui::warm_up,
  // about 200 ms here); a learner reads before pressing Run, so the runs measured start after it.
  await page.waitForTimeout(1000);

  await editor.fill(MANY_TASKS);
  await recordFrameGaps(page);
  let trace = await startTaskTrace(page);
  const status = await runToEnd(page);
  const manyTasksGaps = await frameGaps(page);
  const manyTasksTasks = await taskTimes(trace);
  assert.match(status, /Finished/);
  assert.deepEqual(await consoleLines(page), ['main: total 499500']);

  // The same run with the live views in sight, where the browser also lays out and paints them
  // (out of sight, `content-visibility` spares it most of that). Run is pressed from script, as
  // a click would scroll the button back into view.
  await page.evaluate(() => document.querySelector('.live-views').scrollIntoView());
  // The frames that bring the views into sight (laying out and painting what scrolled in) come
  // before the Run press, as they would for a learner.
  await page.waitForTimeout(300);
  await recordFrameGaps(page);
  trace = await startTaskTrace(page);
  await page.evaluate(() => [...document.querySelectorAll('.controls button')].find((button) => button.textContent === 'Run').click());
  await page.locator('.live-views[aria-busy]').waitFor();
  await page.locator('.run-status .status-done').waitFor({ timeout: 20000 });
  await viewsCaughtUp(page);
  const inSightGaps = await frameGaps(page);
  const inSightTasks = await taskTimes(trace);

  await editor.fill(MANY_EVENTS);
  await recordFrameGaps(page);
  trace = await startTaskTrace(page);
  await runToEnd(page);
  const manyEventsTasks = await taskTimes(trace);
  const events = await page.locator('section[aria-label=Narration] li').last().textContent();
  const scrub = page.getByLabel('Scrub timeline');
  const scrubStarted = await page.evaluate(() => performance.now());
  await scrub.fill(await scrub.getAttribute('min'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  const scrubMs = (await page.evaluate(() => performance.now())) - scrubStarted;
  const manyEventsGaps = await frameGaps(page);

  console.log('     performance:');
  console.log(`       time to first lesson render: ${firstRender} ms`);
  console.log(`       1,000 tasks x 10 yields at full speed: ${manyTasksGaps} (one frame is 16.7 ms); ${manyTasksTasks}`);
  console.log(`       the same with the live views in sight: ${inSightGaps}; ${inSightTasks}`);
  console.log(`       100,000-event timeline (last event: ${events?.trim().slice(0, 40)}): while running ${manyEventsGaps}; ${manyEventsTasks}; scrubbing to the start rendered in ${scrubMs.toFixed(1)} ms`);
});

// The WebSocket lesson talks to the echo server that the test command started (ECHO_URL), and starts one of
// its own (ECHO_SERVER_BIN) when a test must stop the server mid-conversation.
const ECHO_URL = process.env.ECHO_URL ?? 'ws://127.0.0.1:9001';
const ECHO_SERVER_BIN = process.env.ECHO_SERVER_BIN ?? join(here, '../../target/debug/echo-server');
// A handshake that fails makes the page probe the address over HTTP(S) (web/probe.rs), and the
// browser logs each probe that finds nothing.
const REFUSED = [/WebSocket connection to .* failed/, /Failed to load resource: net::ERR_/];

async function openEchoLesson(page, url, echoUrl = ECHO_URL) {
  await openApp(page, url, '#/lesson/websocket-echo');
  await page.getByRole('radio', { name: 'Real WebSocket server' }).check();
  await page.getByLabel('Server URL').fill(echoUrl);
}

/// The Timeline lane shown under the name `task`, exactly (`main` is not `fn main`).
async function lane(page, task) {
  const exactly = new RegExp(`^${task.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return page.locator('section[aria-label=Timeline] li.lane', { has: page.locator('.task-badge', { hasText: exactly }) });
}

test('lesson 9 echoes every message through the real WebSocket server, frames in the Network view', async ({ page, url }) => {
  await openEchoLesson(page, url);
  assert.match(await runToEnd(page), /^Finished/);
  const echoed = ['hello, echo', 'is anyone there?', 'bye'];
  assert.deepEqual(await consoleLines(page), [
    `client: client: connected to ${ECHO_URL}`,
    ...echoed.flatMap((m) => [`client: client: sent "${m}"`, `client: client: echo "${m}"`]),
  ]);
  const frames = page.locator('section[aria-label=Network] .websocket-frames li');
  assert.deepEqual(await frames.allTextContents(), echoed.flatMap((m) => [
    `→ sent ${m.length} bytes: "${m}"`, `← received ${m.length} bytes: "${m}"`,
  ]));
  assert.match(await page.locator('section[aria-label=Network]').textContent(), /WebSocket.*closed by the program/);
  assert.equal(await (await lane(page, 'echo server')).count(), 0, 'the loopback stand-in never ran');
  assert.match(await page.locator('section[aria-label=Narration], section[aria-label=Timeline]').first().innerHTML(), /woken by socket 0/);
  assert.equal(await page.getByRole('button', { name: 'Step back' }).isDisabled(), true, 'a live run cannot be replayed');
  assert.match(await page.locator('section[aria-label=Timeline] .view-note').first().textContent(), /wall-clock time/);
  await page.screenshot({ path: join(artifacts, 'websocket-echo-live.png'), fullPage: true });
  await page.getByRole('radio', { name: 'Loopback stand-in (in memory)' }).check();
  assert.match(await runToEnd(page), /^Finished/);
  assert.equal(await (await lane(page, 'echo server')).count(), 1, 'on the loopback the stand-in answers');
});

test('lesson 9: a server that is not running is a clear error on the lane, and Run reconnects without a reload', async ({ page, url }) => {
  await openEchoLesson(page, url, 'ws://127.0.0.1:9');
  assert.match(await runToEnd(page), /^Ended with a network error: task `client`'s async_send failed: WebSocket handshake failed with ws:\/\/127\.0\.0\.1:9: nothing answered there over HTTP or HTTPS: either the connection was refused/);
  const lines = await consoleLines(page);
  assert.match(lines.at(-1), /^fn main: error: WebSocket handshake failed with ws:\/\/127\.0\.0\.1:9: nothing answered there/);
  const client = await lane(page, 'client');
  assert.match(await client.textContent(), /network error/);
  assert.match(await client.locator('xpath=following-sibling::li[1]').textContent(),
    /Network error: async_send failed: WebSocket handshake failed with ws:\/\/127\.0\.0\.1:9: nothing answered there .*The program got this as an `Err` value/);
  await page.getByLabel('Server URL').fill('http://127.0.0.1:9001');
  assert.match(await page.locator('.network-choice [role=alert]').textContent(), /starts with ws:\/\/ or wss:\/\//);
  await page.getByLabel('Server URL').fill(ECHO_URL);
  assert.match(await runToEnd(page), /^Finished/);
  assert.equal((await consoleLines(page)).at(-1), 'client: client: echo "bye"');
}, REFUSED);

test('lesson 9: a web server that is not a WebSocket server is told apart from a refused connection', async ({ page, url }) => {
  // The page's own static server answers HTTP, but not the WebSocket handshake.
  const webServer = url.replace(/^http:/, 'ws:').replace(/\/$/, '');
  await openEchoLesson(page, url, webServer);
  const status = await runToEnd(page);
  assert.match(status, /^Ended with a network error: task `client`'s async_send failed: WebSocket handshake failed with ws:\/\/127\.0\.0\.1:\d+: a web server answered there, but it did not accept the WebSocket handshake/);
  assert.doesNotMatch(status, /nothing is listening/);
  assert.match((await consoleLines(page)).at(-1), /^fn main: error: WebSocket handshake failed with/);
}, REFUSED);

test('lesson 9: a server that answers no probe (a TLS-only one) is not called a plain refusal', async ({ page, url }) => {
  // What a TLS-only server sends to a plain request: bytes that are neither HTTP nor WebSocket.
  const tlsOnly = createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => socket.end(Buffer.from([0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x28])));
  });
  await new Promise((done) => tlsOnly.listen(0, '127.0.0.1', done));
  try {
    await openEchoLesson(page, url, `ws://127.0.0.1:${tlsOnly.address().port}`);
    const status = await runToEnd(page);
    assert.match(status, /WebSocket handshake failed with .*: nothing answered there over HTTP or HTTPS: either the connection was refused \(nothing is listening\), or the server speaks neither HTTP nor WebSocket \(a TLS-only server/);
    assert.doesNotMatch(status, /connection refused: nothing is listening/, 'it does not claim that nothing listens');
    assert.doesNotMatch(status, /every task ran to completion/);
  } finally {
    tlsOnly.close();
  }
}, REFUSED);

test('lesson 9: the server stopped mid-conversation is an error, and the page keeps working', async ({ page, url }) => {
  const port = 9011;
  const server = spawn(ECHO_SERVER_BIN, ['--addr', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise((listening, failed) => {
      server.on('error', failed);
      server.on('exit', (code) => failed(new Error(`the echo server on port ${port} exited (${code}) before listening`)));
      server.stdout.on('data', (data) => String(data).includes('listening') && listening());
    });
    await openEchoLesson(page, url, `ws://127.0.0.1:${port}`);
    await page.getByRole('textbox', { name: 'Program' }).fill([
      'use async_playground::prelude::{println, *};',
      'async fn client() -> Result<(), NetError> {',
      '    let stream = TcpStream::connect("ws://127.0.0.1:9001")?;',
      '    stream.async_send("first").await?;',
      '    let echo = stream.async_read().await?;',
      '    println!("echo {:?}", String::from_utf8_lossy(&echo).to_string());',
      '    let more = stream.async_read().await?;',
      '    println!("unexpected {} bytes", more.len());',
      '    Ok(())',
      '}',
      'fn main() {',
      '    if let Err(error) = block_on(async { spawn("client", client()).await }) {',
      '        println!("error: {error}");',
      '    }',
      '}',
      '',
    ].join('\n'));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('section[aria-label=Console] .console-line', { hasText: 'echo "first"' }).waitFor({ timeout: 20000 });
    assert.match(await page.locator('.run-status p').first().textContent(), /Waiting for the network/);
    server.kill();
    await page.locator('.run-status .status-done').waitFor({ timeout: 20000 });
    await viewsCaughtUp(page);
    assert.equal((await consoleLines(page)).at(-1),
      'fn main: error: connection closed: the server closed socket 0 with code 1006 (connection lost without a close frame)');
    assert.match(await (await lane(page, 'client')).textContent(), /network error/);
    assert.match(await page.locator('section[aria-label=Network]').textContent(), /closed \(code 1006\)/);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByLabel('Server URL').fill(ECHO_URL);
    assert.match(await runToEnd(page), /^Finished/);
  } finally {
    server.kill();
  }
}, REFUSED);

(await import('./drafts.mjs')).default({ test, openApp, runToEnd, consoleLines, viewsCaughtUp, pageSettled, lane, artifacts });
(await import('./predict.mjs')).default({ test, openApp, viewsCaughtUp, artifacts });
(await import('./workbench.mjs')).default({ test, openApp, runToEnd, viewsCaughtUp, consoleLines, lane, artifacts, recordFrameGaps, frameGaps });

async function main() {
  await mkdir(artifacts, { recursive: true });
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  let failures = 0;
  const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;
  const chosen = tests.filter(({ name }) => !only || only.test(name));
  try {
    for (const { name, body, allowedErrors } of chosen) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedErrors.some((allowed) => allowed.test(message.text()))) {
          errors.push(message.text());
        }
      });
      try {
        await body({ page, url: server.url, browser, context });
        assert.deepEqual(errors, [], 'the page logged no errors');
        console.log(`ok   ${name}`);
      } catch (error) {
        failures += 1;
        console.log(`FAIL ${name}\n     ${String(error.message ?? error).split('\n').join('\n     ')}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`end-to-end: ${chosen.length - failures} passed, ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
}

await main();
