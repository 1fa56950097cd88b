// The map page at / on the seed, as a reader sees it in headless Chromium: what the map, the
// timeline and the "says who?" panel show, before and after the filters change; that the page
// sends its operations by hash, over HTTP and in its live subscription's WebSocket; that it asks
// nothing of any other host; and that it breaks no rule of its Content-Security-Policy. Screenshots go to FRONTLINE_SCREENSHOTS for a person to look at.
//
// FRONTLINE_URL: the application's root (MapBrowserIT passes the packaged application's).
// CHROMIUM: the browser to drive (default Debian's /usr/bin/chromium; .ci/run installs it).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkSubscribes, openBrowser, operations, root, settled as settledOn } from './browser.mjs';

const shots = process.env.FRONTLINE_SCREENSHOTS ?? 'screenshots';
mkdirSync(shots, { recursive: true });

let browser, page, seen;

before(async () => {
  browser = await openBrowser();
  ({ page, seen } = browser);
});

after(async () => {
  await browser?.close();
});

const settled = () => settledOn(page);

test('on the seed the map shows its four strikes and the timeline their month', async () => {
  await page.goto(root.href);
  const shown = await settled();
  assert.equal(shown.count, '4 strikes in view');
  assert.equal(shown.points, 4);
  assert.deepEqual(shown.labels, ['Dnipro: at least 1 killed', 'Mykolaiv: no figure killed', 'Odesa: no figure killed', 'Zaporizhzhia: 25 killed']);
  // Two strikes gave no figure and Dnipro's is "at least 1": the sums are lower bounds.
  assert.equal(shown.summary, '4 strikes · at least 26 killed · at least 55 injured');
  assert.equal(shown.periods, 1);
  assert.deepEqual(shown.axis, ['Sept 2022']);
  assert.equal(await page.locator('#strike-list .strike-row').count(), 4);
  await page.screenshot({ path: join(shots, '01-seed.png') });
  // By week, the same strikes fall in the week of Monday 26 September.
  await page.selectOption('#period', 'WEEK');
  const byWeek = await settled();
  assert.deepEqual(byWeek.axis, ['w/c 26 Sept 2022']);
  assert.equal(byWeek.summary, '4 strikes · at least 26 killed · at least 55 injured');
  await page.selectOption('#period', 'MONTH');
  await settled();
});

test('choosing an oblast narrows the map and the timeline to it, and shows who held it', async () => {
  await page.waitForFunction(() => document.querySelectorAll('#region option').length > 1);
  await page.selectOption('#region', { label: 'Zaporizhzhia Oblast' });
  const shown = await settled();
  assert.equal(shown.count, '1 strike in view');
  assert.equal(shown.points, 1);
  assert.deepEqual(shown.labels, ['Zaporizhzhia: 25 killed']);
  assert.equal(shown.summary, '1 strike · 25 killed · 50 injured');
  // The region view: control and claims on a date, here the day of the seed's report.
  await page.fill('#panel input[type=date]', '2022-09-30');
  await page.dispatchEvent('#panel input[type=date]', 'change');
  await page.waitForSelector('body[aria-busy=false]', { state: 'attached' });
  assert.equal(await page.textContent('#panel article.region h3'), 'Control on 30 September 2022');
  assert.equal(await page.textContent('#panel article.region h2'), 'Zaporizhzhia Oblast');
  const holders = await page.locator('#panel .holder .who').allTextContents();
  assert.ok(holders.length > 0, 'someone held Zaporizhzhia Oblast on 30 September 2022');
  assert.ok(holders.some((h) => h.startsWith('Russia held')), holders.join(' | '));
  const claims = await page.locator('#panel .claim .who').allTextContents();
  assert.ok(claims.some((c) => c.startsWith('Russia claims')), claims.join(' | '));
  // The place filter now offers the oblast's cities.
  assert.ok((await page.locator('#place option').allTextContents()).includes('Zaporizhzhia'));
  await page.screenshot({ path: join(shots, '02-region.png') });
});

test('a weapon filter drives both the map and the timeline', async () => {
  await page.selectOption('#region', '');
  await page.selectOption('#weapon-kind', 'DRONE');
  const shown = await settled();
  assert.equal(shown.count, '2 strikes in view');
  assert.deepEqual(shown.labels, ['Mykolaiv: no figure killed', 'Odesa: no figure killed']);
  assert.equal(shown.summary, '2 strikes · at least 0 killed · at least 0 injured');
  await page.selectOption('#weapon-kind', '');
  await page.fill('#from', '2022-10-01');
  await page.dispatchEvent('#from', 'change');
  const later = await settled();
  assert.equal(later.count, '0 strikes in view');
  assert.equal(later.points, 0);
  assert.equal(await page.textContent('#timeline .empty'), 'No strikes on the record for these filters.');
  // The form resets its fields after its reset event; the page applies them a moment later.
  await page.click('button[type=reset]');
  await page.waitForFunction(() => document.getElementById('map-count').textContent === '4 strikes in view');
  assert.equal((await settled()).summary, '4 strikes · at least 26 killed · at least 55 injured');
});

test('clicking a strike shows its figures, every report and claim, and each source with its sentence', async () => {
  await page.click('#map path.strike-point[aria-label^="Strike on Zaporizhzhia"]');
  const panel = page.locator('#panel article.strike');
  await panel.waitFor();
  assert.equal(await panel.locator('h2').textContent(), 'Zaporizhzhia, Zaporizhzhia Oblast');
  assert.equal(await panel.locator('.figures .killed').textContent(), '25');
  assert.equal(await panel.locator('.figures .injured').textContent(), '50');
  const reports = await panel.locator('.report .says').allTextContents();
  assert.ok(reports.includes('25 killed, 50 injured'), reports.join(' | '));
  const claims = await panel.locator('.attribution .who').allTextContents();
  assert.deepEqual(claims.map((c) => c.replace(/\s+/g, ' ')).sort(), [
    'Disputed Armed Forces of Ukraine according to Russia-appointed administration of Zaporizhzhia Oblast, without evidence',
    'Disputed Russia according to Kirill Tymoshenko',
    'Disputed Russia according to Office of the Prosecutor General of Ukraine',
  ]);
  const quotes = await panel.locator('.sources blockquote').allTextContents();
  assert.ok(quotes.includes('The impact left deep craters and shrapnel tore apart the humanitarian convoy, killing its passengers.'), quotes.join(' | '));
  assert.ok(quotes.some((q) => q.startsWith('In the capital of Zaporozhye region, anti-aircraft missiles')), quotes.join(' | '));
  assert.ok((await panel.locator('.sources figcaption').allTextContents()).every((c) => c.length > 0));
  await page.screenshot({ path: join(shots, '03-strike.png') });

  // A lower bound stays a lower bound: Dnipro's "at least 1 killed".
  await page.click('#strike-list button:has-text("Dnipro")');
  await page.waitForSelector('#panel article.strike h2:text("Dnipro")');
  assert.equal(await page.textContent('#panel .figures .killed'), 'at least 1');
  assert.deepEqual((await page.locator('#panel .sources blockquote').allTextContents()).sort(), [
    'The strikes on Dnipro, Mykolaiv and Odesa were reported on 30 September 2022; the article gives no hour or exact date of the attacks themselves.',
    'There are also reports of Russian strikes in the city of Dnipro.',
  ]);
  assert.equal(await page.textContent('#panel .attribution .who'), 'Claimed Russia (no one named)');
});

test('the page sends its operations by hash, asks no other host, and keeps to its policy', async () => {
  const { graphqlBodies, refusals, elsewhere, consoleErrors } = seen;
  assert.ok(graphqlBodies.length >= 8, `${graphqlBodies.length} GraphQL requests`);
  for (const body of graphqlBodies) {
    assert.equal(body.extensions?.persistedQuery?.version, 1, JSON.stringify(body));
    assert.match(body.extensions.persistedQuery.sha256Hash, /^[0-9a-f]{64}$/);
  }
  // Under the allow-list MapBrowserIT turns on, every hash is known: no request carries the text.
  const withText = graphqlBodies.filter((b) => 'query' in b);
  for (const body of withText) {
    assert.ok(operations.includes(body.query), `not one of the page's operation files: ${body.query}`);
  }
  if (process.env.FRONTLINE_ALLOW_LIST === 'on') {
    assert.deepEqual(withText, []);
    assert.deepEqual(refusals, []);
  } else {
    // Without it, the service learns each of the page's five operations once, from its first use.
    assert.ok(withText.length <= 5, `${withText.length} requests sent the query text`);
    assert.equal(refusals.length, withText.length);
    assert.ok(refusals.every((r) => r.status === 400 && r.code === 'PERSISTED_QUERY_NOT_FOUND'), JSON.stringify(refusals));
  }
  // Its live subscription, over a WebSocket that the policy's connect-src 'self' lets it open:
  // one subscribe per filter the page showed, each by hash.
  assert.equal(await page.textContent('#live'), 'Live');
  assert.equal(seen.sockets.length, 1, JSON.stringify(seen.sockets.map((s) => s.url)));
  assert.ok(checkSubscribes(seen.sockets, process.env.FRONTLINE_ALLOW_LIST === 'on').length >= 5);
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(consoleErrors, []);
});
