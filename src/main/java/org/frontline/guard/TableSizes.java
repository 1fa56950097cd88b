package org.frontline.guard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * How many rows the large tables hold, as PostgreSQL's statistics estimate them, so that a count's
 * cost can be known before it runs. Read at start and once a minute after, never per request: the
 * estimate only needs to tell a thousand rows from a million.
 */
@ApplicationScoped
public class TableSizes {

    private static final Logger LOG = Logger.getLogger(TableSizes.class);
    private static final long EVERY_MILLIS = 60_000;

    private final Pool pool;
    private final Map<String, Long> rows = new ConcurrentHashMap<>();

    public TableSizes(Pool pool) {
        this.pool = pool;
    }

    void start(@Observes StartupEvent start, Vertx vertx) {
        refresh();
        vertx.setPeriodic(EVERY_MILLIS, tick -> refresh());
    }

    /** The table's estimated rows; 0 until first read (a table too new to have statistics is small). */
    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    private void refresh() {
        pool.query("select c.relname, greatest(c.reltuples, 0)::bigint as estimate from pg_class c"
                + " where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace").execute()
                .subscribe().with(result -> {
                    for (Row row : result) {
                        rows.put(row.getString("relname"), row.getLong("estimate"));
                    }
                }, failure -> LOG.warnf("Could not read table sizes for the cost of counts: %s", failure.getMessage()));
    }
}
