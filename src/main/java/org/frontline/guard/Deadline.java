package org.frontline.guard;

import java.time.Duration;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The moment by which the current request must be answered. {@link RequestGuard} sets it on the
 * request's Vert.x context when the request arrives; the read path asks how much time is left
 * before each statement, so that a request past its deadline starts no more SQL and waits for none.
 * Outside a request (start-up, a migration, a test calling code directly) there is no deadline.
 */
public final class Deadline {

    private static final String KEY = Deadline.class.getName();

    private Deadline() {
    }

    /** Starts the current request's clock. */
    static void start(Duration allowed) {
        Context context = request();
        if (context != null) {
            context.putLocal(KEY, System.nanoTime() + allowed.toNanos());
        }
    }

    /**
     * What is left of the current request's time: null where no deadline was set, zero or negative
     * where it has passed.
     */
    public static Duration remaining() {
        Context context = request();
        Long at = context == null ? null : context.getLocal(KEY);
        return at == null ? null : Duration.ofNanos(at - System.nanoTime());
    }

    /** The current request's own Vert.x context (a duplicated one), or null outside a request. */
    static Context request() {
        Context context = Vertx.currentContext();
        return context != null && VertxContext.isDuplicatedContext(context) ? context : null;
    }
}
