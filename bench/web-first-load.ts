// `node --import tsx bench/web-first-load.ts`: first load of the cockpit's
// overview (驾驶舱) in headless Chromium against a real `sentinel start` on
// localhost — from navigation start until the KPI cards and the chart are on
// screen — with a cold browser cache each run. Target: ≤ 2 s. Also prints the
// gzipped size of the JavaScript the first page needs (target ≤ 500 KB).
// The demo district (5,000 houses) is generated and imported once under
// /tmp/sentinel-web-bench and reused.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { openBrowser } from '../packages/web/e2e/browser.ts';
import { buildWeb, startSentinel, WEB_DIST } from '../packages/web/e2e/server.ts';
import { DEMO_LOGIN } from '../packages/web/e2e/accounts.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const DATA_DIR = process.env.SENTINEL_WEB_BENCH_DIR ?? '/tmp/sentinel-web-bench/data';

/** Gzipped bytes of the entry script and everything index.html preloads. */
function initialJsGzip(): { files: string[]; bytes: number } {
  const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((s, f) => s + gzipSync(readFileSync(path.join(WEB_DIST, f))).length, 0);
  return { files, bytes };
}

function allJsGzip(): number {
  const dir = path.join(WEB_DIST, 'assets');
  return readdirSync(dir).filter((f) => f.endsWith('.js')).reduce((s, f) => s + gzipSync(readFileSync(path.join(dir, f))).length, 0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  await buildWeb(process.env.BUILD === '1');
  const initial = initialJsGzip();
  process.stdout.write(`initial JS (gzip): ${(initial.bytes / 1024).toFixed(1)} KB in ${initial.files.length} file(s); all chunks: ${(allJsGzip() / 1024).toFixed(1)} KB\n`);
  const server = await startSentinel({ dataDir: DATA_DIR, houses: 5000, days: 365, timeoutMs: 900_000 });
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const browser = await openBrowser();
      try {
        const page = await browser.context.newPage();
        // Sign in through the API first: the measure is the overview, not the login form.
        const res = await page.request.post(`${server.url}/api/auth/login`, { data: DEMO_LOGIN.ops });
        if (!res.ok()) throw new Error(`登录失败 ${res.status()}: ${await res.text()}`);
        const started = Date.now();
        await page.goto(`${server.url}/`);
        await page.getByText('辖区房屋').waitFor();
        await page.locator('canvas').first().waitFor();
        times.push(Date.now() - started);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
  }
  const m = median(times);
  process.stdout.write(`overview first load (ms): ${times.join(', ')}; median ${m} ms (target ≤ 2000) ${m <= 2000 ? 'OK' : 'SLOW'}\n`);
  process.stdout.write(`initial JS ${(initial.bytes / 1024).toFixed(1)} KB gzip (target ≤ 500) ${initial.bytes <= 500 * 1024 ? 'OK' : 'TOO BIG'}\n`);
}

await main();
