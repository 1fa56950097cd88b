// The README's three questions under "Asking it", asked of the running service (FRONTLINE_URL) with
// graphql-request, get the answers the README shows for them.
//
// The README abbreviates, and says so; what it shows is compared as it is meant to be read:
// - a text ending in "…" is the start of the answer's text;
// - numbers are compared as numbers (the README's 60 is the API's 60.00);
// - the totals by region leave out the regions with no strikes, which must then be all zeros.
// Anything else the README shows must be in the answer exactly: every field, every list member,
// in the same order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GraphQLClient } from 'graphql-request';
import { askingItExamples } from '../readme.mjs';

const url = process.env.FRONTLINE_URL;
const examples = askingItExamples();

/** The one region a question's filter finds: the README shows its node. */
function onlyNode(data) {
  const nodes = data.regions.edges.map((edge) => edge.node);
  assert.equal(nodes.length, 1, `the filter should find one region, found ${JSON.stringify(nodes.map((n) => n.name))}`);
  return nodes[0];
}

const questions = {
  'What hit Zaporizhzhia oblast, and says who?': (shown, data) => {
    assertShows(shown, onlyNode(data));
  },
  'Who held Donetsk oblast on 30 September 2022?': (shown, data) => {
    assertShows(shown, onlyNode(data));
  },
  'Strikes, killed and injured by oblast.': (shown, data) => {
    const rows = data.strikeTotalsByRegion;
    const names = rows.map((row) => row.regionName);
    const shownNames = shown.map((row) => row.regionName);
    assert.deepEqual(names.filter((name) => shownNames.includes(name)), shownNames,
        `the rows the README shows, in the answer's order; the answer has ${JSON.stringify(names)}`);
    assertShows(shown, rows.filter((row) => shownNames.includes(row.regionName)));
    const leftOut = rows.filter((row) => !shownNames.includes(row.regionName));
    assert.ok(leftOut.length > 0, 'the README says regions with no strikes are listed too');
    for (const row of leftOut) {
      assert.deepEqual([row.totals.strikes, row.totals.killed, row.totals.injured], [0, 0, 0],
          `${row.regionName} is left out of the README, so it should have no strikes: ${JSON.stringify(row.totals)}`);
    }
  },
};

test('the README asks the questions this suite knows how to compare', () => {
  assert.deepEqual(examples.map((example) => example.question), Object.keys(questions));
});

for (const example of examples) {
  test(`README: ${example.question}`, async () => {
    const compare = questions[example.question];
    assert.ok(compare, `no comparison for "${example.question}" (README.md line ${example.line})`);
    assert.ok(url, 'FRONTLINE_URL must name the running service\'s GraphQL endpoint, e.g. http://localhost:8080/graphql');
    compare(example.answer, await new GraphQLClient(url).request(example.query));
  });
}

/** Fails, listing every place where the answer differs from what the README shows. */
function assertShows(shown, actual) {
  const differences = [];
  compare(shown, actual, '', differences);
  assert.deepEqual(differences, [], `the README's answer and the API's differ; the API answered:\n${JSON.stringify(actual, null, 1)}`);
}

function compare(shown, actual, path, differences) {
  const differ = (why) => differences.push(`${path || 'answer'}: ${why}`);
  if (typeof shown === 'string' && shown.endsWith('…')) {
    const start = shown.slice(0, -1).trimEnd();
    if (typeof actual !== 'string' || !actual.startsWith(start)) {
      differ(`README ${JSON.stringify(shown)}, API ${JSON.stringify(actual)}`);
    }
  } else if (typeof shown === 'number') {
    if (actual === null || typeof actual === 'boolean' || Number(actual) !== shown) {
      differ(`README ${shown}, API ${JSON.stringify(actual)}`);
    }
  } else if (Array.isArray(shown)) {
    if (!Array.isArray(actual) || actual.length !== shown.length) {
      differ(`README lists ${shown.length}, API ${Array.isArray(actual) ? actual.length : JSON.stringify(actual)}`);
      return;
    }
    shown.forEach((item, i) => compare(item, actual[i], `${path}[${i}]`, differences));
  } else if (shown !== null && typeof shown === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      differ(`README an object, API ${JSON.stringify(actual)}`);
      return;
    }
    const keys = new Set([...Object.keys(shown), ...Object.keys(actual)]);
    for (const key of keys) {
      if (!(key in shown)) {
        differ(`the API answers ${key}, the README does not show it`);
      } else if (!(key in actual)) {
        differ(`the README shows ${key}, the API does not answer it`);
      } else {
        compare(shown[key], actual[key], path ? `${path}.${key}` : key, differences);
      }
    }
  } else if (shown !== actual) {
    differ(`README ${JSON.stringify(shown)}, API ${JSON.stringify(actual)}`);
  }
}
