package org.frontline.corpus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.frontline.db.Sql;
import org.frontline.guard.Limits;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The read path as it is, keeping every distinct statement it sends with the arguments of its first
 * sending, so that a test can ask PostgreSQL how it plans each one. Installed in place of
 * {@link Sql} with QuarkusMock.
 */
public class RecordingSql extends Sql {

    /** Statement text to the arguments it was first sent with, and the query that sent it. */
    public record Sent(Tuple args, String query) {
    }

    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private volatile String query = "";

    public RecordingSql(Pool pool, Limits limits) {
        super(pool, limits);
    }

    /** Names the corpus query being sent, for the statements it leads to. */
    public void sending(String name) {
        query = name;
    }

    public Map<String, Sent> statements() {
        return sent;
    }

    @Override
    public <T> Uni<List<T>> list(String sql, Tuple args, Function<Row, T> mapper) {
        sent.putIfAbsent(sql, new Sent(args, query));
        return super.list(sql, args, mapper);
    }

    @Override
    public <T> Uni<T> one(String sql, Tuple args, Function<Row, T> mapper) {
        sent.putIfAbsent(sql, new Sent(args, query));
        return super.one(sql, args, mapper);
    }
}
