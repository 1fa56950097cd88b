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
