/**
 * `npm run bench:profile`: where the script time of the timed interactions goes. Builds the site
 * unminified (so the profile names our functions) into a temporary folder, multiplies its data like
 * the bench does, and records a CPU profile of only the timed part of each interaction (the profiler
 * runs from just before the click or slider input to just after it). Prints the functions with the
 * most self time and the most total time, per interaction. Reports only; never fails on a timing.
 *
 * Options: --scale=N (data factor, default 100), --iterations=N (default 20),
 * --only=year|click (one interaction), --no-build (reuse the last unminified build), --plain (time
 * without the profiler, whose sampling slows the page), --dist=DIR (profile another unminified build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { SELECTORS } from '../tests/e2e/selectors.ts';
import { launchBrowser, openPage, waitForFirstIdle } from './bench/browser.ts';
import { writeScaledSite } from './bench/scale.ts';
import { serveStatic } from './bench/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PLAIN_DIST = join(tmpdir(), 'atlas-profile-dist');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

type Interaction = 'year' | 'click';

/** Self and total milliseconds per function (name and place), summed over profiles. */
class Tally {
  readonly self = new Map<string, number>();
  readonly total = new Map<string, number>();
  sampledMs = 0;
  /** Each timed run's profile, to look at the slow ones alone. */
  readonly slowest: { ms: number; profile: CpuProfile }[] = [];

  add(profile: CpuProfile): void {
    const parent = new Map<number, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const key = (node: ProfileNode) => {
      const file = node.callFrame.url.split('/').pop() ?? '';
      return `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    };
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const node = byId.get(id);
      if (!node) return;
      const name = node.callFrame.functionName;
      if (name === '(idle)' || name === '(program)') return;
      this.sampledMs += ms;
      const selfKey = key(node);
      this.self.set(selfKey, (this.self.get(selfKey) ?? 0) + ms);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const n = byId.get(at);
        if (!n) break;
        const k = key(n);
        if (seen.has(k)) continue;
        seen.add(k);
        this.total.set(k, (this.total.get(k) ?? 0) + ms);
      }
    });
  }

  print(label: string, top = 25): void {
    const rows = (map: Map<string, number>) =>
      [...map]
        .filter(([k]) => !k.startsWith('(root)'))
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
        .join('\n');
    console.log(`\n== ${label}: ${this.sampledMs.toFixed(1)} ms sampled (not idle)`);
    console.log(`-- self\n${rows(this.self)}`);
    console.log(`-- total\n${rows(this.total)}`);
  }
}

function parseArgs(argv: readonly string[]) {
  const options = {
    scale: 100,
    iterations: 20,
    only: null as Interaction | null,
    build: true,
    plain: false,
    dist: PLAIN_DIST,
  };
  for (const arg of argv) {
    const [name, value] = arg.split('=');
    if (name === '--scale' && value) options.scale = Number.parseInt(value, 10);
    else if (name === '--iterations' && value) options.iterations = Number.parseInt(value, 10);
    else if (name === '--only' && (value === 'year' || value === 'click')) options.only = value;
    else if (name === '--no-build') options.build = false;
    else if (name === '--plain') options.plain = true;
    else if (name === '--dist' && value) Object.assign(options, { dist: resolve(value), build: false });
    else
      throw new Error(
        `unknown option ${arg} (known: --scale=N, --iterations=N, --only=year|click, --no-build, --plain, --dist=DIR)`,
      );
  }
  return options;
}

/** Runs `prepare` (not profiled), then `timed` under the profiler; adds the profile to `tally`. */
async function profileOnce(
  page: Page,
  cdp: CDPSession,
  tally: Tally,
  prepare: () => Promise<unknown>,
  timed: () => Promise<number>,
  plain: boolean,
): Promise<number> {
  await prepare();
  if (plain) {
    const ms = await timed();
    await page.waitForTimeout(300);
    return ms;
  }
  await cdp.send('Profiler.start');
  const ms = await timed();
  const { profile } = await cdp.send('Profiler.stop');
  tally.add(profile as unknown as CpuProfile);
  tally.slowest.push({ ms, profile: profile as unknown as CpuProfile });
  // Let the map draw what the interaction set in motion before the next one.
  await page.waitForTimeout(300);
  return ms;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) {
    const built = spawnSync(
      'npx',
      ['vite', 'build', '--minify', 'false', '--outDir', PLAIN_DIST, '--emptyOutDir'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (built.status !== 0) throw new Error('the unminified build failed');
  } else if (!existsSync(join(options.dist, 'index.html'))) throw new Error(`no build in ${options.dist}`);
  const siteDir = options.scale > 1 ? mkdtempSync(join(tmpdir(), 'atlas-profile-')) : options.dist;
  if (options.scale > 1) writeScaledSite(options.dist, siteDir, options.scale);
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  console.log(
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}, data ×${options.scale}`,
  );
  try {
    const opened = await openPage(browser, `${server.origin}/`);
    await waitForFirstIdle(opened, 'app');
    const { page } = opened;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const toOverview = () =>
      page.evaluate(async () => {
        const bench = (window as unknown as { __bench: { toOverview(ms: number): Promise<void> } }).__bench;
        await bench.toOverview(2500);
      });
    const results: Record<Interaction, number[]> = { year: [], click: [] };
    const tallies: Record<Interaction, Tally> = { year: new Tally(), click: new Tally() };
    for (let i = 0; i < options.iterations; i++) {
      if (options.only !== 'click')
        results.year.push(
          await profileOnce(
            page,
            cdp,
            tallies.year,
            toOverview,
            () =>
              page.evaluate(
                ({ i, sel }) => {
                  const slider = document.querySelector<HTMLInputElement>(sel.yearSlider);
                  if (!slider) throw new Error('no year slider');
                  const min = Number(slider.min);
                  const max = Number(slider.max);
                  let year = min + ((i * 7) % (max - min + 1));
                  if (String(year) === slider.value) year = year >= max ? min : year + 1;
                  const t0 = performance.now();
                  slider.value = String(year);
                  slider.dispatchEvent(new Event('input', { bubbles: true }));
                  return performance.now() - t0;
                },
                { i, sel: SELECTORS },
              ),
            options.plain,
          ),
        );
      if (options.only !== 'year')
        results.click.push(
          await profileOnce(
            page,
            cdp,
            tallies.click,
            toOverview,
            () =>
              page.evaluate(
                ({ i, sel }) => {
                  const buttons = document.querySelectorAll<HTMLElement>(
                    `${sel.panel} ${sel.placeListButton}`,
                  );
                  const button = buttons[(i * 7919) % Math.max(buttons.length, 1)];
                  if (!button) throw new Error('no place in the list');
                  const t0 = performance.now();
                  button.click();
                  return performance.now() - t0;
                },
                { i, sel: SELECTORS },
              ),
            options.plain,
          ),
        );
    }
    for (const kind of ['year', 'click'] as const) {
      const samples = results[kind].sort((a, b) => a - b);
      if (samples.length === 0) continue;
      const p95 = samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)] ?? 0;
      const mid = samples[Math.floor(samples.length / 2)] ?? 0;
      const label = `${kind} ×${options.scale}: median ${mid.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`;
      if (options.plain) console.log(label);
      else {
        tallies[kind].print(label);
        // The slow tail is what the p95 sees: its own profile shows what makes it slow.
        const tail = new Tally();
        const runs = tallies[kind].slowest
          .sort((a, b) => b.ms - a.ms)
          .slice(0, Math.ceil(samples.length / 10));
        for (const run of runs) tail.add(run.profile);
        tail.print(
          `${kind} ×${options.scale}, slowest ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms`,
          15,
        );
      }
    }
    await opened.context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
