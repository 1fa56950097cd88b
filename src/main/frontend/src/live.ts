import { Client, createClient } from 'graphql-ws';
import { Operation, unknownHash } from './api';

/** What the indicator says: opening the socket, subscribed, trying again after a loss, or given up. */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'off';

/** One strikeEvents event as operations/StrikeEvents.graphql reads it; strike is null for INTERRUPTED. */
export interface StrikeEvent {
  kind: string;
  cursor: string;
  strike: { id: string; occurredOn: string; region: { name: string } | null } | null;
}

export interface LiveListener {
  event(event: StrikeEvent): void;
  state(state: LiveState): void;
  /**
   * The subscription goes on without a cursor to resume from (it had heard nothing before the
   * connection was lost, or the service could not go back that far): what is shown may be out of date.
   */
  missedChanges(): void;
}

/**
 * How often a lost connection is tried again before the page gives up and says it is not live: at
 * the longest wait (30 s) about an hour. A connection that comes back starts the count again.
 */
const RETRY_ATTEMPTS = 120;
const LONGEST_WAIT_MS = 30_000;

/**
 * The page's one subscription, to strikeEvents for the filters it shows, over one graphql-ws
 * socket on the GraphQL path. Like api.ts over HTTP it sends the operation's hash alone, and the
 * text only when the service answers PERSISTED_QUERY_NOT_FOUND, once. Where no socket can be
 * opened the page is as it was without this: it reads what it shows when the filters change.
 */
export class LiveStrikes {
  private readonly client: Client | null;
  private state: LiveState = 'connecting';
  private lost = false;
  /** Counts subscriptions; events and errors of one the page has moved on from are dropped. */
  private generation = 0;
  private variables: { filter: Record<string, unknown>; after?: string } | null = null;
  private stop: (() => void) | null = null;

  constructor(private readonly operation: Operation, private readonly listener: LiveListener) {
    this.client = typeof WebSocket === 'undefined' ? null : createClient({
      url: socketUrl(),
      retryAttempts: RETRY_ATTEMPTS,
      // Exponential from 1 s, capped, each wait drawn between half and all of it, so that readers
      // dropped by one restart do not all come back in the same instant.
      retryWait: (retries) => new Promise((resolve) =>
        setTimeout(resolve, Math.min(LONGEST_WAIT_MS, 1000 * 2 ** retries) * (0.5 + Math.random() / 2))),
      // Whatever ended the connection, or kept one from opening: a browser reports a service that
      // is down (restarting, say) as an error event before the close, which graphql-ws by default
      // does not retry. Close codes that mean a bad client are still final.
      shouldRetry: () => true,
      jsonMessageReplacer: withoutPlaceholderQuery,
      on: {
        connecting: (isRetry) => this.tell(isRetry || this.lost ? 'reconnecting' : 'connecting'),
        connected: () => {
          this.tell('live');
          if (this.lost && this.variables && this.variables.after === undefined) listener.missedChanges();
          this.lost = false;
        },
        closed: () => {
          this.lost = true;
          if (this.state === 'live') this.tell('reconnecting');
        },
      },
    });
    if (!this.client) this.tell('off');
  }

  /** Subscribes for these filters, from now on; the subscription for the filters before is completed. */
  follow(filter: Record<string, unknown>): void {
    if (!this.client) return;
    const mine = ++this.generation;
    const variables: { filter: Record<string, unknown>; after?: string } = { filter };
    this.variables = variables;
    const previous = this.stop;
    // The new one first: with none left for a moment, graphql-ws would close the socket.
    this.stop = this.open(mine, variables, false);
    previous?.();
  }

  private open(mine: number, variables: { filter: Record<string, unknown>; after?: string }, withText: boolean): () => void {
    const payload = {
      query: withText ? this.operation.text : BY_HASH,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: this.operation.hash } },
    };
    return this.client!.subscribe<{ strikeEvents: StrikeEvent | null }>(payload, {
      next: ({ data }) => {
        const event = data?.strikeEvents;
        if (mine !== this.generation || !event) return;
        // graphql-ws sends this same payload object again each time it reconnects (its subscribe
        // loop, in graphql-ws 6), so the cursor kept in it makes the subscription resume just
        // after the last event heard: the service tells what was committed meanwhile, first.
        variables.after = event.cursor;
        this.listener.event(event);
      },
      error: (errors) => {
        if (mine !== this.generation) return;
        if (!withText && unknownHash(errors)) {
          this.stop = this.open(mine, variables, true);
          return;
        }
        if (variables.after !== undefined && Array.isArray(errors)) {
          // Refused with a cursor: away so long that the service will not tell everything since
          // (it goes back 10,000 changes at most). Read afresh, and follow from now.
          delete variables.after;
          this.listener.missedChanges();
          this.stop = this.open(mine, variables, withText);
          return;
        }
        // Refused, or the retries ran out: the page goes on as it would without a socket.
        this.tell('off');
      },
      complete: () => undefined,
    });
  }

  private tell(state: LiveState): void {
    this.state = state;
    this.listener.state(state);
  }
}

/** Stands for "no text, the hash alone" in a payload, as graphql-ws sends nothing without a query string. */
const BY_HASH = '';

/** Leaves BY_HASH out of the JSON of a payload that carries a persisted query's hash. */
function withoutPlaceholderQuery(this: unknown, key: string, value: unknown): unknown {
  const holder = this as { extensions?: { persistedQuery?: unknown } } | null;
  return key === 'query' && value === BY_HASH && holder?.extensions?.persistedQuery ? undefined : value;
}

/** ws: or wss: to the GraphQL path beside the page, as the page's HTTP requests go. */
function socketUrl(): string {
  const url = new URL('graphql', document.baseURI);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
