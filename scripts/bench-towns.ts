/**
 * What the towns cost: the built site measured against the same site with an empty towns file, and
 * the floor page beside both for reference. Interleaved cold loads (first idle, canvas), then the
 * app's own `flyTo` over the towns' part of the map (Samarkand → Mazar-i-Sharif at zoom 7, flat, where
 * most towns show), alternating between the two. Ratios within one run; absolute times depend on the
 * machine. Needs a build (`npm run build`).
 *
 * Options: --runs=N (cold loads per page, default 7), --flights=N (per site, default 3).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATA_FILES } from '../src/model/files.ts';
import { TOWNS_FILE } from '../src/model/towns.ts';
import { coldLoad, launchBrowser, measureFly, openPage, waitForFirstIdle } from './bench/browser.ts';
import { buildBaselinePages } from './bench/pages.ts';
import { type StaticServer, serveStatic } from './bench/server.ts';
import { intervals, median, percentile } from './bench/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
/** Where the flight runs: the towns' densest part of the map, at a zoom where most of them show. */
const FLIGHT = { from: [66.96, 39.65] as const, to: [67.11, 36.71] as const, zoom: 7, pitch: 0, ms: 6000 };

function readOption(name: string, fallback: number): number {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number.parseInt(arg.split('=')[1] ?? '', 10) : fallback;
  if (!Number.isFinite(value) || value < 1) throw new Error(`--${name} takes a whole number of at least 1`);
  return value;
}

function progress(message: string): void {
  process.stderr.write(`[bench:towns] ${message}\n`);
}

async function main(): Promise<void> {
  const runs = readOption('runs', 7);
  const flights = readOption('flights', 3);
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/index.html is missing: run `npm run build`');
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-towns-'));
  const servers: StaticServer[] = [];
  const browser = await launchBrowser();
  try {
    const sites = { towns: join(work, 'towns'), none: join(work, 'none') };
    for (const dir of Object.values(sites)) cpSync(DIST, dir, { recursive: true });
    writeFileSync(join(sites.none, TOWNS_FILE), JSON.stringify({ type: 'FeatureCollection', features: [] }));
    const townsBytes = readFileSync(join(sites.towns, TOWNS_FILE));
    await buildBaselinePages(join(work, 'pages'), join(sites.towns, DATA_FILES.places));
    const serve = async (dir: string) => {
      const server = await serveStatic(dir);
      servers.push(server);
      return server.origin;
    };
    const urls = {
      towns: `${await serve(sites.towns)}/`,
      none: `${await serve(sites.none)}/`,
      floor: `${await serve(join(work, 'pages'))}/floor/floor.html`,
    };
    const load = loadavg()[0] ?? Number.NaN;
    const names = ['towns', 'none', 'floor'] as const;
    for (const name of names) await coldLoad(browser, urls[name], `${name} (warm-up)`);
    const idle: Record<(typeof names)[number], number[]> = { towns: [], none: [], floor: [] };
    const canvas: Record<(typeof names)[number], number[]> = { towns: [], none: [], floor: [] };
    for (let run = 1; run <= runs; run++)
      for (const name of names) {
        const result = await coldLoad(browser, urls[name], name);
        if (result.errors.length > 0) throw new Error(`${name}: ${result.errors.join('\n')}`);
        idle[name].push(result.idleMs);
        canvas[name].push(result.mapCreatedMs);
        progress(`cold load ${run}/${runs} ${name}: ${result.idleMs.toFixed(0)} ms`);
      }
    const frames: Record<'towns' | 'none', number[]> = { towns: [], none: [] };
    const longTasks: Record<'towns' | 'none', number> = { towns: 0, none: 0 };
    for (let flight = 1; flight <= flights; flight++)
      for (const name of ['towns', 'none'] as const) {
        const opened = await openPage(browser, `${urls[name]}?bench`);
        try {
          await waitForFirstIdle(opened, name);
          const recording = await measureFly(
            opened.page,
            FLIGHT.from,
            FLIGHT.to,
            FLIGHT.zoom,
            FLIGHT.pitch,
            FLIGHT.ms,
          );
          frames[name].push(...intervals(recording.frames));
          longTasks[name] += recording.longTasks.length;
          progress(`flight ${flight}/${flights} ${name}: ${recording.frames.length} frames`);
        } finally {
          await opened.context.close();
        }
      }
    const fmt = (v: number, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '—');
    const row = (label: string, a: number, b: number, d = 0) =>
      `| ${label} | ${fmt(a, d)} | ${fmt(b, d)} | ${fmt(a / b, 3)}× |`;
    const summary = {
      loadAverage1m: Number(load.toFixed(2)),
      runs,
      flights,
      townsFileKB: Number((townsBytes.length / 1024).toFixed(1)),
      townsFileGzipKB: Number((gzipSync(townsBytes).length / 1024).toFixed(1)),
      townsFileBytesOnDisk: statSync(join(sites.towns, TOWNS_FILE)).size,
      idleMs: { towns: median(idle.towns), none: median(idle.none), floor: median(idle.floor) },
      idleRatioFloor: {
        towns: median(idle.towns) / median(idle.floor),
        none: median(idle.none) / median(idle.floor),
      },
      canvasMs: { towns: median(canvas.towns), none: median(canvas.none), floor: median(canvas.floor) },
      flyFrameMedianMs: { towns: median(frames.towns), none: median(frames.none) },
      flyFrameP95Ms: { towns: percentile(frames.towns, 95), none: percentile(frames.none, 95) },
      flyLongTasks: longTasks,
    };
    process.stdout.write(
      [
        `Towns against no towns (load average ${fmt(load, 2)} at the start; ${runs} interleaved cold loads each, ${flights} flights each)`,
        '',
        '| measure | with towns | without | ratio |',
        '| --- | --- | --- | --- |',
        row('first idle, ms (median)', summary.idleMs.towns, summary.idleMs.none),
        row('first idle ÷ floor', summary.idleRatioFloor.towns, summary.idleRatioFloor.none, 2),
        row('canvas in the page, ms (median)', summary.canvasMs.towns, summary.canvasMs.none),
        row(
          'flyTo frame interval median, ms',
          summary.flyFrameMedianMs.towns,
          summary.flyFrameMedianMs.none,
          1,
        ),
        row('flyTo frame interval p95, ms', summary.flyFrameP95Ms.towns, summary.flyFrameP95Ms.none, 1),
        `| flyTo long tasks (all flights) | ${longTasks.towns} | ${longTasks.none} | — |`,
        '',
        `floor first idle ${fmt(summary.idleMs.floor)} ms; towns file ${summary.townsFileKB} KB (${summary.townsFileGzipKB} KB gzip)`,
        `BENCH_TOWNS ${JSON.stringify(summary)}`,
        '',
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
