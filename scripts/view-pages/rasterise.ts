/**
 * SVG to PNG with resvg (`@resvg/resvg-js`, prebuilt binaries from the registry; no browser), using
 * the atlas's own typeface from @fontsource so the text renders the same on any machine, offline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { unpackWoff } from './woff-to-sfnt.ts';

const require = createRequire(import.meta.url);

/** The subsets and weights the previews draw with: Latin and Cyrillic, regular and semibold. */
const FONT_FILES = ['latin-400', 'latin-600', 'cyrillic-400', 'cyrillic-600'].map(
  (name) => `@fontsource/noto-sans/files/noto-sans-${name}-normal.woff`,
);

let fonts: Buffer[] | undefined;

function loadFonts(): Buffer[] {
  fonts ??= FONT_FILES.map((file) => Buffer.from(unpackWoff(readFileSync(require.resolve(file)))));
  return fonts;
}

/** Draws an SVG document into PNG bytes at its own size. */
export function rasteriseSvg(svg: string): Uint8Array {
  // resvg-js 2.6 reads `fontBuffers` (fonts held in memory) but its typings predate the option.
  const font = { fontBuffers: loadFonts(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' };
  const resvg = new Resvg(svg, { font } as ConstructorParameters<typeof Resvg>[1]);
  return resvg.render().asPng();
}
