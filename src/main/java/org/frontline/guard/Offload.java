package org.frontline.guard;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;

/**
 * Moves a heavy request's work off the Vert.x event loop. The read path's statements answer on
 * the event loop, and graphql-java then assembles the answer, and SmallRye writes it as JSON, on
 * whichever thread delivered the last rows. For a request whose answer may hold tens of thousands
 * of values that is hundreds of milliseconds during which every other client on that loop waits.
 * The guard marks such a request (by its cost, before it runs); the read path then hands each of
 * its statements' rows to a worker thread, on the request's own Vert.x context, so that what
 * follows runs there and the event loop goes back to the other clients.
 * <p>
 * Measured on the generated war (bench/results/offload-*.txt): a probe query's p99 beside a
 * repeated 40,000-value request fell from 766 to 209 ms, its worst from 991 to 349 ms.
 */
public final class Offload {

    private static final String KEY = Offload.class.getName();

    private Offload() {
    }

    /** Marks the current request as heavy. */
    static void mark() {
        Context context = Deadline.request();
        if (context != null) {
            context.putLocal(KEY, Boolean.TRUE);
        }
    }

    /** The statement's result, delivered on a worker thread where the current request is heavy. */
    public static <T> Uni<T> whereHeavy(Uni<T> result) {
        Context context = Deadline.request();
        if (context == null || context.getLocal(KEY) == null) {
            return result;
        }
        return result.onItem().transformToUni(item -> Uni.createFrom().<T> emitter(emitter -> context.executeBlocking(() -> {
            emitter.complete(item);
            return null;
        }, false)));
    }
}
