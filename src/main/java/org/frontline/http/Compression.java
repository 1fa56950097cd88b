package org.frontline.http;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Decides for each response whether the server may compress it: only a text type listed in
 * {@code quarkus.http.compress-media-types}, and only from {@link #MIN_BYTES} up.
 *
 * <p>Vert.x compresses every response for a client that accepts gzip unless it carries
 * {@code Content-Encoding: identity}, which Quarkus writes on every request once
 * {@code quarkus.http.enable-compression} is on. Quarkus lifts it only for its own kinds of
 * endpoint (REST, reactive routes, static files) and never by size; SmallRye GraphQL's endpoints
 * and the schema download are none of those. This handler decides for every route, when the
 * headers go out and the length of a body written in one piece is known.
 *
 * <p>Below about a kilobyte the gzip header and the CPU cost more than the bytes saved: a small
 * GraphQL answer (an error, a count) grows or shrinks by a few dozen bytes. A body of unknown
 * length is written in chunks, which only large answers are, and is compressed.
 */
@Singleton
public class Compression {

    /** The smallest body worth compressing. */
    static final int MIN_BYTES = 1024;

    /**
     * Before every other route of the application (CORS is at -300), so that this handler's
     * headers-end hook is the first added: Vert.x runs those hooks last-added first, so this
     * decision is the one that stands.
     */
    private static final int ROUTE_ORDER = -1000;

    private final Set<String> mediaTypes;

    Compression(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> mediaTypes) {
        this.mediaTypes = mediaTypes.stream().map(MediaType::of).collect(Collectors.toSet());
    }

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> decide(ctx));
            ctx.next();
        });
    }

    private void decide(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        String encoding = headers.get(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !HttpHeaders.IDENTITY.toString().equalsIgnoreCase(encoding)) {
            return; // already encoded by whoever wrote it
        }
        if (!compressible(headers.get(HttpHeaders.CONTENT_TYPE))) {
            headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
            return;
        }
        // The same URL may be answered gzipped or not depending on Accept-Encoding, so a cache
        // must keep the two apart, whether or not this answer is compressed.
        if (!varies(headers)) {
            headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length != null && Long.parseLong(length.trim()) < MIN_BYTES) {
            headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        } else {
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        }
    }

    private boolean compressible(String contentType) {
        return mediaTypes.contains(MediaType.of(contentType));
    }

    private static boolean varies(MultiMap headers) {
        for (String vary : headers.getAll(HttpHeaders.VARY)) {
            for (String name : vary.split(",")) {
                String trimmed = name.trim();
                if (trimmed.equals("*") || trimmed.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING.toString())) {
                    return true;
                }
            }
        }
        return false;
    }
}
