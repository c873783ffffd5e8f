import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measurePageScripts } from '../../../scripts/bench/page-scripts.ts';

let site: string | undefined;

/** A built site in miniature: three language pages sharing one entry that loads its language lazily. */
function writeSite(files: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'atlas-page-scripts-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  return site;
}

const ENTRY = [
  'import{a as e}from"./shared-1.js";',
  'switch(l){case`uz`:await import(`./messages-uz-AAA.js`);case`ru`:await import(`./messages-ru-BBB.js`)}',
].join('');

const SITE = {
  'index.html': '<html lang="en"><script type="module" crossorigin src="./assets/index-1.js"></script>',
  'uz/index.html':
    '<html lang="uz-Latn"><script type="module" crossorigin src="../assets/index-1.js"></script>',
  'ru/index.html': '<html lang="ru"><script type="module" crossorigin src="../assets/index-1.js"></script>',
  'assets/index-1.js': ENTRY,
  'assets/shared-1.js': 'export const a=1;',
  'assets/messages-uz-AAA.js': `export const pack=${JSON.stringify('oʻzbek '.repeat(200))};`,
  'assets/messages-ru-BBB.js': `export const pack=${JSON.stringify('русский '.repeat(300))};`,
  'assets/maplibre-gl-worker-XYZ.mjs': 'self.onmessage=()=>{};',
  'sw.js': 'define(["./workbox-123"],function(e){});',
  'workbox-123.js': 'define([],function(){});',
  'view-page.js': 'location.replace("/");',
};

afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

describe('measurePageScripts', () => {
  it('counts each page with its own language chunk only, the worker and the service worker', () => {
    const pages = measurePageScripts(writeSite(SITE));
    const files = Object.fromEntries(pages.map((p) => [p.language, p.files.map((f) => f.file).sort()]));
    const common = [
      'assets/index-1.js',
      'assets/maplibre-gl-worker-XYZ.mjs',
      'assets/shared-1.js',
      'sw.js',
      'workbox-123.js',
    ];
    expect(files.en).toEqual(common);
    expect(files.uz).toEqual([...common, 'assets/messages-uz-AAA.js'].sort());
    expect(files.ru).toEqual([...common, 'assets/messages-ru-BBB.js'].sort());
    const gzip = Object.fromEntries(pages.map((p) => [p.language, p.gzip]));
    expect(gzip.ru).toBeGreaterThan(gzip.en ?? Number.POSITIVE_INFINITY);
    expect(gzip.uz).toBeGreaterThan(gzip.en ?? Number.POSITIVE_INFINITY);
  });

  it('names a script a page asks for that the build lacks', () => {
    const { 'assets/shared-1.js': _missing, ...rest } = SITE;
    expect(() => measurePageScripts(writeSite(rest))).toThrow(/assets\/shared-1\.js .*missing/);
  });
});
