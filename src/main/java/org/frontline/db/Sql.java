package org.frontline.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.frontline.guard.Deadline;
import org.frontline.guard.Limits;
import org.frontline.guard.Offload;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The read path's one way into PostgreSQL: prepared statements on the reactive pool. Every feature's
 * finders run their SQL through here, so that a database failure always reaches the client as the
 * same clean error (the SQL and its message go to the log, never to the response), so that the
 * number of statements a request costs can be counted, and so that no statement outlives the
 * request's deadline: none starts past it, and the client is answered TIMEOUT at it while
 * PostgreSQL stops the statement itself ({@link DeadlinePool}).
 */
@ApplicationScoped
public class Sql {

    private static final Logger LOG = Logger.getLogger(Sql.class);

    private final Pool pool;
    private final Duration deadline;
    private final LongAdder statements = new LongAdder();

    public Sql(Pool pool, Limits limits) {
        this.pool = pool;
        this.deadline = limits.deadline();
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
        Duration remaining = Deadline.remaining();
        if (remaining != null && (remaining.isZero() || remaining.isNegative())) {
            return Uni.createFrom().failure(SqlFailures.pastDeadline(deadline));
        }
        statements.increment();
        Uni<RowSet<Row>> rows = Offload.whereHeavy(pool.preparedQuery(sql).execute(args)).onFailure().transform(failure -> toApiError(sql, failure));
        if (remaining == null) {
            return rows;
        }
        // Mutiny's timer fires on a thread of its own; the failure is handed back to the request's
        // context, where the rest of the request runs and its deadline is kept.
        Context request = Vertx.currentContext();
        return rows.ifNoItem().after(remaining).recoverWithUni(() -> {
            LOG.warnf("Query stopped at the request's deadline: %s", sql);
            return Uni.createFrom().<RowSet<Row>>failure(SqlFailures.pastDeadline(deadline))
                    .emitOn(command -> request.runOnContext(ignored -> command.run()));
        });
    }

    private ApiError toApiError(String sql, Throwable failure) {
        String sqlState = failure instanceof PgException database ? database.getSqlState() : null;
        if (SqlFailures.timedOut(sqlState)) {
            LOG.warnf(failure, "Query stopped by PostgreSQL's statement_timeout: %s", sql);
            return SqlFailures.pastDeadline(deadline);
        }
        ApiError badValue = SqlFailures.badValue(sqlState);
        if (badValue != null) {
            LOG.warnf(failure, "Query refused a value of the request: %s", sql);
            return badValue;
        }
        ApiError unavailable = SqlFailures.unavailable(failure);
        if (unavailable != null) {
            LOG.warnf("Query failed, the database out of reach (%s): %s", failure.getMessage(), sql);
            return unavailable;
        }
        LOG.errorf(failure, "Query failed: %s", sql);
        return new ApiError(ErrorCode.INTERNAL, null, "The record could not be read just now; try again.");
    }

    /** Statements executed since start; tests and benchmarks read it before and after a request. */
    public long statementsExecuted() {
        return statements.sum();
    }
}
