//! Trunk's post-build hook: minifies wasm-bindgen's JavaScript glue in a release build, which
//! trunk leaves as it is (about 2 KB gzip of whitespace and long local names), with terser from
//! the npm packages (tests/e2e/package.json), and puts the new file's hash in index.html's
//! `integrity` attribute so the browser still accepts it. Trunk.toml runs it for release builds
//! only; it checks again, so that a debug build is left alone whoever runs it.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE === 'release') {
  const { minify } = createRequire(new URL('../tests/e2e/package.json', import.meta.url))('terser');
  const staging = process.env.TRUNK_STAGING_DIR;
  const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  const page = join(staging, 'index.html');
  let html = await readFile(page, 'utf8');
  for (const name of (await readdir(staging)).filter((file) => file.endsWith('.js'))) {
    const path = join(staging, name);
    const source = await readFile(path, 'utf8');
    const { code } = await minify(source, { module: true, compress: true, mangle: true });
    if (!html.includes(integrity(source))) throw new Error(`index.html has no integrity hash of ${name}`);
    html = html.replaceAll(integrity(source), integrity(code));
    await writeFile(path, code);
  }
  await writeFile(page, html);
}
