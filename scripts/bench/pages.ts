/**
 * Builds the baseline pages (scripts/bench-pages/) with Vite's JS API, each on its own like the app
 * (one entry, its own MapLibre copy), with the app's build target so the bundles are comparable.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { DATA_FILES } from '../../src/build/files.ts';

/** The baseline pages, by name (also the HTML file name). */
export const BASELINES = ['floor', 'naive'] as const;
/** One of the baseline pages. */
export type BaselineName = (typeof BASELINES)[number];

const PAGES_SOURCE = resolve(import.meta.dirname, '../bench-pages');

/**
 * Builds every baseline into `outDir/<name>/` and puts the places file beside each, as the pages
 * fetch it at run time. `placesFile` is the one the app ships, so all pages draw the same points.
 */
export async function buildBaselinePages(outDir: string, placesFile: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  for (const name of BASELINES) {
    const pageDir = join(outDir, name);
    await build({
      configFile: false,
      root: PAGES_SOURCE,
      base: './',
      logLevel: 'warn',
      build: {
        outDir: pageDir,
        emptyOutDir: true,
        // Same as vite.config.ts, so the baselines are bundled the way the app is.
        target: 'es2022',
        assetsInlineLimit: 0,
        chunkSizeWarningLimit: 10_000,
        rolldownOptions: { input: join(PAGES_SOURCE, `${name}.html`) },
      },
    });
    const target = join(pageDir, DATA_FILES.places);
    mkdirSync(join(target, '..'), { recursive: true });
    copyFileSync(placesFile, target);
  }
}
