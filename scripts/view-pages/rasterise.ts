/**
 * SVG to PNG with resvg (`@resvg/resvg-js`, prebuilt binaries from the registry; no browser), using
 * the atlas's own typeface from @fontsource so the text renders the same on any machine, offline.
 * resvg-js 2.6 reads fonts from files only (an option it does not know makes it ignore all its font
 * options and draw in the system's fonts), and no WOFF: each face is unpacked once into a plain
 * TrueType file in the system's temporary folder, and the system's own fonts are not loaded, so a
 * character the faces lack shows as missing rather than in another typeface.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { encodeOpaquePng } from './encode-png.ts';
import { renameFontFamily } from './font-family.ts';
import { unpackWoff } from './woff-to-sfnt.ts';

const require = createRequire(import.meta.url);

/**
 * The faces the previews draw with, each under a family of its own (`font-family.ts` says why): Latin
 * (with oʻ's U+02BB) and Cyrillic, regular and semibold. The picture names the family of each run.
 */
export const PREVIEW_FONTS = {
  latin: { regular: 'Noto Sans Latin', semibold: 'Noto Sans Latin SemiBold' },
  cyrillic: { regular: 'Noto Sans Cyrillic', semibold: 'Noto Sans Cyrillic SemiBold' },
} as const;

/** Each face's @fontsource file and the family it is given. */
export const FONT_FACES = (['latin', 'cyrillic'] as const).flatMap((script) =>
  (['regular', 'semibold'] as const).map((weight) => ({
    file: `@fontsource/noto-sans/files/noto-sans-${script}-${weight === 'regular' ? 400 : 600}-normal.woff`,
    family: PREVIEW_FONTS[script][weight],
  })),
);

let fontPaths: string[] | undefined;

function prepareFonts(): string[] {
  if (fontPaths) return fontPaths;
  const folder = join(tmpdir(), 'partnership-atlas-fonts');
  mkdirSync(folder, { recursive: true });
  fontPaths = FONT_FACES.map(({ file, family }) => {
    const path = join(folder, `${family.replaceAll(' ', '-')}.ttf`);
    // Written aside and renamed: another build running at once never reads half a file.
    const part = `${path}.${process.pid}`;
    writeFileSync(part, renameFontFamily(unpackWoff(readFileSync(require.resolve(file))), family));
    renameSync(part, path);
    return path;
  });
  return fontPaths;
}

/** Draws an SVG document, opaque, into PNG bytes at its own size. */
export function rasteriseSvg(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: prepareFonts(),
      loadSystemFonts: false,
      defaultFontFamily: PREVIEW_FONTS.latin.regular,
    },
  });
  const image = resvg.render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}
