package org.frontline.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Batch;
import org.frontline.db.Sql;
import org.frontline.paging.PageRequest;
import org.frontline.error.Ids;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * "Says who?": one fact, the source that states it and the sentence that states it. Every type
 * with a {@code sources} field answers it from here, one statement per kind of fact in a request.
 */
@Description("A fact's source and the sentence in it that states the fact.")
public record Citation(
        @Id @Description("The citation's id.") @NonNull String id,
        @Description("The sentence (or clause) of the source that states the fact, verbatim.") @NonNull String quote,
        @Description("Who is speaking in the quote, where it reports someone's words (e.g. \"Denis Pushylin, to RIA Novosti\").") String speaker,
        @Description("The document.") @NonNull Source source,
        @Description("What kind of fact this citation supports.") @NonNull FactKind about,
        @Id @Description("The id of the fact it supports (of the kind given by about).") @NonNull String factId,
        @Ignore Long leaderId,
        @Ignore Long regionId,
        @Ignore Long sanctionId,
        @Ignore Long strikeId,
        @Ignore Long eventId) {

    // The view joins nine tables; joined as a whole it passes from_collapse_limit, and PostgreSQL
    // then computes it for every citation in the record before picking the few wanted (2.4 s for
    // a page of 50 strikes over 5.4 million citations). Looked up per citation (LIMIT 1 keeps the
    // planner from flattening it), it costs a few index probes per row.
    private static final String SELECT = "select c.id as citation_id, c.quote, c.speaker, cs.fact_kind, cs.fact_id, "
            + "cs.leader_id, cs.region_id, cs.sanction_id, cs.strike_id, cs.event_id, " + Source.COLUMNS
            + " from citation c cross join lateral (select * from citation_subject v where v.citation_id = c.id limit 1) cs"
            + " join source s on s.id = c.source_id";

    static Citation from(Row row) {
        return new Citation(Ids.of(row.getLong("citation_id")), row.getString("quote"), row.getString("speaker"),
                Source.from(row), FactKind.valueOf(row.getString("fact_kind")), Ids.of(row.getLong("fact_id")),
                row.getLong("leader_id"), row.getLong("region_id"), row.getLong("sanction_id"), row.getLong("strike_id"),
                row.getLong("event_id"));
    }

    /**
     * The citations of many facts of one kind, in one statement, each fact's list in the order of
     * the given ids (the shape a batched {@code sources} resolver returns), at most {@code limit} each.
     */
    public static <F> Uni<List<List<Citation>>> forFacts(Sql sql, FactKind kind, List<F> facts,
            java.util.function.Function<F, Long> id, int limit) {
        Long[] ids = Batch.keys(facts, id);
        // The column name comes from the enum, never from the request.
        return Uni.createFrom().deferred(() -> sql.list(Batch.perParent(SELECT, "c." + kind.column(), "", "c.id", PageRequest.nested(limit)),
                Tuple.of(ids), Citation::from))
                .map(rows -> Batch.children(facts, id, rows, citation -> Long.parseLong(citation.factId())));
    }

    /** The newest {@code limit} citations of one fact, oldest of them first: what a write answers with. */
    static Uni<List<Citation>> newestOf(Sql sql, FactKind kind, long factId, int limit) {
        // The column name comes from the enum, never from the request.
        return sql.list("select x.* from (" + SELECT + " where c." + kind.column() + " = $1 order by c.id desc limit " + limit
                + ") x order by x.citation_id", Tuple.of(factId), Citation::from);
    }

    /** The first {@code limit} citations of each source, in the order they were recorded. */
    static Uni<List<List<Citation>>> ofSources(Sql sql, List<Source> sources, int limit) {
        Long[] ids = Batch.keys(sources, source -> Long.parseLong(source.id()));
        String statement = "select x.* from unnest($1::bigint[]) as wanted(id) cross join lateral ("
                + SELECT + " where c.source_id = wanted.id order by c.id limit " + limit + ") x";
        return sql.list(statement, Tuple.of(ids), Citation::from)
                .map(rows -> Batch.children(sources, source -> Long.parseLong(source.id()), rows,
                        citation -> Long.parseLong(citation.source().id())));
    }

    /** Citations by id, in no particular order; a citation removed since is left out. */
    public static Uni<List<Citation>> byIds(Sql sql, Long[] ids) {
        return sql.list(SELECT + " where c.id = any($1)", Tuple.of((Object) ids), Citation::from);
    }
}
