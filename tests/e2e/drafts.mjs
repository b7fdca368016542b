// End-to-end tests of what keeps a learner's work and tells the truth about a run: drafts per
// preset, share links opened beside the learner's code, Reset with Undo, Share to the clipboard,
// the trace export and honest run status. run.mjs registers them with its own helpers.
import assert from 'node:assert/strict';

export default function register({ test, openApp, runToEnd, pageSettled }) {
  const editorOf = (page) => page.getByRole('textbox', { name: 'Program' });
  const pressed = (page) => page.locator('.presets button[aria-pressed=true]');

  test('drafts: switching presets keeps each edit, and a reload shows the preset shown last', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/thread-vs-async');
    const editor = editorOf(page);
    const buttons = page.locator('.presets button');
    await editor.fill('fn main() {\n    println!("first");\n}\n');
    await buttons.nth(2).click();
    const third = await editor.inputValue();
    assert.doesNotMatch(third, /"first"/);
    await editor.fill('fn main() {\n    println!("third");\n}\n');
    await buttons.nth(0).click();
    assert.equal(await editor.inputValue(), 'fn main() {\n    println!("first");\n}\n', 'the first edit is kept');
    await buttons.nth(2).click();
    assert.equal(await editor.inputValue(), 'fn main() {\n    println!("third");\n}\n', 'the third edit is kept');
    assert.match(await buttons.nth(0).textContent(), /edited/);
    await pageSettled(page);
    await page.reload();
    await editor.waitFor();
    assert.equal(await editor.inputValue(), 'fn main() {\n    println!("third");\n}\n');
    assert.equal(await pressed(page).count(), 1);
    assert.equal(await pressed(page).textContent(), await buttons.nth(2).textContent(), 'the preset shown last is highlighted');
    await buttons.nth(0).click();
    assert.equal(await editor.inputValue(), 'fn main() {\n    println!("first");\n}\n');
  });

  test('drafts: a share link opens beside the learner\'s code, and an empty one wipes nothing', async ({ page, url, context }) => {
    await openApp(page, url, '#/lesson/combinators');
    const editor = editorOf(page);
    const mine = 'fn main() {\n    println!("mine");\n}\n';
    await editor.fill(mine);
    await pageSettled(page);
    await page.goto(`${url}#/lesson/combinators?code=`);
    await page.reload();
    await editor.waitFor();
    assert.equal(await editor.inputValue(), mine, 'an empty ?code= keeps the saved edit');
    assert.match(await page.locator('.notice').first().textContent(), /carries no code.*saved edits are shown/);
    const theirs = 'fn main() {\n    println!("theirs");\n}\n';
    const link = `${url}#/lesson/combinators?code=${Buffer.from(theirs).toString('base64url')}`;
    const other = await context.newPage();
    await other.goto(link);
    const otherEditor = editorOf(other);
    await otherEditor.waitFor();
    assert.equal(await otherEditor.inputValue(), theirs);
    assert.equal(await pressed(other).textContent(), 'Shared draft');
    assert.match(await other.locator('.notice').first().textContent(), /beside your own code/);
    assert.match(other.url(), /#\/lesson\/combinators$/, 'the address bar no longer holds the link');
    await other.locator('.presets button').first().click();
    assert.equal(await otherEditor.inputValue(), mine, 'the learner\'s code is a click away');
    await other.getByRole('button', { name: 'Shared draft' }).click();
    assert.equal(await otherEditor.inputValue(), theirs);
    await pageSettled(other);
    await other.reload();
    await otherEditor.waitFor();
    assert.equal(await otherEditor.inputValue(), theirs, 'the shared draft survives a reload');
    await other.locator('.presets button').first().click();
    assert.equal(await otherEditor.inputValue(), mine);
  });

  test('drafts: a share link pasted into an open tab opens there', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/combinators');
    const editor = editorOf(page);
    await editor.waitFor();
    const preset = await editor.inputValue();
    const theirs = 'fn main() {\n    println!("pasted");\n}\n';
    await page.evaluate((code) => {
      location.hash = `#/lesson/combinators?code=${code}&policy=busy`;
    }, Buffer.from(theirs).toString('base64url'));
    await page.waitForFunction((code) => document.querySelector('textarea')?.value === code, theirs);
    assert.equal(await page.getByLabel('Executor policy').inputValue(), 'busy');
    await page.locator('.presets button').first().click();
    assert.equal(await editor.inputValue(), preset);
  });

  test('drafts: Reset can be undone', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/pitfalls');
    const editor = editorOf(page);
    const preset = await editor.inputValue();
    const mine = 'fn main() {\n    println!("mine");\n}\n';
    await editor.fill(mine);
    await page.getByRole('button', { name: 'Reset' }).click();
    assert.equal(await editor.inputValue(), preset);
    await page.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await editor.inputValue(), mine);
    assert.equal(await page.getByRole('button', { name: 'Undo' }).count(), 0);
  });

  test('drafts: Share copies the link to the clipboard, and says so when it cannot', async ({ page, url, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    await openApp(page, url, '#/lesson/combinators');
    await editorOf(page).fill('fn main() {\n    println!("copied");\n}\n');
    await page.getByRole('button', { name: 'Share link' }).click();
    await page.locator('.notice', { hasText: 'copied to the clipboard' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /#\/lesson\/combinators\?code=/);
    assert.equal(copied, page.url());
    const refusing = await browser.newContext();
    const other = await refusing.newPage();
    await other.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await openApp(other, url, '#/lesson/combinators');
    await other.getByRole('button', { name: 'Share link' }).click();
    await other.locator('.notice', { hasText: 'did not allow copying' }).waitFor();
    assert.match(await other.locator('.notice').first().textContent(), /address bar: http/);
    await refusing.close();
  });

  test('trace export: the download is Chrome trace JSON with one slice per poll and a track per task', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/executor-tasks');
    assert.equal(await page.getByRole('button', { name: 'Export trace' }).isDisabled(), true, 'nothing to export before a run');
    assert.match(await runToEnd(page), /^Finished/);
    const totals = await page.locator('section[aria-label=Tasks] tfoot td.count').allTextContents();
    const polls = Number(totals[0]);
    const taskRows = await page.locator('section[aria-label=Tasks] tbody tr').count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export trace' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'async-playground-trace.json');
    const text = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
    const { traceEvents } = JSON.parse(text);
    const slices = traceEvents.filter((event) => event.ph === 'X' && event.cat === 'poll');
    assert.ok(polls > 0);
    assert.equal(slices.length, polls, 'one slice per poll');
    const tracks = new Set(slices.map((slice) => slice.tid));
    assert.equal(tracks.size, taskRows, 'one track per task');
    const names = traceEvents.filter((event) => event.ph === 'M' && event.name === 'thread_name').map((event) => event.args.name);
    assert.ok(names.includes('fn main') || names.length > taskRows, `task tracks are named: ${names}`);
    const starts = traceEvents.filter((event) => event.ph === 's').length;
    assert.ok(starts > 0 && starts === traceEvents.filter((event) => event.ph === 'f').length, 'wakes are arrows');
  });

  test('status: a task that spins is one blocking line with a count, and the page stops growing', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/pitfalls');
    await editorOf(page).fill('use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        let mut n: u64 = 0;\n        loop {\n            n += 1;\n        }\n    });\n}\n');
    await page.locator('.controls .speed input').fill('100');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const lines = page.locator('.run-status .blocking li');
    await lines.first().waitFor({ timeout: 10000 });
    await page.waitForTimeout(1000);
    const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
    const early = await nodes();
    await page.waitForTimeout(3000);
    const late = await nodes();
    console.log(`     DOM elements while spinning: ${early} after 1 s, ${late} after 4 s`);
    assert.equal(await lines.count(), 1, 'one line for the repeated report');
    assert.match(await lines.textContent(), /ran 100000 steps without reaching an `\.await`.*\(×\d+\)$/);
    assert.ok(late - early < 100, `the page grew by ${late - early} elements in 3 s`);
  });

  test('status: a run in which a connection failed does not end as a plain "Finished"', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/websocket-echo');
    await page.getByRole('radio', { name: 'Real WebSocket server' }).check();
    await page.getByLabel('Server URL').fill('ws://127.0.0.1:9');
    const status = await runToEnd(page);
    assert.match(status, /^Ended with a network error: task `client`'s async_send failed: WebSocket handshake failed/);
    assert.doesNotMatch(status, /every task ran to completion/);
  }, [/WebSocket connection to .* failed/, /Failed to load resource: net::ERR_/]);

  test('lesson 9: the address the program prints is the one the page dials', async ({ page, url }) => {
    await openApp(page, url, '#/lesson/websocket-echo');
    await page.getByRole('radio', { name: 'Real WebSocket server' }).check();
    await page.getByLabel('Server URL').fill('ws://127.0.0.1:9');
    assert.match(await editorOf(page).inputValue(), /const ADDR: &str = "ws:\/\/127\.0\.0\.1:9";/);
    await runToEnd(page);
    const consoleText = await page.locator('section[aria-label=Console]').textContent();
    assert.match(consoleText, /handshake failed with ws:\/\/127\.0\.0\.1:9\b/);
    assert.doesNotMatch(consoleText, /9001/);
  }, [/WebSocket connection to .* failed/, /Failed to load resource: net::ERR_/]);
}
