/**
 * The JavaScript one visit to a page downloads, read from the built files: the page's module scripts
 * and what they import statically, the one language chunk the page's own language loads (a translated
 * page never loads the others), MapLibre's worker, and the service worker with what it imports. The
 * budget is per page: a reader of the Russian atlas pays for Russian, not for Uzbek as well.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGE_PATHS, LANGUAGES, type Language } from '../../src/i18n/locale.ts';

/** One file a page's visit downloads. */
export interface PageScript {
  file: string;
  raw: number;
  gzip: number;
  /** Why the visit downloads it. */
  reason: string;
}

/** What one language's atlas page downloads. */
export interface PageScripts {
  language: Language;
  page: string;
  files: PageScript[];
  gzip: number;
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
const IMPORT_SCRIPTS = /importScripts\(([^)]*)\)/g;

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

function listSiteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listSiteFiles(path) : [path];
  });
}

/**
 * The module scripts a page loads, resolved against the site. `html` is the page's text and
 * `pageDir` its folder.
 */
export function listPageModuleScripts(html: string, pageDir: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g))
    if (!/^[a-z]+:/i.test(match[1] ?? '')) found.push(normalize(join(pageDir, match[1] ?? '')));
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g))
    found.push(normalize(join(pageDir, match[1] ?? '')));
  return found;
}

/** Measures what a visit to each language's atlas page downloads in `siteDir` (a built dist/). */
export function measurePageScripts(siteDir: string): PageScripts[] {
  const worker = listSiteFiles(siteDir).find((f) => /maplibre-gl-worker[^/]*\.m?js$/.test(f));
  return LANGUAGES.map((language) => {
    const page = join(siteDir, LANGUAGE_PATHS[language], 'index.html');
    if (!existsSync(page)) throw new Error(`${relative(siteDir, page)} is missing from the build`);
    const files = new Map<string, string>();
    const visit = (path: string, reason: string) => {
      if (files.has(path)) return;
      if (!existsSync(path))
        throw new Error(`${relative(siteDir, path)} (${reason}) is missing from the build`);
      files.set(path, reason);
      const text = readText(path);
      for (const m of text.matchAll(STATIC_IMPORT))
        visit(join(dirname(path), m[1] ?? ''), `imported by ${relative(siteDir, path)}`);
      // Of the dynamic imports only the page's own language chunk loads on a visit.
      for (const m of text.matchAll(DYNAMIC_IMPORT)) {
        const target = m[1] ?? '';
        if (new RegExp(`(^|/)(pack|messages)-${language}-`).test(target))
          visit(
            join(dirname(path), target),
            `the ${language} catalogue, loaded by ${relative(siteDir, path)}`,
          );
      }
    };
    for (const script of listPageModuleScripts(readText(page), dirname(page)))
      visit(script, "the page's script");
    if (worker) visit(worker, "MapLibre's worker");
    const sw = join(siteDir, 'sw.js');
    if (existsSync(sw)) {
      visit(sw, 'the service worker');
      for (const m of readText(sw).matchAll(IMPORT_SCRIPTS))
        for (const name of (m[1] ?? '').matchAll(/["'`]([^"'`]+)["'`]/g))
          visit(join(siteDir, name[1] ?? ''), 'imported by the service worker');
      // Workbox's runtime is loaded through `define([...])` in the generated worker.
      for (const m of readText(sw).matchAll(/define\(\[([^\]]*)\]/g))
        for (const name of (m[1] ?? '').matchAll(/["'`]\.\/([^"'`]+)["'`]/g))
          visit(
            join(siteDir, name[1]?.endsWith('.js') ? name[1] : `${name[1]}.js`),
            'imported by the service worker',
          );
    }
    const list = [...files].map(([path, reason]) => {
      const bytes = readFileSync(path);
      return {
        file: relative(siteDir, path).split(sep).join('/'),
        raw: bytes.length,
        gzip: gzipSync(bytes).length,
        reason,
      };
    });
    return {
      language,
      page: relative(siteDir, page).split(sep).join('/'),
      files: list,
      gzip: list.reduce((sum, f) => sum + f.gzip, 0),
    };
  });
}
