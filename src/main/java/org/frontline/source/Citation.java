package org.frontline.source;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Identified;
import org.frontline.db.Batch;
import org.frontline.db.Sql;
import org.frontline.paging.PageRequest;
import org.frontline.paging.Selection;
import org.frontline.error.Ids;
import org.frontline.write.References;
import org.frontline.write.Violations;
import org.frontline.write.Writer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.graphql.api.Context;
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

    // The same without the subjects, where no field asks for them: the fact's kind and id are read
    // from the citation's own row (citation_fact_kind and citation_fact_id, inlined by the planner),
    // and the eight index probes per citation that name a subject are not made.
    private static final String SELECT_WITHOUT_SUBJECTS = "select c.id as citation_id, c.quote, c.speaker,"
            + " citation_fact_kind(c) as fact_kind, citation_fact_id(c) as fact_id, null::bigint as leader_id,"
            + " null::bigint as region_id, null::bigint as sanction_id, null::bigint as strike_id, null::bigint as event_id, "
            + Source.COLUMNS + " from citation c join source s on s.id = c.source_id";

    /** The fields of Citation whose answers need the subject of the cited fact (SourceApi resolves them). */
    static final Set<String> SUBJECTS = Set.of("leader", "region", "sanction", "strike", "event");

    /** The statement for citations listed under {@code field}: with subjects only where some alias of it asks for one. */
    private static String select(Context context, String field) {
        return Selection.anyAsks(context, field, SUBJECTS) ? SELECT : SELECT_WITHOUT_SUBJECTS;
    }

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
    public static <F> Uni<List<List<Citation>>> forFacts(Sql sql, Context context, FactKind kind, List<F> facts,
            java.util.function.Function<F, Long> id, int limit) {
        Long[] ids = Batch.keys(facts, id);
        String select = select(context, "sources");
        // The column name comes from the enum, never from the request.
        return Uni.createFrom().deferred(() -> sql.list(Batch.perParent(select, "c." + kind.column(), "", "c.id", PageRequest.nested(limit)),
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
    static Uni<List<List<Citation>>> ofSources(Sql sql, Context context, List<Source> sources, int limit) {
        Long[] ids = Batch.keys(sources, Identified::key);
        String statement = "select x.* from unnest($1::bigint[]) as wanted(id) cross join lateral ("
                + select(context, "citations") + " where c.source_id = wanted.id order by c.id limit " + limit + ") x";
        return sql.list(statement, Tuple.of(ids), Citation::from)
                .map(rows -> Batch.children(sources, Identified::key, rows,
                        citation -> citation.source().key()));
    }

    // Writing. A citation is written by a native statement in the write's Hibernate session rather
    // than mapped as an entity: an entity would need a field per kind of fact, a list the database
    // already keeps (fact_kind) and FactKind already declares.

    /** Persists a citation of each source given for the fact, in the write's transaction. */
    public static Uni<Void> cite(FactKind kind, long factId, List<CitationInput> sources) {
        // The column name comes from the enum, never from the request.
        String insert = "insert into citation (source_id, quote, speaker, " + kind.column()
                + ") values (:source, :quote, cast(:speaker as text), :fact)";
        return Writer.inOrder(sources, source -> Panache.getSession().chain(session -> session.createNativeQuery(insert)
                .setParameter("source", Ids.parse(source.source(), "source"))
                .setParameter("quote", source.quote().strip())
                .setParameter("speaker", source.speaker())
                .setParameter("fact", factId)
                .executeUpdate()));
    }

    /** Persists a fact, then a citation of each of its sources; returns nothing more. */
    public static Uni<Void> saveCited(PanacheEntityBase fact, Supplier<Long> id, FactKind kind, List<CitationInput> sources) {
        return fact.persist().chain(() -> cite(kind, id.get(), sources));
    }

    /**
     * Checks that a fact gets at least one source ("no fact without a source") and that every
     * source named exists; the entries' own constraints are checked with the rest of the input.
     */
    public static void require(List<CitationInput> sources, String path, Violations violations, References references) {
        if (sources == null || sources.isEmpty()) {
            violations.add(path, "SOURCE_REQUIRED", "needs at least one source: every fact in the record says who states it");
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i) != null) {
                references.require("source", path + "[" + i + "].source", sources.get(i).source());
            }
        }
    }

    /** Citations by id, in no particular order; a citation removed since is left out. */
    public static Uni<List<Citation>> byIds(Sql sql, Long[] ids) {
        return sql.list(SELECT + " where c.id = any($1)", Tuple.of((Object) ids), Citation::from);
    }
}
