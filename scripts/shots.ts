/**
 * `npm run shots`: PNGs of the main views at the common window sizes, written to `shots/` (ignored by
 * git) so anyone can look at the page as a reader sees it. Builds the site first (skip with
 * --no-build). Each file is `<width>x<height>-<view>.png`, the whole page; `--language=uz,ru` shoots
 * those languages' pages too (`<language>-<width>x<height>-<view>.png`), and `--size=390x844` and
 * `--view=overview,place` keep to those sizes and views.
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

/** The values of `--name=a,b` options, or null where the option is not given. */
function readListOption(argv: readonly string[], name: string): string[] | null {
  const values = argv
    .filter((a) => a.startsWith(`--${name}=`))
    .flatMap((a) => a.split('=')[1]?.split(',') ?? []);
  return values.length > 0 ? values : null;
}

async function main(argv: readonly string[]): Promise<void> {
  const OPTIONS = ['--no-build', '--language=', '--size=', '--view='];
  for (const arg of argv)
    if (!OPTIONS.some((o) => (o.endsWith('=') ? arg.startsWith(o) : arg === o)))
      throw new Error(`unknown option ${arg} (known: ${OPTIONS.join(' ')})`);
  const languages = readListOption(argv, 'language') ?? ['en'];
  const sizes = readListOption(argv, 'size');
  const views = readListOption(argv, 'view');
  for (const language of languages)
    if (!LANGUAGE_PAGES.some((l) => l.name === language)) throw new Error(`unknown language ${language}`);
  if (!argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the build failed');
  }
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    for (const viewport of VIEWPORTS.filter((v) => !sizes || sizes.includes(v.name))) {
      const context = await browser.newContext({
        baseURL: `${server.origin}/`,
        viewport: { width: viewport.width, height: viewport.height },
      });
      // tsx wraps inner functions in a Node-only `__name` helper; functions sent to the page need one.
      await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      const page = await context.newPage();
      for (const language of LANGUAGE_PAGES.filter((l) => languages.includes(l.name)))
        for (const view of MAIN_VIEWS.filter((v) => !views || views.includes(v.name))) {
          await openView(page, view, language.path);
          const prefix = language.name === 'en' ? '' : `${language.name}-`;
          const path = join(OUT, `${prefix}${viewport.name}-${view.name}.png`);
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
