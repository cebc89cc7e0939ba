/**
 * npm run bench:scale [-- --sizes 1000,3000,5000 --runs 3 --json file]
 *
 * How the build and the site grow with the content. For each size, writes
 * synthetic content in the site's format (scripts/lib/synthetic.ts) outside
 * content/ and the same MDX as a bare Astro site (scripts/lib/bare-astro.ts),
 * then builds both cold, alternating, `runs` times, and reports medians:
 * wall and CPU time, ms per entry, peak memory, the time before Vite starts,
 * Vite's compilation and the rendering (from Astro's log), Pagefind's time,
 * the size of dist/, the gzip size of the largest page of each kind, and the
 * bytes a first search downloads, counted at the server.
 * The bare site's Pagefind run is timed on its own and added to its build.
 * Peak memory and CPU time need GNU time (/usr/bin/time); without it they are
 * left out. Machines here are shared: compare the ratios within one run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { composition, writeSyntheticProject } from './lib/synthetic';
import { writeBareAstro } from './lib/bare-astro';
import { launchBrowser } from './lib/chromium';
import { serve, type Served } from './lib/static-server';
import { median } from './samples';
import { buildEnv } from './lib/astro-build';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,3000,5000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const TIME = '/usr/bin/time';
const gnuTime = existsSync(TIME);

interface Measured {
  wall: number;
  cpu?: number;
  peakMb?: number;
  /** Seconds from the start to Vite's build of the pages. */
  beforeVite?: number;
  /** Vite's compilation of the pages and the MDX files (the server build), in seconds. */
  compile?: number;
  /** The rendering of every page and file, in seconds. */
  render?: number;
  /** Pagefind's indexing, in seconds. */
  pagefind?: number;
  log: string;
}

/** "17.38s" or "842ms", as Astro reports how long a step took, in seconds. */
const took = (stat: string | undefined) =>
  stat === undefined ? undefined : stat.endsWith('ms') ? Number(stat.slice(0, -2)) / 1000 : Number(stat.slice(0, -1));

/** Runs `command` in `cwd` with `env`, and measures it. */
function measure(command: string[], cwd: string, env: Record<string, string>): Promise<Measured> {
  const started = Date.now();
  const argv = gnuTime ? [TIME, '-f', 'MEASURED %e %U %S %M', ...command] : command;
  return new Promise((resolve, reject) => {
    const [program = '', ...rest] = argv;
    // Plain output: the log is read for its timestamps.
    const child = spawn(program, rest, { cwd, env: buildEnv({ FORCE_COLOR: '0', NO_COLOR: '1', ...env }) });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${command.join(' ')} failed:\n${log.slice(-4000)}`));
      // Colour codes, should a terminal setting force them, would split the lines read below.
      log = stripVTControlCharacters(log);
      const wall = (Date.now() - started) / 1000;
      const time = /MEASURED ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(log);
      // Astro's log lines start with the local time of day, to the second.
      const vite = /(\d\d):(\d\d):(\d\d) \[build\] Building static entrypoints/.exec(log);
      let beforeVite: number | undefined;
      if (vite) {
        const at = new Date(started);
        at.setHours(Number(vite[1]), Number(vite[2]), Number(vite[3]), 0);
        beforeVite = Math.max(0, (at.getTime() - started) / 1000);
      }
      const indexed = /indexed \d+ pages in (\d+) ms/.exec(log);
      // Astro closes each step with "✓ Completed in 17.38s.".
      const compiled = /Building static entrypoints[\s\S]*?✓ Completed in ([\d.]+m?s)/.exec(log);
      const rendered = /generating static routes[\s\S]*?✓ Completed in ([\d.]+m?s)/.exec(log);
      resolve({
        wall,
        ...(time ? { cpu: Number(time[2]) + Number(time[3]), peakMb: Number(time[4]) / 1024 } : {}),
        beforeVite,
        compile: took(compiled?.[1]),
        render: took(rendered?.[1]),
        pagefind: indexed ? Number(indexed[1]) / 1000 : undefined,
        log,
      });
    });
    child.on('error', reject);
  });
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(path.join(dir, f)).isFile());

/** dist/ in bytes, and the largest page of each top-level folder in gzip bytes. */
function output(dir: string) {
  const files = walk(dir);
  const bytes = files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
  const largest: Record<string, number> = {};
  for (const f of files.filter((f) => f.endsWith('.html'))) {
    const kind = f.includes('/') ? f.slice(0, f.indexOf('/')) : 'home and others';
    const size = gzipSync(readFileSync(path.join(dir, f))).length;
    if (size > (largest[kind] ?? 0)) largest[kind] = size;
  }
  return { bytes, largest };
}

/**
 * Bytes a first search downloads from a content page's header, counted at the
 * server (gzip, as a host would send), until the results for `shown` (the
 * query, or what a typo in it is corrected to) are announced.
 */
async function firstSearch(dir: string, page: string, query: string, shown = query): Promise<number | undefined> {
  let served: Served[] = [];
  const server = await serve(dir, '/', 0, { onServe: (s) => served.push(s) });
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}${page}`, { waitUntil: 'networkidle' });
    if (!(await tab.locator('[data-quick-search]').count())) return undefined;
    served = [];
    await tab.locator('#site-search').pressSequentially(query, { delay: 30 });
    await tab.waitForFunction(
      (shown) => document.querySelector('[data-quick-status]')?.textContent?.includes(`“${shown}”`),
      shown,
      { timeout: 60_000 },
    );
    return served.reduce((n, s) => n + s.gzip, 0);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The first search measured: a name of the synthetic content (a body's and a glossary entry's), typed key by key. */
const FIRST_QUERY = 'Technical Committee 5';

const TMP = path.resolve('.tmp/scale');
const kb = (n: number | undefined) => (n === undefined ? 'n/a' : `${(n / 1024).toFixed(0)} KB`);
const s = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(1)} s`);
const med = (items: (number | undefined)[]) => {
  const known = items.filter((n): n is number => n !== undefined);
  return known.length ? median(known) : undefined;
};

const report: Record<string, unknown>[] = [];
for (const size of sizes) {
  const project = path.join(TMP, String(size));
  const siteOut = `${project}-site-dist`;
  const bare = `${project}-bare`;
  const bareOut = `${project}-bare-dist`;
  await writeSyntheticProject(project, size);
  await writeBareAstro(bare, path.join(project, 'content'), bareOut);
  const folder = path.relative(process.cwd(), project);
  const entries = Object.values(composition(size)).reduce((a, b) => a + b, 0);
  /** Each run: the site's build, the bare site's build and the bare site's Pagefind run. */
  const measured: { site: Measured; bare: Measured; barePagefind: Measured }[] = [];
  for (let run = 0; run < runs; run++) {
    // Cold builds: no cache of either.
    for (const dir of readdirSync('node_modules', { withFileTypes: true }))
      if (dir.name.startsWith(`.astro-${folder.replace(/[^\w]+/g, '-')}-`))
        rmSync(path.join('node_modules', dir.name), { recursive: true, force: true });
    rmSync(path.join(bare, '.cache'), { recursive: true, force: true });
    const astro = path.resolve('node_modules/astro/astro.js');
    const site = await measure([process.execPath, astro, 'build'], process.cwd(), {
      ASTRO_TELEMETRY_DISABLED: '1',
      SITE_PROJECT: folder,
      SITE_OUT_DIR: siteOut,
    });
    const bareBuild = await measure([process.execPath, astro, 'build'], bare, { ASTRO_TELEMETRY_DISABLED: '1' });
    const pagefindCli = path.resolve('node_modules/pagefind/lib/runner/bin.cjs');
    const barePagefind = await measure([process.execPath, pagefindCli, '--site', bareOut], bare, {});
    measured.push({ site, bare: bareBuild, barePagefind });
    console.error(
      `size ${size}, run ${run + 1}: site ${s(site.wall)}, bare ${s(bareBuild.wall)} + Pagefind ${s(barePagefind.wall)}`,
    );
  }
  const siteOutput = output(siteOut);
  const bareOutput = output(bareOut);
  const of = (pick: (m: (typeof measured)[number]) => number | undefined) => med(measured.map(pick));
  const wall = of((m) => m.site.wall) ?? NaN;
  const bareWall = of((m) => m.bare.wall + m.barePagefind.wall) ?? NaN;
  const firstBody = readdirSync(path.join(siteOut, 'bodies'), { withFileTypes: true }).find(
    (d) => d.isDirectory() && d.name.startsWith('body-'),
  );
  const row = {
    size,
    entries,
    site: {
      wall,
      cpu: of((m) => m.site.cpu),
      msPerEntry: (wall * 1000) / entries,
      peakMb: of((m) => m.site.peakMb),
      beforeVite: of((m) => m.site.beforeVite),
      compile: of((m) => m.site.compile),
      render: of((m) => m.site.render),
      pagefind: of((m) => m.site.pagefind),
      distBytes: siteOutput.bytes,
      largestGzip: siteOutput.largest,
      firstSearchGzip: await firstSearch(siteOut, `bodies/${firstBody?.name ?? ''}/`, FIRST_QUERY),
      // The same with a typo in the first letter: the parts of the index's words it needs come on top.
      firstTypoGzip: await firstSearch(
        siteOut,
        `bodies/${firstBody?.name ?? ''}/`,
        `R${FIRST_QUERY.slice(1)}`,
        FIRST_QUERY,
      ),
    },
    bare: {
      wall: bareWall,
      build: of((m) => m.bare.wall),
      pagefind: of((m) => m.barePagefind.wall),
      compile: of((m) => m.bare.compile),
      render: of((m) => m.bare.render),
      cpu: of((m) => (m.bare.cpu === undefined ? undefined : m.bare.cpu + (m.barePagefind.cpu ?? 0))),
      peakMb: of((m) => m.bare.peakMb),
      distBytes: bareOutput.bytes,
    },
    ratio: wall / bareWall,
  };
  report.push(row);
  console.log(
    [
      `${size} entries (${entries} MDX files), median of ${runs} cold builds each:`,
      `  site: ${s(row.site.wall)} wall, ${s(row.site.cpu)} CPU, ${row.site.msPerEntry.toFixed(1)} ms per entry, peak ${row.site.peakMb?.toFixed(0) ?? 'n/a'} MB, Vite from ${s(row.site.beforeVite)}, Vite ${s(row.site.compile)}, rendering ${s(row.site.render)}, Pagefind ${s(row.site.pagefind)}, dist ${kb(row.site.distBytes)}`,
      `  bare Astro + MDX: ${s(row.bare.wall)} wall (${s(row.bare.build)} build + ${s(row.bare.pagefind)} Pagefind; Vite ${s(row.bare.compile)}, rendering ${s(row.bare.render)}), peak ${row.bare.peakMb?.toFixed(0) ?? 'n/a'} MB, dist ${kb(row.bare.distBytes)}`,
      `  ratio (wall): ${row.ratio.toFixed(2)}`,
      `  largest page of each kind (gzip): ${Object.entries(row.site.largestGzip)
        .sort(([, a], [, b]) => b - a)
        .map(([kind, n]) => `${kind} ${kb(n)}`)
        .join(', ')}`,
      `  first search from a body page's header: ${kb(row.site.firstSearchGzip)} (gzip, counted at the server); with a typo in its first letter: ${kb(row.site.firstTypoGzip)}`,
    ].join('\n'),
  );
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
