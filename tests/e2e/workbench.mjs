// End-to-end tests of the workbench (issue 16): the layout at 1280x800 and at 360x740, the
// sticky lesson navigation, the keyboard and the run controls' enabled states. run.mjs hands in
// its test registry and helpers.
import assert from 'node:assert/strict';
import { join } from 'node:path';

/// Whether a box lies wholly inside a viewport of `width` x `height`.
const inside = (box, width, height) =>
  box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;

/// Two tasks that yield ten times each: more events than the Timeline shows at once.
const TWO_YIELDING_TASKS = [
  'use async_playground::prelude::*;',
  'fn main() {',
  '    block_on(async {',
  '        let a = spawn("a", async { for _ in 0..10 { yield_now().await; } });',
  '        let b = spawn("b", async { for _ in 0..10 { yield_now().await; } });',
  '        a.await;',
  '        b.await;',
  '    });',
  '}',
  '',
].join('\n');

/// Waits until the Timeline says which events are in view ("events FIRST–LAST of LEN in view"),
/// with the first one `want.first` and more than `want.moreThan` or fewer than `want.fewerThan`
/// of them when asked, and returns { first, last, len, count }.
async function eventsInView(page, want = {}) {
  const found = await page.waitForFunction((want) => {
    const match = document.querySelector('.timeline-shown')?.textContent.match(/^events (\d+)–(\d+) of (\d+) in view$/);
    if (!match) return null;
    const [first, last, len] = match.slice(1).map(Number);
    const count = last - first + 1;
    const wanted = (want.first === undefined || first === want.first)
      && (want.moreThan === undefined || count > want.moreThan)
      && (want.fewerThan === undefined || count < want.fewerThan);
    return wanted ? { first, last, len, count } : null;
  }, want);
  return found.jsonValue();
}

export default function workbenchTests({ test, openApp, runToEnd, viewsCaughtUp, consoleLines, lane, artifacts }) {
  /// The run of two yielding tasks at 1280x800, ended: more events than the Timeline shows.
  const runTwoYieldingTasks = async (page, url) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, url, '#/lesson/executor-tasks');
    await page.getByRole('textbox', { name: 'Program' }).fill(TWO_YIELDING_TASKS);
    assert.match(await runToEnd(page), /Finished/);
  };

  test('workbench: at 1280x800 the editor, Run and the Timeline are in one view, the lesson text beside', async ({ page, url }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, url, '#/lesson/executor-tasks');
    const editor = page.locator('.editor-surface');
    const run = page.getByRole('button', { name: 'Run', exact: true });
    const timeline = page.locator('section[aria-label=Timeline]');
    const text = page.locator('#lesson-text');
    const check = async (when) => {
      const [editorBox, runBox, timelineBox] = await Promise.all([editor.boundingBox(), run.boundingBox(), timeline.boundingBox()]);
      assert.ok(inside(editorBox, 1280, 800), `${when}: the editor is in view (${JSON.stringify(editorBox)})`);
      assert.ok(inside(runBox, 1280, 800), `${when}: Run is in view (${JSON.stringify(runBox)})`);
      // The Timeline's heading and first lanes are in view, beside the editor.
      assert.ok(inside({ ...timelineBox, height: Math.min(timelineBox.height, 160) }, 1280, 800),
        `${when}: the Timeline is in view (${JSON.stringify(timelineBox)})`);
      assert.ok(timelineBox.x >= editorBox.x + editorBox.width, `${when}: the Timeline is beside the editor`);
      return timelineBox;
    };
    await check('before a run');
    // Sized by importance: with the lesson text shown, code and Timeline both stay usable.
    assert.ok((await editor.boundingBox()).width >= 400, `the editor is ${(await editor.boundingBox()).width}px wide`);
    const textBox = await text.boundingBox();
    assert.ok(textBox.x + textBox.width <= (await editor.boundingBox()).x, 'the lesson text is beside the workbench');
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    assert.match(await runToEnd(page), /Finished/);
    const shown = await check('after a run');
    // The Timeline is the widest view.
    const widths = await page.locator('.live-views > section').evaluateAll((views) =>
      views.map((view) => [view.getAttribute('aria-label'), view.getBoundingClientRect().width]));
    for (const [name, width] of widths) assert.ok(width <= shown.width, `${name} (${width}) is no wider than the Timeline`);
    await page.screenshot({ path: join(artifacts, 'workbench-1280x800.png') });

    // Hiding the lesson text gives the workbench its room, and is kept across a reload.
    await page.getByRole('button', { name: 'Hide lesson text' }).click();
    assert.equal(await text.isVisible(), false);
    const wider = await check('with the lesson text hidden');
    assert.ok(wider.width > shown.width, 'the Timeline grew');
    await page.reload();
    await page.getByRole('button', { name: 'Show lesson text' }).waitFor();
    assert.equal(await text.isVisible(), false, 'still hidden after a reload');
    await page.getByRole('button', { name: 'Show lesson text' }).click();
    assert.equal(await text.isVisible(), true);
  });

  // docs/screenshot.png and docs/screenshot-phone.png, which the README shows, are copies of these.
  test('workbench: the README\'s screenshots, a lesson after its run at 1280x800 and 360x740', async ({ page, url }) => {
    for (const [width, height] of [[1280, 800], [360, 740]]) {
      await page.setViewportSize({ width, height });
      await openApp(page, url, '#/lesson/executor-tasks');
      if (width < 700) await page.getByRole('button', { name: 'Show the code' }).click();
      await page.locator('.presets button', { hasText: 'spawn tasks' }).click();
      if (width < 700) await page.getByRole('button', { name: 'Show the run' }).click();
      assert.match(await runToEnd(page), /Finished/);
      // The Timeline adds its lanes a few per frame once the run stands still.
      await page.locator('section[aria-label=Timeline] li.lane').nth(1).waitFor({ timeout: 10000 });
      await page.screenshot({ path: join(artifacts, `readme-${width}x${height}.png`) });
    }
  });

  test('workbench: at 360x740 a Lesson / Code / Run switch shows one pane at a time', async ({ page, url }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openApp(page, url, '#/lesson/executor-tasks');
    const show = (pane) => page.getByRole('button', { name: `Show the ${pane}` });
    const text = page.locator('#lesson-text');
    const editor = page.locator('.editor-surface');
    const run = page.getByRole('button', { name: 'Run', exact: true });
    const timeline = page.locator('section[aria-label=Timeline]');
    const visible = async () => ({
      text: await text.isVisible(), editor: await editor.isVisible(), run: await run.isVisible(), timeline: await timeline.isVisible(),
    });
    assert.equal(await show('lesson').getAttribute('aria-pressed'), 'true', 'the lesson comes first');
    assert.deepEqual(await visible(), { text: true, editor: false, run: false, timeline: false });
    await show('code').click();
    assert.deepEqual(await visible(), { text: false, editor: true, run: true, timeline: false });
    const [editorBox, runBox] = [await editor.boundingBox(), await run.boundingBox()];
    assert.ok(editorBox.width <= 360 && runBox.x + runBox.width <= 360, 'the code pane fits the width');
    await show('run').click();
    assert.deepEqual(await visible(), { text: false, editor: false, run: true, timeline: true });
    assert.match(await runToEnd(page), /Finished/);
    // Views sized by importance: right after Run, the Timeline is in view under the run
    // controls and the run's status, with Predict below it.
    const [runAfter, timelineBox, predictBox] = await Promise.all([
      run.boundingBox(), timeline.boundingBox(), page.locator('section[aria-label="Predict, then run"]').boundingBox(),
    ]);
    assert.ok(inside({ ...timelineBox, height: Math.min(timelineBox.height, 160) }, 360, 740),
      `the Timeline is in view right after Run (${JSON.stringify(timelineBox)})`);
    assert.ok(timelineBox.y >= runAfter.y + runAfter.height, 'the run controls are above the Timeline');
    assert.ok(predictBox.y >= timelineBox.y + timelineBox.height, `Predict is below the Timeline (${JSON.stringify(predictBox)})`);
    assert.ok((await consoleLines(page)).length > 0, 'the run shows in the Run pane');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page overflows by ${overflow}px`);
    await page.screenshot({ path: join(artifacts, 'workbench-360x740-run.png') });
    // Focus follows that order too (WCAG 2.4.3): Tab from Run reaches the Timeline before Predict.
    await run.focus();
    let reached = null;
    for (let presses = 0; presses < 30 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        const focused = document.activeElement;
        if (focused.closest('section[aria-label=Timeline]')) return 'Timeline';
        return focused.closest('section[aria-label="Predict, then run"]') ? 'Predict' : null;
      });
    }
    assert.equal(reached, 'Timeline', 'Tab from Run reaches the Timeline before Predict');
    await page.reload();
    await timeline.waitFor();
    assert.equal(await show('run').getAttribute('aria-pressed'), 'true', 'the pane is kept across a reload');
  });

  test('workbench: a new run moves none of the views down to Tasks, however much the last one printed', async ({ page, url }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, url, '#/lesson/select-cancel');
    assert.match(await runToEnd(page), /Finished/);
    await viewsCaughtUp(page);
    // The views down to the Tasks table, whose rows are the run's tasks so far.
    const tops = () => page.locator('.live-views > section').evaluateAll((views) => views
      .slice(0, views.findIndex((view) => view.getAttribute('aria-label') === 'Tasks') + 1)
      .map((view) => `${view.getAttribute('aria-label')} at ${Math.round(view.getBoundingClientRect().top + window.scrollY)}`));
    const before = await tops();
    // At the slowest speed the new run stands at its start: Narration and Console are emptied.
    await page.locator('.controls .speed input').fill('0');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('section[aria-label=Console] .view-empty').waitFor();
    await page.locator('section[aria-label=Narration] .narration-recent li').first().waitFor();
    assert.ok(await page.locator('section[aria-label=Narration] .narration-recent li').count() < 5, 'the new run has just begun');
    assert.deepEqual(await tops(), before);
  });

  test('workbench: the lesson list stays at hand, and Next lesson opens at the top', async ({ page, url }) => {
    for (const [width, height] of [[1280, 800], [1000, 800], [360, 740]]) {
      await page.setViewportSize({ width, height });
      await openApp(page, url, '#/lesson/lazy-futures');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      assert.ok(await page.evaluate(() => window.scrollY) > 0, `${width}: the page scrolled`);
      const list = await page.locator('nav.lesson-list').boundingBox();
      assert.ok(list.y >= -1 && list.y < height / 2, `${width}: the lesson list is still in view (${JSON.stringify(list)})`);
      const next = page.locator('a.pager.next');
      if (width === 360) await page.getByRole('button', { name: 'Show the lesson' }).click();
      await next.click();
      await page.waitForURL(/#\/lesson\/async-await$/);
      await page.locator('#lesson-title', { hasText: 'async/await' }).waitFor();
      assert.equal(await page.evaluate(() => window.scrollY), 0, `${width}: the next lesson opens at its top`);
    }
  });

  test('workbench: the Tasks table fits its panel at 1280 px, and the State machine card has a heading', async ({ page, url }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, url, '#/lesson/executor-tasks');
    assert.match(await runToEnd(page), /Finished/);
    const table = page.locator('section[aria-label=Tasks] .table-scroll');
    const { scroll, client } = await table.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    assert.ok(scroll <= client, `the Tasks table is ${scroll}px wide in a ${client}px panel`);
    assert.equal(await page.locator('section[aria-label="State machine"]').getByRole('heading').first().textContent(), 'State machine');
  });

  test('keyboard: Space pauses and resumes wherever focus is, except in text', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/executor-tasks');
    await page.locator('.controls .speed input').fill('0');
    const run = page.getByRole('button', { name: 'Run', exact: true });
    await run.click();
    const pauseOrResume = page.locator('.controls button').nth(1);
    await page.locator('.run-status .status-running', { hasText: 'Running' }).waitFor();
    // Focus is on Run: Space pauses instead of pressing Run again (which would restart the run).
    await page.keyboard.press(' ');
    await page.locator('.run-status .status-paused').waitFor();
    assert.equal(await pauseOrResume.textContent(), 'Resume');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Run');
    await page.keyboard.press(' ');
    await page.locator('.controls button', { hasText: 'Pause' }).waitFor();
    // In the editor, Space types a space.
    const editor = page.getByRole('textbox', { name: 'Program' });
    const before = await editor.inputValue();
    await editor.focus();
    await page.keyboard.press('End');
    await page.keyboard.press(' ');
    assert.equal((await editor.inputValue()).length, before.length + 1);
    assert.equal(await pauseOrResume.textContent(), 'Pause', 'typing did not pause');
  });

  test('controls: Resume, Step and Step back are off when they would do nothing; an edit steps from its start', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/executor-tasks');
    const button = (name) => page.getByRole('button', { name, exact: true });
    const enabled = async () => ({
      resume: await button('Resume').isEnabled(), step: await button('Step').isEnabled(), back: await button('Step back').isEnabled(),
    });
    assert.deepEqual(await enabled(), { resume: false, step: true, back: false }, 'before a run');
    await button('Step').click();
    await viewsCaughtUp(page);
    assert.deepEqual(await enabled(), { resume: true, step: true, back: true }, 'one poll in');
    await runToEnd(page);
    assert.deepEqual(await enabled(), { resume: false, step: true, back: true }, 'after the end');
    const editor = page.getByRole('textbox', { name: 'Program' });
    await editor.fill('fn main() {\n    println!("edited");\n}\n');
    await button('Step').click();
    await page.locator('section[aria-label=Console] .console-line').first().waitFor();
    await viewsCaughtUp(page);
    assert.deepEqual(await consoleLines(page), ['fn main: edited'], 'Step ran the edited program from its start');
    assert.equal(await editor.inputValue(), 'fn main() {\n    println!("edited");\n}\n', 'the edit is kept');
  });

  test('timeline: a legend explains every mark, and each mark has a tooltip', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/executor-tasks');
    const timeline = page.locator('section[aria-label=Timeline]');
    assert.deepEqual(await timeline.getByRole('list', { name: 'Timeline legend' }).getByRole('listitem').allTextContents(),
      ['Sspawned', 'Ppolled: Pending', 'Rpolled: Ready', 'Wwoken', 'Oprinted output', '!stuck or blocked', 'Tpreempted (threads)', '✕panicked']);
    assert.match(await runToEnd(page), /Finished/);
    const mark = timeline.locator('button.mark-pending').first();
    await mark.waitFor();
    assert.match(await mark.getAttribute('title'), /^event \d+: task `.*` polled: Pending/);
  });

  test('keyboard: a shortcuts popover lists the keys', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/executor-tasks');
    const popover = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    assert.equal(await popover.isVisible(), false);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await popover.waitFor();
    const text = await popover.textContent();
    for (const key of ['Ctrl+Enter', 'Space', '→', '←']) assert.ok(text.includes(key), `the popover lists ${key}`);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
  });

  const PANICKING = [
    'use async_playground::prelude::*;',
    'fn main() {',
    '    block_on(async {',
    '        let worker = spawn("worker", async {',
    '            yield_now().await;',
    '            panic!("boom");',
    '        });',
    '        worker.await;',
    '    });',
    '}',
    '',
  ].join('\n');

  test('panic: shown on its task\'s lane, in Tasks and Narration, and underlined in the editor', async ({ page, url }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, url, '#/lesson/executor-tasks');
    await page.getByRole('textbox', { name: 'Program' }).fill(PANICKING);
    assert.match(await runToEnd(page), /^The program panicked at 6:13: boom/);
    const worker = await lane(page, 'worker');
    assert.match(await worker.locator('.lane-stuck-reason').textContent(), /^panicked$/);
    assert.equal(await worker.locator('.mark-panic').count(), 1, 'the panic is its own mark');
    assert.match(await worker.locator('xpath=following-sibling::li[1]').textContent(), /^Panicked: boom\./);
    const row = page.locator('section[aria-label=Tasks] tbody tr', { has: page.locator('.task-badge', { hasText: 'worker' }) });
    assert.equal(await row.locator('.task-state').textContent(), 'Panicked: boom');
    assert.match(await page.locator('.narration-current').textContent(), /task `worker` panicked: boom$/);
    const views = await page.locator('.live-views').textContent();
    assert.doesNotMatch(views, /lost waker|deadlock/, 'no task is called stuck');
    assert.equal(await page.locator('.editor-highlight .diagnostic-underline').allTextContents().then((parts) => parts.join('')),
      'panic!("boom");');
    assert.equal(await page.locator('.gutter-mark[data-line="6"]').count(), 1, 'the panicking line is flagged');
    await page.screenshot({ path: join(artifacts, 'panic-1280x800.png') });
  });

  test('stepping: the editor shades the .await just reached and the parked ones, forward and back', async ({ page, url }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, url, '#/lesson/executor-tasks');
    await page.getByRole('textbox', { name: 'Program' }).fill(PANICKING.replace('            panic!("boom");\n', ''));
    const step = page.getByRole('button', { name: 'Step', exact: true });
    const shaded = async () => {
      await viewsCaughtUp(page);
      const line = async (kind) => (await page.locator(`.editor-highlight > .line-${kind}`).allTextContents()).map((text) => text.trim());
      return { ran: await line('ran'), parked: await line('parked') };
    };
    await step.click();
    await step.click();
    assert.deepEqual(await shaded(), { ran: ['worker.await;'], parked: ['block_on(async {'] });
    assert.equal(await page.locator('.gutter-run.line-ran').textContent(), '▶');
    await step.click();
    assert.deepEqual(await shaded(), { ran: ['yield_now().await;'], parked: ['block_on(async {', 'worker.await;'] });
    await page.screenshot({ path: join(artifacts, 'stepping-1280x800.png') });
    await page.getByRole('button', { name: 'Step back', exact: true }).click();
    assert.deepEqual(await shaded(), { ran: ['worker.await;'], parked: ['block_on(async {'] });
    // Selecting an earlier event shows the code as it stood then: event 3 is fn main's first poll.
    await page.locator('section[aria-label=Timeline] .mark[data-seq="3"]').click();
    assert.deepEqual(await shaded(), { ran: ['block_on(async {'], parked: [] });
    assert.match(await runToEnd(page), /Finished/);
    assert.deepEqual(await shaded(), { ran: [], parked: [] }, 'a finished run marks no line');
  });

  test('timeline: the scrub is on whenever not every event is in view, and moves the view over the run', async ({ page, url }) => {
    await runTwoYieldingTasks(page, url);
    const scrub = page.getByRole('slider', { name: 'Scrub timeline' });
    const { first, last, len } = await eventsInView(page);
    assert.ok(len > last - first + 1, `this run has more events (${len}) than the view shows (${first}–${last})`);
    assert.equal(last, len, 'the view follows the newest events');
    assert.equal(await scrub.isEnabled(), true, 'not everything is in view, so the scrub is on');
    await scrub.fill(String(last - first + 1));
    await eventsInView(page, { first: 1 });
    const firstMark = await page.locator('section[aria-label=Timeline] .mark').evaluateAll((marks) =>
      Math.min(...marks.map((mark) => Number(mark.dataset.seq))));
    assert.equal(firstMark, 1);
    // The first event's mark is in view, right of the lane names, not under them.
    const names = await page.locator('section[aria-label=Timeline] .lane-name').first().boundingBox();
    const mark = await page.locator('section[aria-label=Timeline] .mark[data-seq="1"]').boundingBox();
    assert.ok(mark.x >= names.x + names.width, `the first mark (${mark.x}) is not under the lane names (${names.x + names.width})`);
    await page.screenshot({ path: join(artifacts, 'timeline-scrubbed-1280x800.png') });
  });

  test('timeline: no mark is half hidden beside the lane names, after a run, a scroll or a zoom', async ({ page, url }) => {
    await runTwoYieldingTasks(page, url);
    await eventsInView(page);
    // Every mark lies wholly right of the names' edge or wholly under the names: none straddles it.
    const noneStraddles = () => {
      const edge = document.querySelector('section[aria-label=Timeline] .lane-name').getBoundingClientRect().right;
      const marks = [...document.querySelectorAll('section[aria-label=Timeline] .mark')].map((mark) => mark.getBoundingClientRect());
      return marks.length > 0 && marks.every((box) => box.left >= edge - 0.5 || box.right <= edge + 0.5);
    };
    const scroller = page.locator('section[aria-label=Timeline] .timeline-scroll');
    const check = async (when) => {
      const straddling = await page.waitForFunction(noneStraddles, null, { timeout: 5000 }).then(() => false, () => true);
      assert.equal(straddling, false, `${when}: a mark straddles the lane names' edge`);
    };
    await check('after the run');
    // Scrolled by hand to offsets that are no whole number of columns, the view settles on one.
    for (const offset of [-37, -61, -90]) {
      await scroller.evaluate((element, left) => { element.scrollLeft = left; }, offset);
      await check(`scrolled to ${offset}px`);
    }
    await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('group', { name: 'Zoom' }).locator('output', { hasText: '75%' }).waitFor();
    await check('zoomed out');
    await page.locator('section[aria-label=Timeline]').screenshot({ path: join(artifacts, 'timeline-aligned-1280x800.png') });
  });

  test('timeline: zoom out puts more events in view, zoom in fewer, and the scrub follows', async ({ page, url }) => {
    await runTwoYieldingTasks(page, url);
    const scrub = page.getByRole('slider', { name: 'Scrub timeline' });
    const zoom = page.getByRole('group', { name: 'Zoom' });
    assert.equal(await zoom.locator('output').textContent(), '100%');
    const before = await eventsInView(page);
    assert.ok(before.count < before.len, `at 100% not every event is in view (${before.count} of ${before.len})`);
    assert.equal(await scrub.isEnabled(), true);
    for (const level of ['75%', '50%', '25%']) {
      await zoom.getByRole('button', { name: 'Zoom out' }).click();
      await zoom.locator('output', { hasText: level }).waitFor();
    }
    assert.equal(await zoom.getByRole('button', { name: 'Zoom out' }).isDisabled(), true, '25% is the farthest out');
    const out = await eventsInView(page, { moreThan: before.count });
    assert.ok(out.count > 2 * before.count, `zoomed out, ${out.count} events are in view, against ${before.count}`);
    assert.equal(await scrub.isEnabled(), out.count < out.len, 'the scrub is on exactly when not every event is in view');
    await page.screenshot({ path: join(artifacts, 'timeline-zoomed-out-1280x800.png') });
    for (let step = 0; step < 4; step += 1) await zoom.getByRole('button', { name: 'Zoom in' }).click();
    await zoom.locator('output', { hasText: '150%' }).waitFor();
    await eventsInView(page, { fewerThan: before.count });
    assert.equal(await scrub.isEnabled(), true);
  });

  test('timeline: a lane note is never clipped: it wraps and scrolls within its row, beside no mark', async ({ page, url }) => {
    for (const [width, height] of [[1280, 800], [360, 740]]) {
      await page.setViewportSize({ width, height });
      await openApp(page, url, '#/lesson/pitfalls');
      if (width === 360) await page.getByRole('button', { name: 'Show the run' }).click();
      assert.match(await runToEnd(page), /Finished/);
      const note = page.locator('section[aria-label=Timeline] .lane-note').first();
      const scroller = await page.locator('section[aria-label=Timeline] .timeline-scroll').boundingBox();
      const box = await note.boundingBox();
      assert.ok(box.x >= scroller.x - 1 && box.x + box.width <= scroller.x + scroller.width + 1,
        `${width}: the note (${box.x}–${box.x + box.width}) lies inside the Timeline (${scroller.x}–${scroller.x + scroller.width})`);
      const fit = await note.evaluate((element) => ({
        wide: element.scrollWidth - element.clientWidth,
        tall: element.scrollHeight - element.clientHeight,
        overflow: getComputedStyle(element).overflowY,
        text: element.textContent,
      }));
      assert.ok(fit.wide <= 0, `${width}: no word of the note is cut off at the side (${fit.wide}px)`);
      assert.ok(fit.tall <= 0 || fit.overflow === 'auto', `${width}: a taller note scrolls within its row`);
      assert.match(fit.text, /^Blocked the executor/);
    }
  });

  test('timeline: a lane\'s status is shown whole in the lane names, on a desktop and a phone', async ({ page, url }) => {
    const cases = [
      { hash: '#/lesson/pitfalls', task: 'sleeper', status: 'blocked the executor' },
      { hash: '#/lesson/context-waker', preset: 'lost waker', task: 'main', status: 'stuck: lost waker' },
    ];
    for (const [width, height] of [[1280, 800], [360, 740]]) {
      await page.setViewportSize({ width, height });
      for (const { hash, preset, task, status } of cases) {
        await openApp(page, url, hash);
        if (preset) {
          if (width < 700) await page.getByRole('button', { name: 'Show the code' }).click();
          await page.locator('.presets button', { hasText: preset }).click();
        }
        if (width < 700) await page.getByRole('button', { name: 'Show the run' }).click();
        await runToEnd(page);
        const name = (await lane(page, task)).locator('.lane-name');
        assert.equal(await name.locator('.lane-stuck-reason').textContent(), status);
        const fit = await name.evaluate((element) => {
          const outer = element.getBoundingClientRect();
          const inner = element.querySelector('.lane-stuck-reason');
          const box = inner.getBoundingClientRect();
          return {
            inside: box.left >= outer.left && box.right <= outer.right && box.top >= outer.top && box.bottom <= outer.bottom,
            cut: inner.scrollWidth - inner.clientWidth,
          };
        });
        assert.ok(fit.inside && fit.cut <= 0, `${width}: "${status}" is cut off in the lane of ${task} (${JSON.stringify(fit)})`);
      }
    }
    await page.locator('section[aria-label=Timeline]').screenshot({ path: join(artifacts, 'timeline-status-360x740.png') });
  });

  test('timeline: a stall of block_on\'s task and fn main is one mark per event on their lane', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/context-waker');
    await page.locator('.presets button', { hasText: 'lost waker' }).click();
    assert.match(await runToEnd(page), /^Stuck: deadlock/);
    const main = await lane(page, 'main');
    const seqs = await main.locator('.mark').evaluateAll((marks) => marks.map((mark) => mark.dataset.seq));
    assert.ok(seqs.length > 0 && new Set(seqs).size === seqs.length, `one mark per event on the lane: ${seqs}`);
    assert.match(await main.locator('.lane-stuck-reason').textContent(), /^stuck: lost waker$/);
  });

  test('one name for block_on\'s task in the Timeline, Narration, Console and Tasks, one lane with fn main', async ({ page, url }) => {
    const lessons = [
      { hash: '#/lesson/executor-tasks' },
      { hash: '#/lesson/lazy-futures' },
      { hash: '#/lesson/channels-streams' },
      { hash: '#/lesson/context-waker', preset: 'lost waker' },
    ];
    for (const { hash, preset } of lessons) {
      await openApp(page, url, hash);
      if (preset) await page.locator('.presets button', { hasText: preset }).click();
      await runToEnd(page);
      await viewsCaughtUp(page);
      const timeline = page.locator('section[aria-label=Timeline]');
      // The lanes become elements a few per frame once the run stands still: wait for all.
      await page.waitForFunction(() => !document.querySelector('section[aria-label=Timeline] .lane-names')?.textContent);
      const badges = await timeline.locator('.lane .task-badge').allTextContents();
      assert.equal(badges.filter((name) => name === 'fn main').length, 0, `${hash}: fn main has no lane of its own: ${badges}`);
      const shared = await lane(page, 'main');
      await shared.waitFor();
      // Its one line of status, when it has one, takes the place of the note that fn main is on it.
      const status = await shared.locator('.lane-stuck-reason').count();
      assert.deepEqual(await shared.locator('.lane-also').allTextContents(), status ? [] : ['+ fn main'],
        `${hash}: block_on's lane holds fn main's polls`);
      const onLanes = new Set([...badges, 'fn main']);
      const named = {
        Console: await page.locator('section[aria-label=Console] .console-line .task-badge').allTextContents(),
        Tasks: await page.locator('.tasks-table tbody th .task-badge').allTextContents(),
        Narration: (await page.locator('section[aria-label=Narration] .narration-recent button').allTextContents())
          .flatMap((sentence) => [...sentence.matchAll(/task `([^`]+)`/g)].map((found) => found[1])),
      };
      for (const [view, names] of Object.entries(named)) {
        assert.ok(names.length > 0, `${hash}: ${view} names tasks`);
        for (const name of names) assert.ok(onLanes.has(name), `${hash}: ${view} says "${name}", which no lane shows: ${badges}`);
      }
      assert.ok(named.Tasks.includes('main'), `${hash}: Tasks lists block_on's task as main: ${named.Tasks}`);
      assert.ok([...named.Console, ...named.Narration].includes('main'), `${hash}: Console or Narration says main`);
    }
  });
}
