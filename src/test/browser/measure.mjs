// What opening the map page costs: requests, bytes on the wire and time until the page is no longer
// busy, for the page as a reader first sees it. The README's figures for the generated war come
// from this: FRONTLINE_URL=http://localhost:18116/ node measure.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL(process.env.FRONTLINE_URL ?? 'http://localhost:8080/');
const profile = mkdtempSync(join(tmpdir(), 'frontline-measure-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1440, height: 900 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  const started = Date.now();
  await page.goto(root.href);
  await page.waitForSelector('body[aria-busy=false]', { state: 'attached', timeout: 60_000 });
  const settled = Date.now() - started;
  let bytes = 0;
  const rows = [];
  for (const request of finished) {
    const sizes = await request.sizes();
    const timing = request.timing();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    const body = request.postDataJSON?.();
    const name = new URL(request.url()).pathname + (body?.operationName ? ` ${body.operationName}` : '');
    rows.push(`${name.padEnd(32)} ${String(sizes.responseBodySize).padStart(8)} B ${String(Math.round(timing.responseEnd)).padStart(6)} ms`);
  }
  console.log(rows.join('\n'));
  console.log(`${finished.length} requests, ${(bytes / 1024).toFixed(1)} KiB received, page settled in ${settled} ms`);
  console.log(`map: ${await page.textContent('#map-count')}`);
  console.log(`timeline: ${await page.textContent('#timeline-summary')} over ${await page.locator('#timeline g.period').count()} periods`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
