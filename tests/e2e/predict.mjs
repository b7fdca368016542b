// End-to-end tests of "Predict, then run" (issue 17): in every lesson the learner orders the
// lines the program prints, checks, and reads why the run differs; a right order is confirmed;
// the record of checks is kept across a reload. run.mjs hands in its test registry and helpers.
import assert from 'node:assert/strict';
import { join } from 'node:path';

export default function predictTests({ test, openApp, viewsCaughtUp, artifacts }) {
  const panel = (page) => page.locator('section[aria-label="Predict, then run"]');
  const offered = (page) => panel(page).locator('.predict-lines .predict-text').allTextContents();

  /// Moves the offered lines up, one click at a time, until they are in `wanted`'s order.
  async function putInOrder(page, wanted) {
    for (let target = 0; target < wanted.length; target += 1) {
      const lines = await offered(page);
      let from = lines.findIndex((line, at) => at >= target && line === wanted[target]);
      assert.ok(from >= target, `"${wanted[target]}" is among the lines still to place`);
      for (; from > target; from -= 1) {
        await panel(page).locator(`.predict-lines li:nth-child(${from + 1}) button`).first().click();
      }
    }
    assert.deepEqual(await offered(page), wanted);
  }

  /// Waits for the run the check started to end and the views to catch up with it.
  async function runEnded(page) {
    await page.locator('.run-status .status-done, .run-status .status-error').first().waitFor({ timeout: 20000 });
    await viewsCaughtUp(page);
  }

  test('predict: in every lesson the order can be predicted wrong, explained, then right', async ({ page, url }) => {
    await openApp(page, url);
    const slugs = await page.locator('nav.lesson-list a').evaluateAll((links) => links.map((a) => a.hash));
    assert.ok(slugs.length >= 10, `${slugs.length} lessons`);
    for (const hash of slugs) {
      await page.goto(url + hash);
      await page.locator('#lesson-title').waitFor();
      await page.locator('.controls .speed input').fill('100');
      // Lesson 9's run is compared with the same program's on the loopback: no server needed.
      const loopback = page.getByRole('radio', { name: 'Loopback stand-in (in memory)' });
      if (await loopback.count()) await loopback.check();
      // Each lesson asks its own question of its presets, never the generic one.
      assert.doesNotMatch(await panel(page).textContent(), /In what order will this program print its lines\?/, hash);
      await panel(page).getByRole('button', { name: 'Predict, then run' }).click();
      const first = await offered(page);
      assert.ok(first.length >= 2, `${hash}: lines to order (${first})`);
      // The offered order is never the answer: checking it at once is a wrong prediction.
      await panel(page).getByRole('button', { name: 'Check and run' }).click();
      const wrong = panel(page).locator('.predict-wrong');
      await wrong.waitFor();
      const explanation = await wrong.textContent();
      assert.match(explanation, /^Not quite: you put “.*” at line \d+, but the run printed “.*” there\./, `${hash}: ${explanation}`);
      assert.match(explanation, /(Task `[^`]+`|Code outside any task) printed “.*” at event \d+/, `${hash}: ${explanation}`);
      const actual = await panel(page).locator('.predict-actual li').allTextContents();
      await runEnded(page);
      const printed = await page.locator('section[aria-label=Console] .console-text').allTextContents();
      assert.deepEqual(printed.slice(0, actual.length), actual, `${hash}: the run printed what the check compared with`);
      if (hash === '#/lesson/executor-tasks') {
        await page.screenshot({ path: join(artifacts, 'predict-wrong-1280.png') });
        // The event the explanation is about, selected: the views show the run as it stood then.
        const show = panel(page).getByRole('button', { name: /^Show event \d+ in the views$/ });
        const seq = (await show.textContent()).match(/\d+/)[0];
        await show.click();
        await page.locator('section[aria-label=Console] .at-event').waitFor();
        assert.match(await page.locator('.narration-current').textContent(), new RegExp(`^${seq} · `));
      }
      await putInOrder(page, actual);
      await panel(page).getByRole('button', { name: 'Check and run' }).click();
      const right = panel(page).locator('.predict-right');
      await right.waitFor();
      assert.match(await right.textContent(), /^Right: the run printed these \d+ lines in this order\./);
      assert.equal(await panel(page).locator('.predict-record').textContent(), 'Your predictions in this lesson: 1 right of 2.');
      await runEnded(page);
    }
    // The record is kept across a reload.
    await page.reload();
    await panel(page).waitFor();
    assert.equal(await panel(page).locator('.predict-record').textContent(), 'Your predictions in this lesson: 1 right of 2.');
  });

  test('predict: at 1280x800 the verdict is in view once checked, however long the lines', async ({ page, url }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const preset of ['join select', 'await then join']) {
      await openApp(page, url, '#/lesson/executor-tasks');
      await page.locator('.presets button', { hasText: preset }).click();
      await page.locator('.controls .speed input').fill('100');
      await panel(page).getByRole('button', { name: 'Predict, then run' }).click();
      await panel(page).getByRole('button', { name: 'Check and run' }).click();
      await panel(page).locator('.predict-wrong').waitFor();
      // In view: the verdict's first sentence inside both the window and the workbench column,
      // which scrolls on its own. Polled each frame, so a slow machine only makes it slower.
      await page.waitForFunction(() => {
        const sentence = document.querySelector('.predict-verdict p');
        const bench = document.querySelector('.bench');
        if (!sentence || !bench) return false;
        const shown = sentence.getBoundingClientRect();
        const column = bench.getBoundingClientRect();
        return shown.top >= Math.max(0, column.top) && shown.bottom <= Math.min(window.innerHeight, column.bottom);
      }, null, { polling: 'raf', timeout: 10000 });
      await runEnded(page);
    }
    await page.screenshot({ path: join(artifacts, 'predict-verdict-1280x800.png') });
  });

  test('predict: a lesson may word its own question, and an edit puts the prediction away', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/executor-tasks');
    await page.locator('.presets button', { hasText: 'spawn tasks' }).click();
    assert.match(await panel(page).textContent(), /Spawning only queues a task\. In what order do the spawned tasks and `main` print\?/);
    await panel(page).getByRole('button', { name: 'Predict, then run' }).click();
    await panel(page).locator('.predict-lines').waitFor();
    const editor = page.getByRole('textbox', { name: 'Program' });
    await editor.fill(`${await editor.inputValue()}// edited\n`);
    await panel(page).getByRole('button', { name: 'Predict, then run' }).waitFor();
    assert.equal(await panel(page).locator('.predict-lines').count(), 0);
  });
}
