package org.frontline.write;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Leaves a rejected bearer token to the mutation that asked who is writing. Without this, Quarkus
 * answers a token it cannot verify with a bare HTTP 401, racing the GraphQL response: the client
 * would get a 401 or an UNAUTHENTICATED error by chance, and a read sent with a stale token would
 * fail although reading needs no token. With it, {@link Writer#user} always reports the rejection
 * as a GraphQL error with a code, and reads go on.
 */
@ApplicationScoped
public class TokenFailures {

    private static final BiConsumer<RoutingContext, Throwable> REPORTED_BY_THE_WRITER = (context, failure) -> {
    };

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, REPORTED_BY_THE_WRITER);
            context.next();
        }, 100);
    }
}
