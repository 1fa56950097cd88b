// PostGraphile 5, the benchmark's peer: the Amber preset over Frontline's own database and schema,
// plus the two plugins its users add when Amber alone cannot ask the question: connection-filter
// (ranges and lists of region ids) and pg-aggregates (sums of killed and injured).
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";

export default {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset, PgAggregatesPreset],
  // Amber hides relations whose foreign key has no plain index; citation's keys have partial
  // indexes, so a strike's citations would be missing. This is PostGraphile 5's documented switch
  // for that (V4's ignoreIndexes: false).
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      // The same number of connections Frontline's reactive pool has.
      poolConfig: { max: 16 },
    }),
  ],
  grafserv: { port: Number(process.env.PORT ?? 18081), host: "127.0.0.1", graphiql: false, watch: false },
  grafast: { explain: false },
};
