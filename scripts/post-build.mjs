//! Trunk's post-build hook for release builds; Trunk.toml runs it for those only, and it checks
//! again, so that a debug build is left alone whoever runs it. It does two things trunk does not:
//! - minifies wasm-bindgen's JavaScript glue (about 2 KB gzip of whitespace and long local
//!   names), with terser from the npm packages (tests/e2e/package.json);
//! - joins the stylesheets into one file, in the page's order: gzip then compresses them as one
//!   text (about 1 KB less than three), and the page makes one request for them.
//! index.html's links and `integrity` hashes are rewritten to match, so the browser still
//! accepts every file.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/// Minifies every .js file of `staging` and puts its new hash in `html`, which it returns.
async function minifyGlue(staging, html) {
  const { minify } = createRequire(new URL('../tests/e2e/package.json', import.meta.url))('terser');
  for (const name of (await readdir(staging)).filter((file) => file.endsWith('.js'))) {
    const path = join(staging, name);
    const source = await readFile(path, 'utf8');
    const { code } = await minify(source, { module: true, compress: true, mangle: true });
    if (!html.includes(integrity(source))) throw new Error(`index.html has no integrity hash of ${name}`);
    html = html.replaceAll(integrity(source), integrity(code));
    await writeFile(path, code);
  }
  return html;
}

/// Replaces the stylesheets `html` links to with one file of them all, in the same order, linked
/// where the first one was; returns the new page.
async function joinStylesheets(staging, html) {
  const link = /<link href=\/([\w-]+\.css) integrity=(\S+) rel=stylesheet>/g;
  const links = [...html.matchAll(link)];
  if (links.length !== (html.match(/rel=stylesheet/g) ?? []).length) {
    throw new Error('index.html links a stylesheet in a form this hook does not know');
  }
  if (links.length < 2) return html;
  const parts = [];
  for (const [, name, hash] of links) {
    const text = await readFile(join(staging, name), 'utf8');
    if (integrity(text) !== hash) throw new Error(`${name} does not match its integrity hash`);
    parts.push(text);
  }
  const joined = parts.join('\n');
  const name = `styles-${createHash('sha256').update(joined).digest('hex').slice(0, 16)}.css`;
  await writeFile(join(staging, name), joined);
  await Promise.all(links.map(([, old]) => rm(join(staging, old))));
  const [first, ...rest] = links.map(([tag]) => tag);
  html = html.replace(first, `<link href=/${name} integrity=${integrity(joined)} rel=stylesheet>`);
  return rest.reduce((page, tag) => page.replace(tag, ''), html);
}

if (process.env.TRUNK_PROFILE === 'release') {
  const staging = process.env.TRUNK_STAGING_DIR;
  const page = join(staging, 'index.html');
  const html = await readFile(page, 'utf8');
  await writeFile(page, await joinStylesheets(staging, await minifyGlue(staging, html)));
}
