package org.frontline.guard;

import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A Retry-After header for an answer whose errors say "try again later" (the database could not be
 * reached): what meets the outage, deep in a resolver, marks the request's Vert.x context, and the
 * header is written with the response's headers. A client that sees it may retry after that many
 * seconds; an answer without it is not worth sending again as it was.
 */
public final class RetryAfter {

    private static final String KEY = RetryAfter.class.getName();

    private RetryAfter() {
    }

    /** Asks for Retry-After: {@code seconds} on the current request's answer (nothing outside a request). */
    public static void mark(int seconds) {
        Context context = Deadline.request();
        if (context != null) {
            context.putLocal(KEY, seconds);
        }
    }

    /** Writes the header, if asked for, just before the response's headers go out. */
    static void writeWhenMarked(RoutingContext ctx) {
        Context context = Deadline.request();
        if (context == null) {
            return;
        }
        ctx.addHeadersEndHandler(ignored -> {
            Integer seconds = context.getLocal(KEY);
            if (seconds != null) {
                ctx.response().putHeader(HttpHeaders.RETRY_AFTER, seconds.toString());
            }
        });
    }
}
