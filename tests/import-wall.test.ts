/**
 * The wall between build and page, by folder: `src/build/` (and `scripts/`, `vite.config.ts`) is build
 * code; everything else under `src/` is page code. Page code never imports build code, not even a
 * type; build code may import page code. The import graph of the whole project has no circle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Whether a project file (relative to the root) is build code, by the folder it is in. */
function isBuildCode(file: string): boolean {
  return file.startsWith('src/build/') || file.startsWith('scripts/') || file === 'vite.config.ts';
}

/** Every import of a module's source, type-only ones included: relative ones and packages. */
function listImports(source: string): string[] {
  const pattern =
    /^\s*(?:import|export)\s+(?:type\s+)?[^'";]*?\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...source.matchAll(pattern)].flatMap((m) => m[1] ?? m[2] ?? m[3] ?? []);
}

/** Project file → the project files it imports, for every `.ts` file under `folders`. */
function readImportGraph(folders: readonly string[]): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  files.push('vite.config.ts');
  return new Map(
    files.map((file) => [
      file,
      listImports(readFileSync(join(ROOT, file), 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => relative(ROOT, join(ROOT, dirname(file), spec))),
    ]),
  );
}

/** Each page file's imports of build code: `from → to`. */
function findBreaches(graph: ReadonlyMap<string, readonly string[]>): string[] {
  return [...graph].flatMap(([from, targets]) =>
    isBuildCode(from) ? [] : targets.filter(isBuildCode).map((to) => `${from} → ${to}`),
  );
}

/** The graph's circles (strongly connected groups of two or more files, or a file importing itself). */
function findCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const circles: string[][] = [];
  const visit = (file: string) => {
    order.set(file, next);
    low.set(file, next++);
    stack.push(file);
    for (const to of graph.get(file) ?? []) {
      if (!graph.has(to)) continue;
      if (!order.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(to) ?? 0));
      } else if (stack.includes(to)) low.set(file, Math.min(low.get(file) ?? 0, order.get(to) ?? 0));
    }
    if (low.get(file) !== order.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member) group.push(member);
    } while (member && member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) circles.push(group.sort());
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return circles;
}

const graph = readImportGraph(['src', 'scripts']);

describe('the wall between build and page', () => {
  it('sees both sides: page code under src/, build code in src/build/ that imports page code', () => {
    expect(graph.has('src/main.ts')).toBe(true);
    expect(graph.get('src/build/schema.ts')).toContain('src/model/dataset.ts');
    expect([...graph.keys()].filter(isBuildCode).length).toBeGreaterThan(20);
  });

  it('holds: no page file imports build code, not even a type', () => {
    expect(findBreaches(graph)).toEqual([]);
  });

  it('leaves no circle in the import graph', () => {
    expect(findCircles(graph)).toEqual([]);
  });

  it('reads type-only imports, re-exports and dynamic imports too', () => {
    const source = [
      "import type { Dataset } from '../build/load.ts';",
      "import { type A, b } from './b.ts';",
      'import {',
      '  c,',
      '  type D,',
      "} from '../../scripts/pages.ts';",
      "export type { E } from './e.ts';",
      "export * from './f.ts';",
      "import './g.css';",
      "const h = await import('./h.ts');",
      "type I = import('../../vite.config.ts').I;",
    ].join('\n');
    expect(listImports(source)).toEqual([
      '../build/load.ts',
      './b.ts',
      '../../scripts/pages.ts',
      './e.ts',
      './f.ts',
      './g.css',
      './h.ts',
      '../../vite.config.ts',
    ]);
  });

  it('is a rule the check would catch broken, by folder', () => {
    const broken = new Map([
      ['src/ui/panel.ts', ['src/model/dataset.ts', 'src/build/schema.ts']],
      ['src/build/schema.ts', ['src/model/dataset.ts']],
      ['src/model/dataset.ts', []],
      ['src/state/a.ts', ['src/state/b.ts']],
      ['src/state/b.ts', ['scripts/pages.ts', 'src/state/a.ts']],
      ['src/main.ts', ['vite.config.ts', 'src/build/anything-new.ts']],
      ['src/build/x.ts', ['src/build/y.ts']],
      ['src/build/y.ts', ['src/build/x.ts']],
    ]);
    expect(findBreaches(broken)).toEqual([
      'src/ui/panel.ts → src/build/schema.ts',
      'src/state/b.ts → scripts/pages.ts',
      'src/main.ts → vite.config.ts',
      'src/main.ts → src/build/anything-new.ts',
    ]);
    expect(findCircles(broken).sort()).toEqual([
      ['src/build/x.ts', 'src/build/y.ts'],
      ['src/state/a.ts', 'src/state/b.ts'],
    ]);
  });
});
