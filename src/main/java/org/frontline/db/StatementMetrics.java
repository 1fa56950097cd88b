package org.frontline.db;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes the read path's statement count as the counter frontline.sql.statements
 * (frontline_sql_statements_total at /q/metrics), so that a benchmark or a dashboard can divide it
 * by the request rate and see what a request costs in SQL without reaching into the process.
 */
@Singleton
public class StatementMetrics implements MeterBinder {

    // Micrometer keeps only a weak reference to a function counter's source; this bean keeps the
    // strong one, and the container keeps this bean for the life of the application.
    private final Sql sql;

    public StatementMetrics(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("frontline.sql.statements", sql, Sql::statementsExecuted)
                .description("SQL statements the read path has sent to PostgreSQL since start")
                .register(registry);
    }
}
