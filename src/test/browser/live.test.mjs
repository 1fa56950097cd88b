// The map page following the record live, in headless Chromium: with the page open, strikes are
// recorded through the API over HTTP, and the page shows those its filters select, without a
// reload, and says what changed; a strike the filters do not select changes nothing; a page that
// lost its connection resumes from the last event it heard and misses nothing. Its
// subscription goes over a WebSocket by hash, to this server only, within the page's policy.
//
// FRONTLINE_URL: the application's root, just started on a database of its own (MapBrowserLiveIT's),
// so that it knows no operation's hash yet.
// FRONTLINE_EDITOR_TOKEN: a bearer token with the editor role, for the writes.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkSubscribes, openBrowser, root, settled } from './browser.mjs';

const shots = process.env.FRONTLINE_SCREENSHOTS ?? 'screenshots';
mkdirSync(shots, { recursive: true });
const token = process.env.FRONTLINE_EDITOR_TOKEN;
/** How long the page may take to show a write: generous, on a machine shared with builds. */
const PATIENCE_MS = 20_000;

let browser, page, seen, source, reporter;

before(async () => {
  assert.ok(token, 'FRONTLINE_EDITOR_TOKEN is not set');
  browser = await openBrowser();
  ({ page, seen } = browser);
  source = (await api('mutation { createSource(input: {title: "Live map check", kind: OTHER, publishedOn: "2022-10-01"}) { id } }'))
    .createSource.id;
  // A figure is always someone's.
  const { actors } = await api('{ actors(name: "Office of the Prosecutor General of Ukraine") { id name } }');
  reporter = actors.find((a) => a.name === 'Office of the Prosecutor General of Ukraine').id;
});

after(async () => {
  await browser?.close();
});

/** Runs an operation over HTTP as the editor (the test's own requests, not the page's). */
async function api(query, variables = {}) {
  const response = await fetch(new URL('graphql', root), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  assert.ok(answer.data && !answer.errors, JSON.stringify(answer));
  return answer.data;
}

async function regionId(name) {
  const { regions } = await api('query ($name: String) { regions(filter: {name: $name}, first: 20) { edges { node { id name } } } }', { name });
  const found = regions.edges.map((e) => e.node).find((r) => r.name === name);
  assert.ok(found, `no region named ${name}`);
  return found.id;
}

/** Records a strike in that place (a region's id and name) with its figures and one cited source; gives its id. */
async function recordStrike([region, place], occurredOn, latitude, longitude, killed, injured) {
  const input = {
    occurredOn, region, latitude, longitude, weaponKind: 'MISSILE', weapon: 'cruise missile',
    casualties: { killed, injured, reportedByActor: reporter, sources: [{ source, quote: `${killed} killed and ${injured} injured in ${place}.` }] },
    sources: [{ source, quote: `A missile struck ${place}.` }],
  };
  return (await api('mutation ($input: StrikeInput!) { createStrike(input: $input) { id } }', { input })).createStrike.id;
}

/**
 * Waits until the page's last subscribe is for these filters and the service will take it. The
 * protocol has no answer to a subscribe that is taken, only to one refused: a service just started
 * refuses the first, by hash alone, and takes the text that follows, and from then on knows the
 * hash. The service registers a subscribe as its frame arrives, before the write the test then
 * makes over HTTP.
 */
async function subscribedFor(filter) {
  const last = () => {
    const subscribes = seen.sockets.flatMap((s) => s.sent).filter((m) => m.type === 'subscribe');
    return subscribes[subscribes.length - 1];
  };
  const deadline = Date.now() + PATIENCE_MS;
  while (true) {
    const message = last();
    // Where the service did not know the hash, it refuses the subscribe: it knows it once the text went.
    const known = seen.sockets.flatMap((s) => s.sent).some((m) => m.type === 'subscribe' && 'query' in m.payload);
    if (message && known && JSON.stringify(message.payload.variables.filter) === JSON.stringify(filter)) return message;
    assert.ok(Date.now() < deadline, `no subscribe for ${JSON.stringify(filter)}: ${JSON.stringify(seen.sockets)}`);
    await page.waitForTimeout(50);
  }
}

/** The summary line and the notice's text, once they read as expected; and how long that took from start. */
async function shows(summary, notice, start) {
  await page.waitForFunction(([s, n]) => document.getElementById('timeline-summary').textContent === s
    && document.querySelector('#notice:not([hidden]) .notice-what')?.textContent === n, [summary, notice], { timeout: PATIENCE_MS, polling: 'raf' });
  return Date.now() - start;
}

test('a strike recorded where the filters look appears on the open page, and the page says so', async (t) => {
  await page.goto(root.href);
  const before = await settled(page);
  assert.equal(before.summary, '4 strikes · at least 26 killed · at least 55 injured');
  await page.waitForFunction(() => document.getElementById('live').textContent === 'Live');
  assert.equal(await page.isHidden('#notice'), true);
  await subscribedFor({});
  // Set on this document only: still there afterwards means the page was not loaded again.
  await page.evaluate(() => { window.__sameDocument = true; });

  const kyiv = [await regionId('Kyiv'), 'Kyiv'];
  const start = Date.now();
  const id = await recordStrike(kyiv, '2022-09-29', 50.45, 30.52, 3, 10);
  const took = await shows('5 strikes · at least 29 killed · at least 65 injured', 'New strike recorded: Kyiv, 29 September 2022', start);
  t.diagnostic(`from the write to the page showing it: ${took} ms`);

  const after = await settled(page);
  assert.equal(after.count, '5 strikes in view');
  assert.ok(after.labels.includes('Kyiv: 3 killed'), after.labels.join(' | '));
  assert.equal(after.periods, 1, 'the new strike falls in the timeline period the others are in');
  assert.ok(await page.locator(`#strike-list .strike-row[data-strike="${id}"]`).isVisible());
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assert.equal(await page.textContent('#live'), 'Live');
  await page.screenshot({ path: join(shots, '04-live.png') });
});

test('a strike recorded outside the filters changes nothing on the page', async () => {
  await page.selectOption('#region', { label: 'Zaporizhzhia Oblast' });
  assert.equal((await settled(page)).summary, '1 strike · 25 killed · 50 injured');
  const zaporizhzhiaOblast = await page.inputValue('#region');
  const subscribe = await subscribedFor({ region: zaporizhzhiaOblast });
  // The subscriptions for the filters before were completed, but for those the service refused.
  const sent = seen.sockets.flatMap((s) => s.sent);
  const ended = new Set([...sent.filter((m) => m.type === 'complete'),
    ...seen.sockets.flatMap((s) => s.received).filter((m) => m.type === 'error')].map((m) => m.id));
  const earlier = sent.filter((m) => m.type === 'subscribe' && m.id !== subscribe.id);
  assert.ok(earlier.length > 0 && earlier.every((m) => ended.has(m.id)), JSON.stringify(sent));
  const timelineRequests = () => seen.graphqlBodies.filter((b) => b?.variables?.period).length;
  const before = timelineRequests();

  const [odesa, zaporizhzhia] = [[await regionId('Odesa'), 'Odesa'], [await regionId('Zaporizhzhia'), 'Zaporizhzhia']];
  const outside = await recordStrike(odesa, '2022-09-29', 46.48, 30.73, 1, 1);
  // A strike the filters select, recorded after it: the service tells a subscriber events in
  // commit order, so once the page shows this one, it has heard all it would of the first.
  const inside = await recordStrike(zaporizhzhia, '2022-09-29', 47.84, 35.14, 2, 10);
  await shows('2 strikes · 27 killed · 60 injured', 'New strike recorded: Zaporizhzhia, 29 September 2022', Date.now());

  const heard = seen.sockets.flatMap((s) => s.received).filter((m) => m.type === 'next' && m.id === subscribe.id);
  assert.deepEqual(heard.map((m) => m.payload.data.strikeEvents.strike.id), [inside], `${outside} was not for these filters`);
  assert.equal(timelineRequests() - before, 1, 'one refresh, for the strike inside');
  assert.equal(await page.locator(`#strike-list .strike-row[data-strike="${outside}"]`).count(), 0);
});

test('after a lost connection the page subscribes again from the last event it heard, and misses nothing', async () => {
  // A second page, whose WebSocket goes through the test: it can drop it, and hold the next one
  // back until the test has written while the page was away.
  const away = await browser.page.context().newPage();
  const connections = [];
  let backAgain;
  const heldBack = new Promise((resolve) => { backAgain = resolve; });
  await away.routeWebSocket(/\/graphql$/, async (socket) => {
    const connection = { socket, sent: [], received: [] };
    connections.push(connection);
    let server = null;
    const early = [];
    socket.onMessage((message) => {
      connection.sent.push(JSON.parse(String(message)));
      if (server) server.send(message); else early.push(message);
    });
    if (connections.length > 1) await heldBack;
    server = socket.connectToServer();
    server.onMessage((message) => {
      connection.received.push(JSON.parse(String(message)));
      socket.send(message);
    });
    early.splice(0).forEach((message) => server.send(message));
  });
  try {
    await away.goto(root.href);
    const strikes = async () => Number((await settled(away)).summary.match(/^(\d+) strikes/)[1]);
    const before = await strikes();
    await away.waitForFunction(() => document.getElementById('live').textContent === 'Live');
    // The service knows the hash from the first page by now, so it takes this page's subscribe as it comes.
    const deadline = Date.now() + PATIENCE_MS;
    while (!connections[0].sent.some((m) => m.type === 'subscribe')) {
      assert.ok(Date.now() < deadline, 'the page never subscribed');
      await away.waitForTimeout(50);
    }

    // Heard live: its cursor is where the page will resume.
    await recordStrike([await regionId('Kyiv'), 'Kyiv'], '2022-09-27', 50.45, 30.52, 1, 2);
    await away.waitForFunction(() => document.querySelector('#notice .notice-what')?.textContent === 'New strike recorded: Kyiv, 27 September 2022',
      null, { timeout: PATIENCE_MS });
    const heard = connections[0].received.filter((m) => m.type === 'next');
    const cursor = heard[heard.length - 1].payload.data.strikeEvents.cursor;

    await connections[0].socket.close({ code: 4000, reason: 'Dropped by the test' });
    await away.waitForFunction(() => document.getElementById('live').textContent === 'Reconnecting…', null, { timeout: PATIENCE_MS });
    const whileAway = await recordStrike([await regionId('Mykolaiv'), 'Mykolaiv'], '2022-09-26', 46.97, 31.99, 4, 5);
    backAgain();

    await away.waitForFunction(() => document.querySelector('#notice .notice-what')?.textContent === 'New strike recorded: Mykolaiv, 26 September 2022',
      null, { timeout: PATIENCE_MS });
    await away.waitForFunction(() => document.getElementById('live').textContent === 'Live');
    assert.equal(await strikes(), before + 2);
    const again = connections[connections.length - 1];
    const resubscribes = again.sent.filter((m) => m.type === 'subscribe');
    assert.ok(resubscribes.length > 0 && resubscribes.every((m) => m.payload.variables.after === cursor), JSON.stringify(resubscribes));
    assert.deepEqual(again.received.filter((m) => m.type === 'next').map((m) => m.payload.data.strikeEvents.strike.id), [whileAway]);
  } finally {
    await away.close();
  }
});

test('the subscription goes by hash to this server only, within the page\'s policy', async () => {
  assert.equal(seen.sockets.length, 1);
  assert.equal(new URL(seen.sockets[0].url).host, root.host);
  // The service learns the subscription from its first use, as it does the page's queries.
  const subscribes = checkSubscribes(seen.sockets, false);
  assert.ok(subscribes.length >= 2, JSON.stringify(subscribes));
  assert.deepEqual(seen.elsewhere, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(seen.consoleErrors, []);
});
