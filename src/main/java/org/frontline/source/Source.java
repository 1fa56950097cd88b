package org.frontline.source;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Names;
import org.frontline.db.Sql;
import org.frontline.db.Where;
import org.frontline.error.Ids;
import org.frontline.paging.Keyset;
import org.frontline.paging.Page;
import org.frontline.paging.PageRequest;
import org.frontline.paging.SortKey;
import org.frontline.db.Identified;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@Description("A document that states facts: an article, an official statement, an editors' note, a data set. Every fact in Frontline cites at least one.")
public record Source(
        @Id @Description("The source's id.") @NonNull String id,
        @Description("The document's title (or a description of it where it has none).") @NonNull String title,
        @Description("Who published it, where known.") String publisher,
        @Description("The date it was published, where known.") LocalDate publishedOn,
        @Description("Where it can be read, where it is online.") String url,
        @Description("What sort of document it is.") @NonNull SourceKind kind,
        @Description("What Frontline knows about the document itself (why it is dated as it is, what it lacks).") String description) implements Identified {

    static final String COLUMNS = "s.id, s.title, s.publisher, s.published_on, s.url, s.kind, s.description";

    /** Undated sources sort after dated ones when reading newest first. */
    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    static final Keyset<Source> NEWEST_FIRST = Keyset.descending("NEWEST_FIRST",
            SortKey.ofDate("coalesce(s.published_on, date '0001-01-01')",
                    source -> source.publishedOn() == null ? UNDATED : source.publishedOn()),
            SortKey.ofLong("s.id", Identified::key));

    static Source from(Row row) {
        return new Source(Ids.of(row.getLong("id")), row.getString("title"), row.getString("publisher"),
                row.getLocalDate("published_on"), row.getString("url"), SourceKind.valueOf(row.getString("kind")),
                row.getString("description"));
    }

    static Uni<Source> byId(Sql sql, long id) {
        return sql.one("select " + COLUMNS + " from source s where s.id = $1", Tuple.of(id), Source::from);
    }

    static Where filter(SourceFilter filter) {
        Where where = new Where();
        if (filter != null) {
            where.andIf(filter.title() != null, Names.contains("s.title"), filter.title())
                    .andIf(filter.publisher() != null, Names.contains("s.publisher"), filter.publisher())
                    .andIf(filter.kind() != null, "s.kind = ?", filter.kind() == null ? null : filter.kind().name());
        }
        return where;
    }

    static Uni<Page<Source>> page(Sql sql, SourceFilter filter, PageRequest request) {
        return Page.fetch(sql, "select " + COLUMNS + " from source s", filter(filter), NEWEST_FIRST, request, Source::from);
    }

    static Uni<Integer> count(Sql sql, SourceFilter filter) {
        Where where = filter(filter);
        return sql.one("select count(*)::int from source s where " + where.sql(), where.args(), row -> row.getInteger(0));
    }

    static Uni<List<Source>> byIds(Sql sql, Long[] ids) {
        return sql.list("select " + COLUMNS + " from source s where s.id = any($1)", Tuple.of(ids), Source::from);
    }
}
