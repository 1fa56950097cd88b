package org.frontline.db;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Puts the rows of one batched statement back in the order of the parents that asked for them, as
 * a batched {@code @Source List<...>} resolver must return them.
 */
public final class Batch {

    private Batch() {
    }

    /** Each parent's children: the rows whose {@code parentKey} is the parent's {@code key}. */
    public static <P, R> List<List<R>> children(List<P> parents, Function<P, Long> key, List<R> rows,
            Function<R, Long> parentKey) {
        Map<Long, List<R>> byParent = new HashMap<>();
        for (R row : rows) {
            byParent.computeIfAbsent(parentKey.apply(row), k -> new ArrayList<>()).add(row);
        }
        List<List<R>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byParent.getOrDefault(key.apply(parent), List.of()));
        }
        return result;
    }

    /**
     * A statement reading at most {@code limit} rows for each parent id in the array parameter $1:
     * {@code select} up to its WHERE, {@code parent} the column naming the parent, {@code conditions}
     * any others (or empty), {@code order} the rows' order within a parent. Each parent's rows are
     * read by their own index probe and cut at the limit, so a parent with ten thousand rows costs
     * what one with ten does. The limit is written into the SQL as a checked integer: PostgreSQL
     * plans {@code LIMIT $n} inside a LATERAL generically after a few executions, and slowly.
     */
    public static String perParent(String select, String parent, String conditions, String order, int limit) {
        return "select x.* from unnest($1::bigint[]) as wanted(id) cross join lateral (" + select + " where " + parent
                + " = wanted.id" + (conditions.isEmpty() ? "" : " and " + conditions) + " order by " + order + " limit "
                + limit + ") x";
    }

    /** {@link #children}, each parent's list cut at {@code limit} rows. */
    public static <P, R> List<List<R>> children(List<P> parents, Function<P, Long> key, List<R> rows,
            Function<R, Long> parentKey, int limit) {
        List<List<R>> all = children(parents, key, rows, parentKey);
        List<List<R>> cut = new ArrayList<>(all.size());
        for (List<R> list : all) {
            cut.add(list.size() > limit ? list.subList(0, limit) : list);
        }
        return cut;
    }

    /** Each parent's one related row (or null): the row whose {@code id} is the parent's {@code key}. */
    public static <P, R> List<R> one(List<P> parents, Function<P, Long> key, List<R> rows, Function<R, Long> id) {
        Map<Long, R> byId = new HashMap<>();
        for (R row : rows) {
            byId.put(id.apply(row), row);
        }
        List<R> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long k = key.apply(parent);
            result.add(k == null ? null : byId.get(k));
        }
        return result;
    }

    /** The distinct non-null keys of the parents, as a statement's array parameter. */
    public static <P> Long[] keys(List<P> parents, Function<P, Long> key) {
        return parents.stream().map(key).filter(k -> k != null).distinct().toArray(Long[]::new);
    }
}
