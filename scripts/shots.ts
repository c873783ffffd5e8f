/**
 * `npm run shots`: PNGs of the main views at the common window sizes, written to `shots/` (ignored by
 * git) so anyone can look at the page as a reader sees it. Builds the site first (skip with
 * --no-build). Each file is `<width>x<height>-<view>.png`, the whole page; `--lang=uz,ru` adds those
 * languages' pages as `<width>x<height>-<lang>-<view>.png` (English alone by default).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';
import { LANGUAGE_PAGES, MAIN_VIEWS, openView, VIEWPORTS } from '../tests/e2e/views.ts';
import { serveStatic } from './bench/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'shots');

async function main(argv: readonly string[]): Promise<void> {
  const known = LANGUAGE_PAGES.map((l) => l.name);
  let languages: readonly string[] = ['en'];
  for (const arg of argv) {
    if (arg.startsWith('--lang=')) languages = arg.slice('--lang='.length).split(',');
    else if (arg !== '--no-build') throw new Error(`unknown option ${arg} (known: --no-build, --lang=uz,ru)`);
  }
  for (const name of languages)
    if (!known.includes(name as (typeof known)[number]))
      throw new Error(`unknown language ${name} in --lang (known: ${known.join(', ')})`);
  const pages = LANGUAGE_PAGES.filter((l) => languages.includes(l.name));
  if (!argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({
        baseURL: `${server.origin}/`,
        viewport: { width: viewport.width, height: viewport.height },
      });
      // tsx wraps inner functions in a Node-only `__name` helper; functions sent to the page need one.
      await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      const page = await context.newPage();
      for (const language of pages)
        for (const view of MAIN_VIEWS) {
          await openView(page, view, language.path);
          const prefix = language.name === 'en' ? viewport.name : `${viewport.name}-${language.name}`;
          const path = join(OUT, `${prefix}-${view.name}.png`);
          await page.screenshot({ path, fullPage: true });
          process.stdout.write(`${path}\n`);
        }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`shots: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
