/**
 * What the site ships, by kind, raw and gzipped, and how much of the JavaScript is MapLibre's own.
 * Each file is gzipped on its own because that is how a server sends it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The kinds of file the report groups by. */
export type SizeKind = 'js' | 'css' | 'data' | 'fonts' | 'html' | 'other';

/** Bytes of one kind. */
export interface SizeTotal {
  files: number;
  raw: number;
  gzip: number;
}

/** One MapLibre file that may reach the page. */
export interface MaplibreFile {
  file: string;
  shipped: boolean;
  /** Why the bench thinks it ships (or not). */
  evidence: string;
  raw: number;
  gzip: number;
}

/** Files whose bytes are identical to an earlier file's: shipped twice under two names. */
export interface DuplicateFile {
  file: string;
  sameAs: string;
  raw: number;
}

/** Sizes of a built site. */
export interface SizeReport {
  byKind: Record<SizeKind, SizeTotal>;
  total: SizeTotal;
  duplicates: DuplicateFile[];
  maplibre: { files: MaplibreFile[]; raw: number; gzip: number };
}

const DATA_FOLDERS = ['data', 'geo', 'basemap'];
/** Data the build may also emit elsewhere (e.g. hashed into assets/ by a preload link). */
const DATA_EXTENSIONS = new Set(['.json', '.geojson']);
const FONT_EXTENSIONS = new Set(['.woff2', '.woff', '.ttf', '.otf']);

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : entry.isFile() ? [path] : [];
  });
}

/** Which kind a file in the site is, from its folder and extension. */
export function kindOf(relativePath: string): SizeKind {
  const top = relativePath.split(sep)[0] ?? '';
  if (DATA_FOLDERS.includes(top)) return 'data';
  const ext = extname(relativePath).toLowerCase();
  if (DATA_EXTENSIONS.has(ext)) return 'data';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (FONT_EXTENSIONS.has(ext)) return 'fonts';
  if (ext === '.html') return 'html';
  return 'other';
}

const empty = (): SizeTotal => ({ files: 0, raw: 0, gzip: 0 });

/**
 * Finds which of MapLibre's dist files the build carries. The main module is bundled (minified again),
 * so it is recognised by strings that survive minification; the worker is emitted as its own asset through `?url`;
 * the shared module counts only if the main module imports it and it has content.
 */
function findMaplibreFiles(jsFiles: readonly { path: string; text: string }[]): MaplibreFile[] {
  const require = createRequire(import.meta.url);
  const distDir = dirname(require.resolve('maplibre-gl/package.json'));
  const read = (name: string) => {
    try {
      return readFileSync(join(distDir, 'dist', name));
    } catch {
      return null;
    }
  };
  const main = read('maplibre-gl.mjs');
  const shared = read('maplibre-gl-shared.mjs');
  const worker = read('maplibre-gl-worker.mjs');
  const version = (JSON.parse(readFileSync(join(distDir, 'package.json'), 'utf8')) as { version: string })
    .version;
  // The minifier drops the licence banner, so look for a class name MapLibre puts on its canvas and
  // its version string, both of which survive minification.
  const bundleWithMaplibre = jsFiles.find(
    (f) => !/worker/i.test(f.path) && f.text.includes('maplibregl-canvas') && f.text.includes(version),
  );
  const workerAsset = jsFiles.find((f) => /maplibre-gl-worker[^/]*\.m?js$/.test(f.path));
  const importsShared = main?.toString('utf8').includes('maplibre-gl-shared') ?? false;
  const entry = (name: string, bytes: Buffer | null, shipped: boolean, evidence: string): MaplibreFile => ({
    file: `maplibre-gl/dist/${name}`,
    shipped: shipped && bytes !== null,
    evidence,
    raw: bytes?.length ?? 0,
    gzip: bytes && bytes.length > 0 ? gzipSync(bytes).length : 0,
  });
  return [
    entry(
      'maplibre-gl.mjs',
      main,
      bundleWithMaplibre !== undefined,
      bundleWithMaplibre ? `bundled into ${bundleWithMaplibre.path}` : 'no bundle carries it',
    ),
    entry(
      'maplibre-gl-shared.mjs',
      shared,
      importsShared && (shared?.length ?? 0) > 0,
      (shared?.length ?? 0) === 0
        ? 'empty in this version'
        : importsShared
          ? 'imported by maplibre-gl.mjs'
          : 'not imported',
    ),
    entry(
      'maplibre-gl-worker.mjs',
      worker,
      workerAsset !== undefined,
      workerAsset ? `emitted as ${workerAsset.path}` : 'no worker asset in the build',
    ),
  ];
}

/** Measures everything under `siteDir` (a built dist/). */
export function measureSizes(siteDir: string): SizeReport {
  const byKind: Record<SizeKind, SizeTotal> = {
    js: empty(),
    css: empty(),
    data: empty(),
    fonts: empty(),
    html: empty(),
    other: empty(),
  };
  const total = empty();
  const jsFiles: { path: string; text: string }[] = [];
  const byHash = new Map<string, string>();
  const duplicates: DuplicateFile[] = [];
  for (const path of listFiles(siteDir).sort()) {
    const rel = relative(siteDir, path);
    const bytes = readFileSync(path);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const first = byHash.get(hash);
    if (first !== undefined && bytes.length > 0)
      duplicates.push({ file: rel, sameAs: first, raw: bytes.length });
    else byHash.set(hash, rel);
    const gzip = gzipSync(bytes).length;
    const kind = kindOf(rel);
    for (const t of [byKind[kind], total]) {
      t.files += 1;
      t.raw += bytes.length;
      t.gzip += gzip;
    }
    if (kind === 'js') jsFiles.push({ path: rel, text: bytes.toString('utf8') });
  }
  const files = findMaplibreFiles(jsFiles);
  const shipped = files.filter((f) => f.shipped);
  return {
    byKind,
    total,
    duplicates,
    maplibre: {
      files,
      raw: shipped.reduce((sum, f) => sum + f.raw, 0),
      gzip: shipped.reduce((sum, f) => sum + f.gzip, 0),
    },
  };
}
