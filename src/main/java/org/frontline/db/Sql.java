package org.frontline.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The read path's one way into PostgreSQL: prepared statements on the reactive pool. Every feature's
 * finders run their SQL through here, so that a database failure always reaches the client as the
 * same clean INTERNAL error (the SQL and its message go to the log, never to the response), and so
 * that the number of statements a request costs can be counted.
 */
@ApplicationScoped
public class Sql {

    private static final Logger LOG = Logger.getLogger(Sql.class);

    private final Pool pool;
    private final LongAdder statements = new LongAdder();

    public Sql(Pool pool) {
        this.pool = pool;
    }

    public <T> Uni<List<T>> list(String sql, Tuple args, Function<Row, T> mapper) {
        return execute(sql, args).map(rows -> {
            List<T> result = new ArrayList<>(rows.size());
            for (Row row : rows) {
                result.add(mapper.apply(row));
            }
            return result;
        });
    }

    /** The single row the statement returns, or null where it returns none. */
    public <T> Uni<T> one(String sql, Tuple args, Function<Row, T> mapper) {
        return execute(sql, args).map(rows -> {
            var iterator = rows.iterator();
            return iterator.hasNext() ? mapper.apply(iterator.next()) : null;
        });
    }

    private Uni<RowSet<Row>> execute(String sql, Tuple args) {
        statements.increment();
        return org.frontline.guard.Offload.whereHeavy(pool.preparedQuery(sql).execute(args))
                .onFailure().transform(failure -> {
                    LOG.errorf(failure, "Query failed: %s", sql);
                    return new ApiError(ErrorCode.INTERNAL, null, "The record could not be read just now; try again.");
                });
    }

    /** Statements executed since start; tests and benchmarks read it before and after a request. */
    public long statementsExecuted() {
        return statements.sum();
    }
}
