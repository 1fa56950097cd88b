// A small typed client over the README's questions, written the way a dashboard would use the
// generated types. It is type-checked (tsc --noEmit), not run: test/answers.test.mjs asks the
// service the same questions. If the schema changes in a way that would break such a client, or
// codegen starts handing out `any`, tsc fails here.
import { GraphQLClient } from 'graphql-request';
import type {
  AskingIt1Query,
  AskingIt1QueryVariables,
  AskingIt2Query,
  AskingIt3Query,
  ControlExtent,
  FigureQualifier,
} from './generated/operations.js';
import type { Actor, Region, Strike } from './generated/schema.js';

/** Each strike in the regions found, with who is said to have carried it out and according to whom. */
export async function strikesAndWhoSays(client: GraphQLClient, query: string) {
  const data = await client.request<AskingIt1Query>(query);
  return data.regions.edges.flatMap((edge) => edge.node.strikes).map((strike) => ({
    occurredOn: strike.occurredOn,
    killed: strike.killed ?? null,
    killedQualifier: strike.killedQualifier ?? null,
    attributedBy: strike.attributions.map((a) => `${a.claimedBy ?? 'unnamed'}: ${a.attributedTo.name} (${a.status})`),
    sources: strike.sources.map((cited) => cited.source.title),
  }));
}

/** Who held the regions found on the date the query asks about, one row per holder. */
export async function holders(client: GraphQLClient, query: string) {
  const data = await client.request<AskingIt2Query>(query);
  return data.regions.edges.flatMap((edge) => edge.node.controlledBy).map((held) => ({
    controller: held.controller.name,
    extent: held.extent,
    sharePercent: held.sharePercent ?? null,
  }));
}

/** The oblasts that were struck at all, with their totals. */
export async function struckOblasts(client: GraphQLClient, query: string) {
  const data = await client.request<AskingIt3Query>(query);
  return data.strikeTotalsByRegion.filter((row) => row.totals.strikes > 0);
}

// What the generated types must say, checked at compile time. Each line fails tsc if it is wrong.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function holds<Check extends true>(): void {}

// Ids are opaque text, even the ones that look like numbers ("1"), and never null.
holds<Equal<Strike['id'], string>>();
holds<Equal<Region['id'], string>>();
holds<Equal<Actor['id'], string>>();
// @ts-expect-error an id is not a number, and a client must not treat it as one
export const idAsNumber: number = ({} as Strike).id;

// Dates arrive as ISO text ("2022-09-30"), shares as JSON numbers (60.00).
holds<Equal<Strike['occurredOn'], string>>();
type Holder = Awaited<ReturnType<typeof holders>>[number];
holds<Equal<Holder['sharePercent'], number | null>>();
holds<Equal<Holder['extent'], ControlExtent>>();

// How exact a figure is: the README's qualifiers, and only those.
holds<Equal<FigureQualifier, 'ABOUT' | 'AT_LEAST' | 'EXACT'>>();
type Strikes = Awaited<ReturnType<typeof strikesAndWhoSays>>[number];
holds<Equal<Strikes['killedQualifier'], FigureQualifier | null>>();

// Totals are always figures: an oblast with no strikes has 0, never null.
type Totals = AskingIt3Query['strikeTotalsByRegion'][number]['totals'];
holds<Equal<Totals['strikes'] | Totals['killed'] | Totals['injured'], number>>();

// Lists and connections are null only beside an error (@semanticNonNull), and graphql-request
// throws on errors, so with errorHandlingClient they are typed as always there; a field the
// database may leave empty stays nullable.
type Question1Strike = AskingIt1Query['regions']['edges'][number]['node']['strikes'][number];
holds<Equal<null extends AskingIt1Query['regions'] ? true : false, false>>();
holds<Equal<null extends Question1Strike['attributions'] ? true : false, false>>();
holds<Equal<null extends Question1Strike['killed'] ? true : false, true>>();

// The README's questions need no variables.
export const noVariables: AskingIt1QueryVariables = {};
