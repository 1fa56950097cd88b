// A subscriber as a newsroom dashboard would write it, with the graphql-ws package (the client
// Apollo Client and urql use for subscriptions). LiveIT starts it against one instance and reads
// what it prints: one JSON line per message ({"connected": true}, then each event's payload).
//
//   FRONTLINE_WS_URL=ws://localhost:8080/graphql EVENTS=1 VARIABLES='{"filter": {...}}' node live.mjs
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.FRONTLINE_WS_URL;
const wanted = Number(process.env.EVENTS ?? '1');
const variables = JSON.parse(process.env.VARIABLES ?? '{}');
const query = `subscription($filter: StrikeFilter, $after: String) {
  strikeEvents(filter: $filter, after: $after) {
    kind cursor
    strike { id weapon killed region { name } attributions { status attributedTo { name } } }
    changes { fact kind changedBy sources { quote } }
  }
}`;

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: false,
  retryAttempts: 0,
  on: { connected: () => console.log(JSON.stringify({ connected: true })) },
});

let received = 0;
client.subscribe({ query, variables }, {
  next: (value) => {
    console.log(JSON.stringify(value));
    received += 1;
    if (received >= wanted) {
      client.dispose().then(() => process.exit(0));
    }
  },
  error: (error) => {
    console.log(JSON.stringify({ error: error instanceof Error ? error.message : error }));
    process.exit(1);
  },
  complete: () => process.exit(received >= wanted ? 0 : 1),
});
