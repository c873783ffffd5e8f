/**
 * Dates, numbers and coordinates reach the reader through one formatter (src/ui/format.ts) and the
 * catalogues' Intl.NumberFormat: the panel, the timeline, the reading document and the view pages
 * write none of their own, so a language's form cannot differ between them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const READER_CODE = ['src/ui', 'src/map', 'scripts/view-pages', 'scripts/pages.ts', 'scripts/prerender.ts'];
const OWN_FORMATTING = /DateTimeFormat|toLocale(Date)?String|toFixed\(|getFullYear|getUTCFullYear/;

function listFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (full.endsWith('.ts')) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(relative(ROOT, join(full, entry.name)))
      : entry.name.endsWith('.ts')
        ? [join(full, entry.name)]
        : [],
  );
}

describe('one formatter for dates and numbers', () => {
  it('is the only reader-facing code that formats a date or a decimal', () => {
    const offenders = READER_CODE.flatMap(listFiles)
      .filter((file) => !file.endsWith(join('src', 'ui', 'format.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ file: relative(ROOT, file), line: i + 1, text: line }))
          .filter(({ text }) => OWN_FORMATTING.test(text) && !/^\s*(\/\/|\*)/.test(text)),
      );
    expect(offenders).toEqual([]);
  });
});
