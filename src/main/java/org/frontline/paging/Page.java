package org.frontline.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.frontline.db.Sql;
import org.frontline.db.Where;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/** One page of a list, with each item's cursor. */
public record Page<T>(List<T> items, List<String> cursors, PageInfo pageInfo) {

    /**
     * Reads one page: {@code select} is the statement up to (not including) its WHERE; the
     * conditions in {@code where} filter it, and the page is cut by keyset, never by OFFSET. One row
     * more than asked for tells whether another page follows.
     */
    public static <T> Uni<Page<T>> fetch(Sql sql, String select, Where where, Keyset<T> order, PageRequest request,
            Function<Row, T> mapper) {
        if (request.cursor() != null) {
            order.after(where, request.cursor(), request.backward(), request.cursorArgument());
        }
        // The page size goes into the SQL as a checked integer rather than a parameter: PostgreSQL
        // plans LIMIT $n generically after a few executions, and that plan is slow here.
        String statement = select + " where " + where.sql() + " order by " + order.orderBy(request.backward())
                + " limit " + (request.size() + 1);
        return sql.list(statement, where.args(), mapper).map(rows -> slice(rows, order, request));
    }

    /**
     * A list query's answer: its page and, only where the request selects totalCount (a count is a
     * second statement over every match), its total, read side by side.
     */
    public static <T, C> Uni<C> withTotal(Context context, Uni<Page<T>> page, Supplier<Uni<Integer>> count,
            BiFunction<Page<T>, Integer, C> connection) {
        Uni<Integer> total = Selection.wants(context, "totalCount") ? count.get() : Uni.createFrom().nullItem();
        return Uni.combine().all().unis(page, total).with(connection);
    }

    /** The page's items and cursors as the edges of a connection. */
    public <E> List<E> edges(BiFunction<T, String, E> edge) {
        List<E> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(items.get(i), cursors.get(i)));
        }
        return edges;
    }

    private static <T> Page<T> slice(List<T> rows, Keyset<T> order, PageRequest request) {
        boolean more = rows.size() > request.size();
        List<T> items = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
        if (request.backward()) {
            Collections.reverse(items);
        }
        List<String> cursors = items.stream().map(order::cursor).toList();
        String start = cursors.isEmpty() ? null : cursors.get(0);
        String end = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        // Coming from a cursor means there are items on its other side; that is all a page knows
        // about the direction it did not read, which Relay allows.
        boolean fromCursor = request.cursor() != null;
        PageInfo info = request.backward()
                ? new PageInfo(fromCursor, more, start, end)
                : new PageInfo(more, fromCursor, start, end);
        return new Page<>(items, cursors, info);
    }
}
