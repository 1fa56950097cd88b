package org.frontline.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Tells a test whether the deadline runs on the context SmallRye's route is handed: a route just
 * before it answers a request carrying {@value #ASK} with the time left in {@value #LEFT}.
 */
@ApplicationScoped
public class DeadlineProbe {

    static final String ASK = "X-Test-Deadline";
    static final String LEFT = "X-Test-Deadline-Left-Ms";

    void route(@Observes Router router) {
        router.route("/graphql").order(-100).handler(ctx -> {
            if (ctx.request().getHeader(ASK) != null) {
                var left = Deadline.remaining();
                ctx.response().putHeader(LEFT, left == null ? "none" : Long.toString(left.toMillis()));
            }
            ctx.next();
        });
    }
}
