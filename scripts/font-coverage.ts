/**
 * Which characters the fonts the page ships can draw. Reads the `@font-face` rules of the stylesheets
 * `src/main.ts` imports, and each face's character map from its WOFF file (the WOFF2 beside it holds
 * the same glyphs). Offline there is no other font to fall back on that looks the same, so a character
 * of the data that no face covers is drawn in whatever the system has, or not at all.
 *
 *   npx tsx scripts/font-coverage.ts      prints, per weight, the data's characters no face covers
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { type FontSubset, listTranslatedLanguages } from '../src/i18n/languages.ts';

const require = createRequire(import.meta.url);

/** One `@font-face` the page declares: its weight, the code points it may serve and its files. */
export interface FontFace {
  weight: number;
  /** Inclusive code point ranges from `unicode-range`; everything when the rule gives none. */
  ranges: [number, number][];
  woff: string;
  woff2: string;
}

function parseRanges(value: string | undefined): [number, number][] {
  if (!value) return [[0, 0x10ffff]];
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from ?? '', 16);
    return [start, to ? Number.parseInt(to, 16) : start];
  });
}

/** The faces of one stylesheet, their file paths resolved from the stylesheet's folder. */
export function readFontFaces(cssPath: string): FontFace[] {
  const css = readFileSync(cssPath, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
    const urls = [...body.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1] ?? '');
    const woff = urls.find((u) => u.endsWith('.woff'));
    const woff2 = urls.find((u) => u.endsWith('.woff2'));
    if (!woff || !woff2) return [];
    return [
      {
        weight: Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400),
        ranges: parseRanges(/unicode-range:\s*([^;]+)/.exec(body)?.[1]),
        woff: resolve(dirname(cssPath), woff),
        woff2: resolve(dirname(cssPath), woff2),
      },
    ];
  });
}

/** The code points a WOFF (1.0) font maps to a glyph, from its `cmap` formats 4 and 12. */
export function readWoffCodePoints(path: string): Set<number> {
  const file = readFileSync(path);
  const tables = file.readUInt16BE(12);
  for (let i = 0; i < tables; i++) {
    const entry = 44 + i * 20;
    if (file.toString('latin1', entry, entry + 4) !== 'cmap') continue;
    const offset = file.readUInt32BE(entry + 4);
    const compressed = file.readUInt32BE(entry + 8);
    const original = file.readUInt32BE(entry + 12);
    const raw = file.subarray(offset, offset + compressed);
    return readCmap(compressed < original ? inflateSync(raw) : raw);
  }
  throw new Error(`${path} has no cmap table`);
}

function readCmap(cmap: Buffer): Set<number> {
  const points = new Set<number>();
  const subtables = cmap.readUInt16BE(2);
  for (let i = 0; i < subtables; i++) {
    const at = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(at);
    if (format === 12) {
      const groups = cmap.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g++) {
        const start = cmap.readUInt32BE(at + 16 + g * 12);
        const end = cmap.readUInt32BE(at + 20 + g * 12);
        for (let c = start; c <= end; c++) points.add(c);
      }
    } else if (format === 4) {
      const segments = cmap.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const start = cmap.readUInt16BE(starts + s * 2);
        const end = cmap.readUInt16BE(ends + s * 2);
        const delta = cmap.readInt16BE(deltas + s * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const index = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
            glyph = index === 0 ? 0 : (index + delta) & 0xffff;
          }
          if (glyph !== 0) points.add(c);
        }
      }
    }
  }
  return points;
}

/** The stylesheets `src/main.ts` imports that declare fonts, as file paths. */
export function listFontStylesheets(root: string): string[] {
  const main = readFileSync(join(root, 'src/main.ts'), 'utf8');
  return [...main.matchAll(/^import '([^']+\.css)';/gm)]
    .map(([, spec = '']) => (spec.startsWith('.') ? join(root, 'src', spec) : require.resolve(spec)))
    .filter((path) => readFileSync(path, 'utf8').includes('@font-face'));
}

/** Characters of `text` that no face of `weight` may serve and draw. Spaces and controls are skipped. */
export function findUncovered(text: string, faces: readonly FontFace[], weight: number): string[] {
  const usable = faces
    .filter((face) => face.weight === weight)
    .map((face) => ({ ranges: face.ranges, points: readWoffCodePoints(face.woff) }));
  const missing = new Set<string>();
  for (const char of new Set(text)) {
    const point = char.codePointAt(0) ?? 0;
    if (/\s|\p{Cc}/u.test(char)) continue;
    const drawn = usable.some(
      ({ ranges, points }) => points.has(point) && ranges.some(([from, to]) => point >= from && point <= to),
    );
    if (!drawn) missing.add(char);
  }
  return [...missing].sort();
}

/** The faces of `subsets` among `faces`, by the @fontsource file each is served from. */
export function selectSubsetFaces(faces: readonly FontFace[], subsets: readonly FontSubset[]): FontFace[] {
  return faces.filter((face) => subsets.some((subset) => face.woff.includes(`noto-sans-${subset}-`)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const faces = listFontStylesheets(root).flatMap(readFontFaces);
  const translations = listTranslatedLanguages().flatMap((row) => row.translations ?? []);
  const texts = [...translations, 'geo/places.geojson', 'data/events.json']
    .map((path) => readFileSync(join(root, path), 'utf8'))
    .join('');
  for (const weight of [...new Set(faces.map((f) => f.weight))].sort()) {
    const missing = findUncovered(texts, faces, weight);
    const list = missing.map(
      (c) => `${c} U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
    console.log(
      `weight ${weight}: ${missing.length === 0 ? 'every character covered' : `missing ${list.join(', ')}`}`,
    );
  }
}
