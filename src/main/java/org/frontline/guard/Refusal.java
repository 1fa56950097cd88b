package org.frontline.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.frontline.error.ErrorCode;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * A request refused before GraphQL runs it (not a GraphQL request, not valid against the schema, a
 * variable of the wrong type, too large, too costly, too frequent...), answered as GraphQL errors
 * are: {@code {"errors":[{"message", "locations", "extensions":{"code",...}}]}}, so that a client
 * reads it where it reads every other error. One refusal may carry several errors (a document that
 * breaks several rules of the schema is told all of them at once).
 * <p>
 * The HTTP status follows the GraphQL-over-HTTP draft: a client answered in
 * {@code application/graphql-response+json} (see {@link ResponseType}) gets a 4xx for a request that
 * was not run; one that asked for {@code application/json} gets 200 for what is a GraphQL error, as
 * its libraries expect, and a 4xx only where HTTP itself has the word (400 not a GraphQL request,
 * 405, 406, 413 too large, 415, 429 too many).
 */
public final class Refusal extends RuntimeException {

    private final ErrorCode code;
    /** The status whatever the client accepts; 0 where it depends on that (see the class comment). */
    private final int httpStatus;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private graphql.language.SourceLocation location;
    /** Further errors told with this one, in the order found. */
    private final List<Refusal> more = new ArrayList<>();

    private Refusal(ErrorCode code, int httpStatus, String message) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** A GraphQL-level refusal: 200 for application/json clients, 400 for graphql-response+json ones. */
    public static Refusal of(ErrorCode code, String message) {
        return new Refusal(code, 0, message);
    }

    /** A refusal HTTP has a status for (400, 405, 406, 413, 415, 429), the same whatever the client accepts. */
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

    /** One refusal telling each of {@code faults} (at least one), which stay as they are to be told again. */
    public static Refusal all(List<Refusal> faults) {
        Refusal first = faults.get(0);
        Refusal all = new Refusal(first.code, first.httpStatus, first.getMessage());
        all.extensions.putAll(first.extensions);
        all.location = first.location;
        all.more.addAll(faults.subList(1, faults.size()));
        return all;
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
        ResponseType type = ResponseType.of(context);
        int status = httpStatus != 0 ? httpStatus : type == null || type.refusesWithStatus() ? 400 : 200;
        JsonArrayBuilder errors = Json.createArrayBuilder().add(json());
        more.forEach(other -> errors.add(other.json()));
        String body = Json.createObjectBuilder().add("errors", errors).build().toString();
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, (type == null ? ResponseType.JSON : type).contentType())
                .end(body);
    }

    private JsonObjectBuilder json() {
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
        return error.add("extensions", ext);
    }
}
