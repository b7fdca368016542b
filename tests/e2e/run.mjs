// End-to-end tests: serves the release bundle (dist/) on 127.0.0.1 and drives Debian's Chromium
// through playwright-core as a learner would: lesson list, a lesson page, reload, back and
// forward. Screenshots go to tests/e2e/artifacts/ (git-ignored). Exits non-zero on any failure.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(process.argv[2] ?? join(here, '../../dist'));
const artifacts = join(here, 'artifacts');
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const LESSON_COUNT = 10;

const tests = [];
const test = (name, body) => tests.push({ name, body });

async function openApp(page, url, fragment = '') {
  await page.goto(url + fragment);
  await page.locator('nav.lesson-list li').first().waitFor();
}

test('the home page lists the ten lessons', async ({ page, url }) => {
  await openApp(page, url);
  const titles = await page.locator('nav.lesson-list .lesson-title').allTextContents();
  assert.equal(titles.length, LESSON_COUNT);
  assert.equal(titles[0], 'Threads versus async tasks');
  assert.equal(titles[9], 'Pitfalls');
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

async function main() {
  await mkdir(artifacts, { recursive: true });
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  let failures = 0;
  try {
    for (const { name, body } of tests) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      try {
        await body({ page, url: server.url });
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
  console.log(`end-to-end: ${tests.length - failures} passed, ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
}

await main();
