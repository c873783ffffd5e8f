/**
 * What the towns cost: the built site measured against the same site with the towns taken out of its
 * world basemap (where they ride as points of the `town` layer), a second
 * copy of that site as a control (the two are the same page, so their ratio is the bench's own noise),
 * and the floor page beside them for reference. Interleaved cold loads (first idle, canvas), then the
 * app's own `flyTo` over the towns' part of the map (Samarkand → Mazar-i-Sharif at zoom 7, flat, where
 * most towns show), a fresh page each flight, alternating between the sites. Each cold load and flight is
 * paired with the no-towns site's of the same round, and the median of those ratios is given with a 95 %
 * bootstrap interval: a ratio the control's interval also reaches is not a cost the bench can see.
 * Absolute times depend on the machine. Needs a build (`npm run build`).
 *
 * Options: --runs=N (cold loads per page, default 9), --flights=N (per site, default 5), --before=FILE
 * (a GeoJSON file of other towns, put in the basemap in place of the built ones and measured as one
 * more site: an earlier choice of towns, to see what a change to them bought).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection } from 'geojson';
import { DATA_FILES } from '../src/build/files.ts';
import { TOWN_FEATURE_LAYER } from '../src/build/towns.ts';
import { BASEMAP_FILE } from '../src/model/basemap.ts';
import { coldLoad, launchBrowser, measureFly, openPage, waitForFirstIdle } from './bench/browser.ts';
import { buildBaselinePages } from './bench/pages.ts';
import { type StaticServer, serveStatic } from './bench/server.ts';
import { bootstrapMedianInterval, intervals, mean, median, percentile } from './bench/stats.ts';
import { createRandom } from './random.ts';

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

function readPathOption(name: string): string | undefined {
  const arg = process.argv.slice(2).find((a) => a.startsWith(`--${name}=`));
  if (!arg) return undefined;
  const path = resolve(arg.slice(name.length + 3));
  if (!existsSync(path)) throw new Error(`--${name}: ${path} does not exist`);
  return path;
}

/** The sites measured: with towns, without, the control (a copy of without) and an optional earlier file. */
type Site = 'towns' | 'before' | 'control' | 'none';

/** A ratio's median over the rounds, with its 95 % bootstrap interval. */
interface PairedRatio {
  median: number;
  low: number;
  high: number;
}

function pairRatios(samples: readonly number[], reference: readonly number[]): PairedRatio {
  const ratios = samples.map((value, i) => value / (reference[i] ?? Number.NaN));
  const [low, high] = bootstrapMedianInterval(ratios, createRandom(20260705));
  return { median: median(ratios), low, high };
}

async function main(): Promise<void> {
  const runs = readOption('runs', 9);
  const flights = readOption('flights', 5);
  const beforeFile = readPathOption('before');
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/index.html is missing: run `npm run build`');
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-towns-'));
  const servers: StaticServer[] = [];
  const browser = await launchBrowser();
  try {
    const sites: Site[] = beforeFile ? ['towns', 'before', 'control', 'none'] : ['towns', 'control', 'none'];
    for (const site of sites) cpSync(DIST, join(work, site), { recursive: true });
    const basemapBytes = readFileSync(join(DIST, BASEMAP_FILE));
    const basemap = JSON.parse(basemapBytes.toString('utf8')) as FeatureCollection;
    const isTown = (f: Feature) => f.properties?.layer === TOWN_FEATURE_LAYER;
    const withTowns = (towns: Feature[]) =>
      JSON.stringify({ ...basemap, features: [...basemap.features.filter((f) => !isTown(f)), ...towns] });
    const noTownsBytes = Buffer.from(withTowns([]));
    writeFileSync(join(work, 'none', BASEMAP_FILE), noTownsBytes);
    writeFileSync(join(work, 'control', BASEMAP_FILE), noTownsBytes);
    if (beforeFile) {
      const before = JSON.parse(readFileSync(beforeFile, 'utf8')) as FeatureCollection;
      const tagged = before.features.map((f) => ({
        ...f,
        properties: { ...f.properties, layer: TOWN_FEATURE_LAYER },
      }));
      writeFileSync(join(work, 'before', BASEMAP_FILE), withTowns(tagged));
    }
    const townCount = basemap.features.filter(isTown).length;
    await buildBaselinePages(join(work, 'pages'), join(work, 'towns', DATA_FILES.places));
    const urls = new Map<Site | 'floor', string>();
    for (const site of [...sites, 'floor'] as const) {
      const server = await serveStatic(join(work, site === 'floor' ? 'pages' : site));
      servers.push(server);
      urls.set(site, site === 'floor' ? `${server.origin}/floor/floor.html` : `${server.origin}/`);
    }
    const urlOf = (name: Site | 'floor') => urls.get(name) ?? '';
    const load = loadavg()[0] ?? Number.NaN;
    const loads = [...urls.keys()];
    for (const name of loads) await coldLoad(browser, urlOf(name), `${name} (warm-up)`);
    const idle = new Map(loads.map((name) => [name, [] as number[]]));
    const canvas = new Map(loads.map((name) => [name, [] as number[]]));
    for (let run = 1; run <= runs; run++)
      for (const name of loads) {
        const result = await coldLoad(browser, urlOf(name), name);
        if (result.errors.length > 0) throw new Error(`${name}: ${result.errors.join('\n')}`);
        idle.get(name)?.push(result.idleMs);
        canvas.get(name)?.push(result.mapCreatedMs);
        progress(`cold load ${run}/${runs} ${name}: ${result.idleMs.toFixed(0)} ms`);
      }
    // Per flight: the mean frame interval (the median of intervals snaps to the display's 16.7 ms steps).
    const flightMeans = new Map(sites.map((site) => [site, [] as number[]]));
    const frames = new Map(sites.map((site) => [site, [] as number[]]));
    const longTasks = new Map(sites.map((site) => [site, 0]));
    for (let flight = 1; flight <= flights; flight++)
      for (const site of sites) {
        const opened = await openPage(browser, `${urlOf(site)}?bench`);
        try {
          await waitForFirstIdle(opened, site);
          const recording = await measureFly(
            opened.page,
            FLIGHT.from,
            FLIGHT.to,
            FLIGHT.zoom,
            FLIGHT.pitch,
            FLIGHT.ms,
          );
          const gaps = intervals(recording.frames);
          frames.get(site)?.push(...gaps);
          flightMeans.get(site)?.push(mean(gaps));
          longTasks.set(site, (longTasks.get(site) ?? 0) + recording.longTasks.length);
          progress(`flight ${flight}/${flights} ${site}: ${recording.frames.length} frames`);
        } finally {
          await opened.context.close();
        }
      }
    const of = <T>(map: Map<Site | 'floor', T>, name: Site | 'floor'): T => {
      const value = map.get(name);
      if (value === undefined) throw new Error(`no samples for ${name}`);
      return value;
    };
    const perSite = <T>(measure: (site: Site) => T) =>
      Object.fromEntries(sites.map((site) => [site, measure(site)])) as Partial<Record<Site, T>>;
    const floorIdle = median(of(idle, 'floor'));
    const summary = {
      loadAverage1m: Number(load.toFixed(2)),
      runs,
      flights,
      towns: townCount,
      basemapKB: Number((basemapBytes.length / 1024).toFixed(1)),
      basemapGzipKB: Number((gzipSync(basemapBytes).length / 1024).toFixed(1)),
      townsKB: Number(((basemapBytes.length - noTownsBytes.length) / 1024).toFixed(1)),
      townsGzipKB: Number(
        ((gzipSync(basemapBytes).length - gzipSync(noTownsBytes).length) / 1024).toFixed(1),
      ),
      idleMs: { ...perSite((site) => median(of(idle, site))), floor: floorIdle },
      idleRatioFloor: perSite((site) => median(of(idle, site)) / floorIdle),
      idleRatioNone: perSite((site) => pairRatios(of(idle, site), of(idle, 'none'))),
      canvasMs: { ...perSite((site) => median(of(canvas, site))), floor: median(of(canvas, 'floor')) },
      flyFrameMeanMs: perSite((site) => median(flightMeans.get(site) ?? [])),
      flyFrameRatioNone: perSite((site) =>
        pairRatios(flightMeans.get(site) ?? [], flightMeans.get('none') ?? []),
      ),
      flyFrameMedianMs: perSite((site) => median(frames.get(site) ?? [])),
      flyFrameP95Ms: perSite((site) => percentile(frames.get(site) ?? [], 95)),
      flyFrames: perSite((site) => frames.get(site)?.length ?? 0),
      flyLongTasks: perSite((site) => longTasks.get(site) ?? 0),
    };
    const fmt = (v: number | undefined, d = 0) =>
      v !== undefined && Number.isFinite(v) ? v.toFixed(d) : '—';
    const fmtRatio = (r: PairedRatio | undefined) =>
      r ? `${fmt(r.median, 3)} (${fmt(r.low, 3)}–${fmt(r.high, 3)})` : '—';
    const row = (label: string, values: Partial<Record<Site, number>>, d = 0) =>
      `| ${label} | ${sites.map((site) => fmt(values[site], d)).join(' | ')} |`;
    const ratioRow = (label: string, values: Partial<Record<Site, PairedRatio>>) =>
      `| ${label} | ${sites.map((site) => (site === 'none' ? '1' : fmtRatio(values[site]))).join(' | ')} |`;
    process.stdout.write(
      [
        `Towns against no towns (load average ${fmt(load, 2)} at the start; ${runs} interleaved cold loads and ${flights} flights each; "control" is a second copy of the no-towns site${beforeFile ? `; "before" has ${beforeFile}` : ''})`,
        '',
        `| measure | ${sites.join(' | ')} |`,
        `| --- | ${sites.map(() => '---').join(' | ')} |`,
        row('first idle, ms (median)', summary.idleMs),
        ratioRow('first idle ÷ none, same round (median, 95 % interval)', summary.idleRatioNone),
        row('first idle ÷ floor', summary.idleRatioFloor, 2),
        row('canvas in the page, ms (median)', summary.canvasMs),
        row('flyTo mean frame interval, ms (median of flights)', summary.flyFrameMeanMs, 1),
        ratioRow('flyTo mean frame interval ÷ none, same round', summary.flyFrameRatioNone),
        row('flyTo frame interval median, ms (all frames)', summary.flyFrameMedianMs, 1),
        row('flyTo frame interval p95, ms (all frames)', summary.flyFrameP95Ms, 1),
        row('flyTo frames (all flights)', summary.flyFrames),
        row('flyTo long tasks (all flights)', summary.flyLongTasks),
        '',
        `floor first idle ${fmt(floorIdle)} ms; ${summary.towns} towns add ${summary.townsKB} KB (${summary.townsGzipKB} KB gzip) to the world basemap's ${summary.basemapKB} KB (${summary.basemapGzipKB} KB gzip)`,
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
