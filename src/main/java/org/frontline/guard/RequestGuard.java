package org.frontline.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.ext.web.Router;

/**
 * Placeholder until the request guard lands: it only starts each GraphQL request's deadline, so
 * that the read path can stop SQL at it. The real guard replaces this class whole.
 */
@ApplicationScoped
public class RequestGuard {

    @Inject
    Limits limits;

    void routes(@Observes Router router) {
        router.route("/graphql").order(-200).handler(context -> {
            Deadline.start(limits.deadline());
            context.next();
        });
    }
}
