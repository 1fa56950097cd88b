package org.frontline.guard;

import java.util.List;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * The media type a GraphQL response is written in, chosen from the request's Accept header the way
 * SmallRye GraphQL chooses it for the answers it writes, so that a refusal from the guard and an
 * answer from SmallRye speak the same type, with the same status rules:
 * the first acceptable type in the client's order of preference; {@code application/graphql-response+json}
 * for {@code *}{@code /*} or no Accept header (the GraphQL-over-HTTP draft's default since 2025);
 * none (answered 406) where the client accepts neither JSON type.
 */
public enum ResponseType {
    /** Status 200 for every GraphQL error; what older clients expect. */
    JSON("application/json"),
    /** Status 4xx for a request that was not run (not JSON, not valid GraphQL, bad variables, over a limit). */
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    /** The draft's earlier name for the type above, still answered as such by SmallRye. */
    GRAPHQL_JSON("application/graphql+json");

    private final String mediaType;

    ResponseType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The type without parameters, as SmallRye writes it on the answers it runs. */
    public String mediaType() {
        return mediaType;
    }

    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** The type to answer in, or null where the client accepts none this API writes. */
    public static ResponseType of(RoutingContext context) {
        List<MIMEHeader> accepted = context.parsedHeaders() == null ? List.of() : context.parsedHeaders().accept();
        for (MIMEHeader accept : accepted) {
            String raw = accept.rawValue();
            for (ResponseType type : values()) {
                if (raw.startsWith(type.mediaType)) {
                    return type;
                }
            }
            if (raw.startsWith("*/*")) {
                return GRAPHQL_RESPONSE_JSON;
            }
        }
        String header = context.request().getHeader(HttpHeaders.ACCEPT);
        return header == null || header.isBlank() ? GRAPHQL_RESPONSE_JSON : null;
    }

    /** Whether a request that was not run is answered with a 4xx status rather than 200. */
    public boolean refusesWithStatus() {
        return this != JSON;
    }
}
