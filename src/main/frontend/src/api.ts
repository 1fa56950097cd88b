import { ClientError, GraphQLClient } from 'graphql-request';

export interface Operation {
  text: string;
  hash: string;
}

/** The hash of each operation the page sends, by its text; filled as operations are first used. */
const hashes = new Map<string, string>();

/**
 * Sends an operation by its hash alone (automatic persisted queries, as guard/PersistedOperations
 * reads them), so that a request carries a few variables instead of the query text. Only when the
 * service answers that it does not know the hash (its cache is per replica and bounded, and empty
 * after a restart) is the text sent, once, with the hash. Where the operator runs the page's
 * operations as an allow-list, the hash is always known.
 */
async function persistedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const body = typeof init?.body === 'string' ? JSON.parse(init.body) : null;
  const hash = body && hashes.get(body.query);
  if (!hash) {
    return fetch(input, init);
  }
  const extensions = { ...body.extensions, persistedQuery: { version: 1, sha256Hash: hash } };
  const { query, ...withoutQuery } = body;
  const byHash = await fetch(input, { ...init, body: JSON.stringify({ ...withoutQuery, extensions }) });
  if (!(await answersUnknownHash(byHash.clone()))) {
    return byHash;
  }
  return fetch(input, { ...init, body: JSON.stringify({ ...body, query, extensions }) });
}

async function answersUnknownHash(response: Response): Promise<boolean> {
  try {
    return unknownHash((await response.json()).errors);
  } catch {
    return false;
  }
}

/** Whether these errors (an answer's, or a subscription's) say the service does not know the hash sent. */
export function unknownHash(errors: unknown): boolean {
  return Array.isArray(errors) && errors.some((e: { extensions?: { code?: string } } | null) => e?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
}

const client = new GraphQLClient(new URL('graphql', document.baseURI).toString(), { fetch: persistedFetch });

/** Runs one of the page's operations (operations/*.graphql) and gives its data, or throws an ApiError. */
export async function run<T>(operation: Operation, variables: Record<string, unknown> = {}): Promise<T> {
  hashes.set(operation.text, operation.hash);
  try {
    return await client.request<T>(operation.text, variables);
  } catch (e) {
    throw ApiError.from(e);
  }
}

/** What the page tells a reader when the API refuses or fails: the API's message and code. */
export class ApiError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }

  static from(e: unknown): ApiError {
    if (e instanceof ClientError) {
      const first = e.response.errors?.[0];
      const code = first?.extensions?.code as string | undefined;
      return new ApiError(first?.message ?? `The service answered ${e.response.status}`, code);
    }
    return new ApiError(e instanceof Error ? e.message : String(e), undefined);
  }
}
