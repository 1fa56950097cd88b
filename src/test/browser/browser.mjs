// What the browser tests share: Chromium with a fresh profile, and a record of everything the page
// sent (GraphQL requests over HTTP, WebSocket frames) and every way it went wrong (requests to
// another host, answers other than 200, policy violations, script errors).
//
// FRONTLINE_URL: the application's root. CHROMIUM: the browser to drive (default Debian's /usr/bin/chromium).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const root = new URL(process.env.FRONTLINE_URL ?? 'http://localhost:8080/');

/** The page's operations, each file's text as the service knows it. */
const operationsDirectory = new URL('../../main/frontend/src/operations/', import.meta.url);
export const operations = readdirSync(operationsDirectory).filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(new URL(f, operationsDirectory), 'utf8'));

/** Opens Chromium on a fresh profile with one page, recording what it sends; close() ends it. */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'frontline-chromium-'));
  const seen = {
    /** Every URL the page asked for whose host is not the application's; each is refused. */
    elsewhere: [],
    /** The JSON body of every request the page sent to /graphql. */
    graphqlBodies: [],
    /** Each answer from /graphql that was not a 200: only a persisted query's first use may give one. */
    refusals: [],
    consoleErrors: [],
    /** Every WebSocket the page opened: its URL, and the JSON of each frame it sent and received. */
    sockets: [],
  };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host !== root.host) {
      seen.elsewhere.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (url.pathname === '/graphql') {
      seen.graphqlBodies.push(JSON.parse(route.request().postData() ?? 'null'));
    }
    return route.continue();
  });
  // The browser reports each violation of the page's policy as an event; keep them for the checks.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname === '/graphql' && response.status() !== 200) {
      seen.refusals.push({ status: response.status(), code: (await response.json()).errors?.[0]?.extensions?.code });
    }
  });
  // context.route does not see WebSockets: their host is checked here, and their frames kept.
  page.on('websocket', (socket) => {
    const record = { url: socket.url(), sent: [], received: [] };
    seen.sockets.push(record);
    if (new URL(socket.url()).host !== root.host) seen.elsewhere.push(socket.url());
    socket.on('framesent', ({ payload }) => record.sent.push(JSON.parse(String(payload))));
    socket.on('framereceived', ({ payload }) => record.received.push(JSON.parse(String(payload))));
  });
  // Chromium logs every 4xx as an error; those from /graphql are checked one by one in refusals.
  page.on('console', (message) => message.type() === 'error'
    && !(message.text().startsWith('Failed to load resource: the server responded with a status of 400') && message.location().url.endsWith('/graphql'))
    && seen.consoleErrors.push(message.text()));
  page.on('pageerror', (error) => seen.consoleErrors.push(String(error)));
  return {
    page,
    seen,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the map and the timeline have both answered for the current filters, and gives what they say. */
export async function settled(page) {
  await page.waitForSelector('body[aria-busy=false]', { state: 'attached' });
  return {
    count: await page.textContent('#map-count'),
    points: await page.locator('#map path.strike-point').count(),
    labels: (await page.locator('#map .place-label').allTextContents()).sort(),
    summary: await page.textContent('#timeline-summary'),
    periods: await page.locator('#timeline g.period').count(),
    axis: await page.locator('#timeline .axis-label').allTextContents(),
  };
}

/**
 * Every subscribe the page sent over its WebSockets carried a persisted query's hash, and any text
 * with it was one of the page's operation files, sent only after the service asked for it; under
 * an allow-list, none. Gives the subscribe messages.
 */
export function checkSubscribes(sockets, allowList) {
  const subscribes = sockets.flatMap((s) => s.sent).filter((m) => m.type === 'subscribe');
  for (const message of subscribes) {
    assert.equal(message.payload.extensions?.persistedQuery?.version, 1, JSON.stringify(message));
    assert.match(message.payload.extensions.persistedQuery.sha256Hash, /^[0-9a-f]{64}$/);
  }
  const withText = subscribes.filter((m) => 'query' in m.payload);
  for (const message of withText) {
    assert.ok(operations.includes(message.payload.query), `not one of the page's operation files: ${message.payload.query}`);
  }
  const unknownHash = sockets.flatMap((s) => s.received)
    .filter((m) => m.type === 'error' && m.payload?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND'));
  if (allowList) {
    assert.deepEqual(withText, []);
  } else {
    // The text goes once for each time the service said it did not know the hash, no more.
    assert.equal(withText.length, unknownHash.length, JSON.stringify(subscribes));
  }
  return subscribes;
}
