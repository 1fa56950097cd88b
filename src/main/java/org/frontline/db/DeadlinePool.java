package org.frontline.db;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.frontline.guard.Limits;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;

/**
 * The service's connections to PostgreSQL (the read path's and Hibernate Reactive's writes alike),
 * each started with {@code statement_timeout} at the request deadline, so that PostgreSQL itself
 * stops a statement no client is waiting for any more: a client told TIMEOUT leaves no query
 * holding a connection, a lock or a core behind it.
 *
 * <p>Set here in code rather than as {@code quarkus.datasource.reactive.additional-properties}
 * so that the deadline is declared once ({@code frontline.limits.deadline}) and reaches
 * PostgreSQL in the one unit it reads without a suffix, milliseconds: "5" means 5 seconds to
 * Quarkus and 5 ms to PostgreSQL, and PostgreSQL refuses to connect with "PT5S". Flyway migrates
 * over JDBC, outside this pool, and is not bounded.
 */
@Singleton
public class DeadlinePool implements PgPoolCreator {

    private final Limits limits;

    public DeadlinePool(Limits limits) {
        this.limits = limits;
    }

    @Override
    public Pool create(Input input) {
        String timeout = Long.toString(limits.deadline().toMillis());
        List<SqlConnectOptions> servers = new ArrayList<>();
        for (PgConnectOptions options : input.pgConnectOptionsList()) {
            servers.add(options.addProperty("statement_timeout", timeout));
        }
        return PgBuilder.pool().with(input.poolOptions()).connectingTo(servers).using(input.vertx()).build();
    }
}
