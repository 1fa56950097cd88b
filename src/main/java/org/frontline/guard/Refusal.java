package org.frontline.guard;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.frontline.error.ErrorCode;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * A request refused before GraphQL runs it (too large, too costly, too frequent, an unknown persisted
 * query...), answered as GraphQL errors are: {@code {"errors":[{"message", "extensions":{"code",...}}]}},
 * so that a client reads it where it reads every other error.
 * <p>
 * The HTTP status follows the GraphQL-over-HTTP draft: a client that accepts
 * {@code application/graphql-response+json} gets a 4xx for a request that was not run; one that
 * accepts only {@code application/json} gets 200 for what is a GraphQL error (a limit, an unknown
 * persisted query), as its libraries expect, and a 4xx only where HTTP itself has the word
 * (400 not a GraphQL request, 405, 413 too large, 429 too many).
 */
public final class Refusal extends RuntimeException {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

    private final ErrorCode code;
    /** The status whatever the client accepts; 0 where it depends on that (see the class comment). */
    private final int httpStatus;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private graphql.language.SourceLocation location;

    private Refusal(ErrorCode code, int httpStatus, String message) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** A GraphQL-level refusal: 200 for application/json clients, 400 for graphql-response+json ones. */
    public static Refusal of(ErrorCode code, String message) {
        return new Refusal(code, 0, message);
    }

    /** A refusal HTTP has a status for (400, 405, 413, 429), the same whatever the client accepts. */
    public static Refusal http(int status, ErrorCode code, String message) {
        return new Refusal(code, status, message);
    }

    /** A limit broken: the code names it, extensions give the limit and the request's figure. */
    public static Refusal limit(ErrorCode code, String message, long limit, long actual) {
        return of(code, message).with("limit", limit).with("actual", actual);
    }

    /** Where in the query the fault is, as GraphQL errors say it ({@code locations}). */
    public Refusal at(graphql.language.SourceLocation location) {
        this.location = location;
        return this;
    }

    public Refusal with(String extension, Object value) {
        extensions.put(extension, value);
        return this;
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Writes the refusal as the whole response. */
    public void send(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        boolean graphqlResponse = acceptsGraphQLResponse(context);
        int status = httpStatus != 0 ? httpStatus : graphqlResponse ? 400 : 200;
        JsonObjectBuilder ext = Json.createObjectBuilder().add("code", code.name());
        extensions.forEach((name, value) -> {
            if (value instanceof Number number) {
                ext.add(name, number.longValue());
            } else if (value instanceof jakarta.json.JsonValue json) {
                ext.add(name, json);
            } else {
                ext.add(name, String.valueOf(value));
            }
        });
        JsonObjectBuilder error = Json.createObjectBuilder().add("message", getMessage());
        if (location != null && location.getLine() > 0) {
            error.add("locations", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("line", location.getLine()).add("column", location.getColumn())));
        }
        String body = Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder().add(error.add("extensions", ext)))
                .build().toString();
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, (graphqlResponse ? GRAPHQL_RESPONSE_JSON : "application/json") + "; charset=utf-8")
                .end(body);
    }

    static boolean acceptsGraphQLResponse(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(GRAPHQL_RESPONSE_JSON);
    }
}
