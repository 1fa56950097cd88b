// The subscribers of bench/live.py: N graphql-ws clients (the package Apollo Client and urql use),
// one connection and one strikeEvents subscription each, spread over the instances given. Prints
// one JSON line when all are subscribed ({"ready": N}); on SIGUSR2 starts counting (what came
// before is warm-up); on SIGUSR1 prints the delivery latencies counted so far ({"events": ...,
// "p50_ms": ...}) and counts afresh; on SIGTERM prints them and exits. Latency is the time from the change's changedAt (PostgreSQL's clock_timestamp() when the
// history row was written, just before the commit, on this machine's clock) to the event's arrival
// here: commit to delivery, slightly over.
//
// Uses the graphql-ws and ws packages installed in src/test/client (npm ci there).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'src', 'test', 'client', 'package.json'));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const urls = process.env.URLS.split(',');
const count = Number(process.env.SUBSCRIBERS ?? '1000');
// DISTINCT=1 gives each subscriber a filter of its own (strikes from a date of its own, a day
// apart, before the date of every strike the benchmark writes, so that each matches them all), so that the server executes each event once
// per subscriber instead of once for all: the worst case of many dashboards with different filters.
const distinct = process.env.DISTINCT === '1';
const query = 'subscription($filter: StrikeFilter) { strikeEvents(filter: $filter) { kind strike { id killed } changes { changedAt } } }';
const day = 24 * 3600 * 1000;
const filterOf = (i) => (distinct ? { filter: { from: new Date(Date.parse('2022-10-01') - i * day).toISOString().slice(0, 10) } } : {});

let subscribed = 0;
let counting = false;
const latencies = [];
let errors = 0;

for (let i = 0; i < count; i++) {
  const client = createClient({ url: urls[i % urls.length], webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  let first = true;
  client.on('connected', () => {
    client.subscribe({ query, variables: filterOf(i) }, {
      next: (value) => {
        if (first) {
          first = false;
        }
        if (!counting) return;
        const event = value.data && value.data.strikeEvents;
        if (!event) { errors++; return; }
        latencies.push(Date.now() - Date.parse(event.changes[0].changedAt));
      },
      error: () => { errors++; },
      complete: () => {},
    });
    subscribed++;
    if (subscribed === count) {
      // The subscribe registers on the server's reader just after; give it a moment.
      setTimeout(() => console.log(JSON.stringify({ ready: count })), 2000);
    }
  });
}

process.on('SIGUSR2', () => { counting = true; });
function report() {
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : null;
  console.log(JSON.stringify({ events: latencies.length, errors, p50_ms: at(0.5), p90_ms: at(0.9), p99_ms: at(0.99),
    max_ms: latencies.length ? latencies[latencies.length - 1] : null }));
  latencies.length = 0;
  errors = 0;
}

process.on('SIGUSR1', report);
process.on('SIGTERM', () => {
  report();
  process.exit(0);
});
