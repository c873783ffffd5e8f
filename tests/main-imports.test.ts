/**
 * What the page's script reaches through its imports. The build checks the data and measures the
 * route, so the page must not ship the schema library, the cross-checks or the geometry library: a
 * single value import of a build-time module brings them all back (module-level schema calls cannot
 * be shaken out).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Value imports and re-exports of a module's source; `import type` and `export type` load nothing. */
function listValueImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement =
    /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of source.matchAll(statement)) {
    if (m[2]) continue;
    const specifier = m[4] ?? m[5] ?? m[6];
    if (specifier) specifiers.push(specifier);
  }
  return specifiers;
}

/** Every module reached from `entry`: project files (relative to the root) and packages. */
function walkImports(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (path: string) => {
    const rel = relative(ROOT, path);
    if (files.has(rel)) return;
    files.add(rel);
    if (!/\.tsx?$/.test(path)) return;
    for (const specifier of listValueImports(readFileSync(path, 'utf8'))) {
      if (specifier.startsWith('.')) visit(join(dirname(path), specifier));
      else if (!specifier.startsWith('virtual:') && !packages.has(specifier)) packages.set(specifier, rel);
    }
  };
  visit(join(ROOT, entry));
  return { files, packages };
}

describe('the page script', () => {
  const { files, packages } = walkImports('src/main.ts');

  it('reaches a good part of the project, so the walk itself works', () => {
    expect(files.has('src/ui/panel.ts')).toBe(true);
    expect(files.has('src/map/map-sync.ts')).toBe(true);
    expect(packages.has('maplibre-gl')).toBe(true);
  });

  it('imports neither zod nor turf', () => {
    const buildOnly = [...packages].filter(([name]) => /^(zod|@turf)(\/|$)/.test(name));
    expect(buildOnly.map(([name, by]) => `${name} (imported by ${by})`)).toEqual([]);
  });

  it('imports nothing from build code, by folder (tests/import-wall.test.ts holds the rule for types too)', () => {
    const build = [...files].filter(
      (f) => f.startsWith('src/build/') || f.startsWith('scripts/') || f === 'vite.config.ts',
    );
    expect(build).toEqual([]);
  });
});

describe('listValueImports', () => {
  it('skips type-only imports and keeps the rest', () => {
    const source = [
      "import type { A } from './a.ts';",
      "import { b, type C } from './b.ts';",
      "export { d } from './d.ts';",
      "export type { E } from './e.ts';",
      "import './f.css';",
      "const g = await import('./g.ts');",
    ].join('\n');
    expect(listValueImports(source)).toEqual(['./b.ts', './d.ts', './f.css', './g.ts']);
  });
});
