package org.frontline.guard;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.compiled.CompiledReads;
import org.frontline.error.ErrorCode;
import org.frontline.http.MediaType;
import org.jboss.logging.Logger;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.quarkus.jsonp.JsonProviderHolder;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Stands before SmallRye GraphQL's route on the GraphQL path: reads the body within the size limit,
 * reads the GraphQL request out of a POST (JSON or application/graphql) or a GET, finds a persisted
 * query's text, has {@link OperationCheck} parse and check the operation, starts the request's
 * {@link Deadline}, and hands SmallRye exactly the request it checked, unless {@link CompiledReads}
 * answers it. Whatever it refuses is answered as a {@link Refusal}, before any SQL runs.
 * <p>
 * The rate limiter's route (order -300) comes first; then the body (-250) and this guard (-200).
 */
@ApplicationScoped
public class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);
    /** Put on a request the guard has passed, so that its reroute as a POST is not read or checked again. */
    private static final String PASSED = RequestGuard.class.getName() + ".passed";
    private static final JsonParserFactory JSON = JsonProviderHolder.jsonProvider().createParserFactory(Map.of());

    private final Limits limits;
    private final OperationCheck operationCheck;
    private final PersistedOperations persisted;
    private final Validation validation;
    private final CompiledReads compiledReads;
    private final String path;

    RequestGuard(Limits limits, OperationCheck operationCheck, PersistedOperations persisted, Validation validation,
            CompiledReads compiledReads, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath) {
        this.limits = limits;
        this.operationCheck = operationCheck;
        this.persisted = persisted;
        this.validation = validation;
        this.compiledReads = compiledReads;
        this.path = "/" + rootPath.replaceFirst("^/+", "");
    }

    void route(@Observes Router router) {
        // No file uploads: nothing this API takes is a file, and none should reach the disk.
        BodyHandler body = BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes());
        router.route(path).order(-250)
                .handler(ctx -> {
                    if (guards(ctx) && ctx.request().method() == HttpMethod.POST) {
                        body.handle(ctx);
                    } else {
                        ctx.next();
                    }
                })
                .failureHandler(this::tooLarge);
        router.route(path).order(-200).handler(ctx -> {
            if (guards(ctx)) {
                guard(ctx);
            } else {
                ctx.next();
            }
        });
    }

    /** GraphQL's GET and POST; not CORS preflights, WebSocket subscriptions, or the guard's own reroute. */
    private static boolean guards(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        return (request.method() == HttpMethod.POST || request.method() == HttpMethod.GET)
                && !request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                && !passed(ctx);
    }

    /**
     * Whether the guard has passed this request already: so on the POST a GET goes on as, which every
     * route on the path sees again (a rate limiter should not count it twice).
     */
    public static boolean passed(RoutingContext ctx) {
        return ctx.get(PASSED) != null;
    }

    private void guard(RoutingContext ctx) {
        boolean get = ctx.request().method() == HttpMethod.GET;
        if (ResponseType.of(ctx) == null) {
            Refusal.http(406, ErrorCode.BAD_REQUEST, "This API answers in application/graphql-response+json or application/json, "
                    + "and the Accept header allows neither.").send(ctx);
            return;
        }
        Sent sent;
        String query;
        long cost;
        Document document;
        OperationDefinition operation;
        try {
            sent = get ? fromQueryString(ctx) : fromBody(ctx);
            query = persisted.queryFor(sent.query(), sent.extensions());
            document = operationCheck.parse(query);
            OperationCheck.Checked checked = operationCheck.check(document, sent.operationName(), sent.variables());
            if (get && checked.kind() == OperationDefinition.Operation.MUTATION) {
                // A GET may be repeated, prefetched and cached on the way; a write must not be.
                ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
                throw Refusal.http(405, ErrorCode.BAD_REQUEST, "Mutations are sent by POST");
            }
            if (checked.kind() == OperationDefinition.Operation.SUBSCRIPTION) {
                // Over HTTP a subscription would be answered once, with an empty stream for data.
                throw Refusal.of(ErrorCode.BAD_REQUEST, "A subscription runs over WebSocket (graphql-transport-ws, as graphql-ws,"
                        + " Apollo Client and urql speak it) on this same path; over HTTP, send queries and mutations.");
            }
            validation.check(document, checked.operation(), sent.variables());
            cost = checked.cost();
            operation = checked.operation();
            Refusal overBudget = RateLimiter.charge(ctx, cost);
            if (overBudget != null) {
                throw overBudget;
            }
        } catch (Refusal refusal) {
            refusal.send(ctx);
            return;
        } catch (RuntimeException unexpected) {
            LOG.error("The request guard failed", unexpected);
            Refusal.http(500, ErrorCode.INTERNAL, "The service failed; nothing was run").send(ctx);
            return;
        }
        ctx.put(PASSED, true);
        Deadline.start(limits.deadline());
        RetryAfter.writeWhenMarked(ctx);
        if (cost >= limits.offloadCost()) {
            Offload.mark();
        }
        Runnable toSmallRye = () -> toSmallRye(ctx, sent, query, get);
        // A heavy answer is assembled off the event loop by SmallRye's path (Offload); the compiled
        // path is for the small ones, and answers POSTs only (a GET goes on as a POST, below).
        if (get || cost >= limits.offloadCost() || !compiledReads.answered(ctx, document, operation, sent.variables(), toSmallRye)) {
            toSmallRye.run();
        }
    }

    private static void toSmallRye(RoutingContext ctx, Sent sent, String query, boolean get) {
        if (get) {
            // SmallRye decodes a GET's parameters a second time, after Vert.x (a "%" sent as %25 breaks
            // it, a "+" sent as %2B turns into a space), so the request goes on as the POST it stands
            // for. The reroute stays on this request's Vert.x context, where the deadline just started.
            handOver(ctx, sent, query);
            ctx.reroute(HttpMethod.POST, ctx.request().path());
        } else if (sent.asJson() && query == sent.query()) {
            ctx.next();
        } else {
            // A persisted query's text, or an application/graphql body, which SmallRye would read with
            // its line breaks turned into spaces (so that a comment would run on to the end).
            handOver(ctx, sent, query);
            ctx.next();
        }
    }

    /** Gives SmallRye the checked request as the JSON body of a POST, which it reads as sent. */
    private static void handOver(RoutingContext ctx, Sent sent, String query) {
        JsonObjectBuilder json = JsonProviderHolder.jsonProvider().createObjectBuilder().add("query", query);
        if (sent.operationName() != null) {
            json.add("operationName", sent.operationName());
        }
        if (sent.variables() != null) {
            json.add("variables", sent.variables());
        }
        if (sent.extensions() != null) {
            json.add("extensions", sent.extensions());
        }
        // In the charset the request declared: Vert.x decodes the body by the headers as they arrived.
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        Charset charset = contentType == null ? StandardCharsets.UTF_8 : charset(contentType);
        ((RoutingContextInternal) ctx).setBody(Buffer.buffer(json.build().toString().getBytes(charset)));
        ctx.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/json");
    }

    /** BodyHandler fails the request with 413 where the body is over the limit, by its length or as it streams. */
    private void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != 413) {
            ctx.next();
            return;
        }
        int limit = limits.maxBodyBytes();
        Refusal refusal = Refusal.http(413, ErrorCode.TOO_LARGE, "The request body is larger than the " + limit + " bytes this service reads")
                .with("limit", limit);
        try {
            refusal.with("actual", Long.parseLong(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH)));
        } catch (NumberFormatException streamed) {
            // Sent in chunks: how much would have come is not known.
        }
        refusal.send(ctx);
    }

    /** The GraphQL request as the client sent it; {@code asJson} where SmallRye would read the same from the body. */
    private record Sent(String query, String operationName, JsonObject variables, JsonObject extensions, boolean asJson) {
    }

    private static Sent fromBody(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String mediaType = mediaType(contentType);
        if (!mediaType.equals("application/json") && !mediaType.equals("application/graphql")) {
            // Read as JSON anyway, a form post or a text/plain body from another site's page would run
            // here without the CORS preflight a JSON body gets.
            throw Refusal.http(415, ErrorCode.BAD_REQUEST, (mediaType.isEmpty() ? "The request has no Content-Type"
                    : "The Content-Type " + abbreviate(mediaType) + " is not one this API reads")
                    + ": send the body as application/json, such as {\"query\": \"{ strikes { totalCount } }\"}.");
        }
        Charset charset = charset(contentType);
        String body = ctx.body().buffer() == null ? null : ctx.body().buffer().toString(charset);
        if (body == null || body.isBlank()) {
            throw badRequest("The body is empty: send a JSON object such as {\"query\": \"{ strikes { totalCount } }\"}");
        }
        if (mediaType.equals("application/graphql")) {
            return new Sent(body, null, null, null, false);
        }
        JsonValue value = json(body, "The body");
        if (value instanceof JsonArray) {
            throw badRequest("Batches are not accepted: send one operation per request");
        }
        if (!(value instanceof JsonObject request)) {
            throw badRequest("The body must be a JSON object such as {\"query\": \"...\", \"variables\": {...}}, not " + typeOf(value));
        }
        return new Sent(string(request.get("query"), "query"), string(request.get("operationName"), "operationName"),
                object(request.get("variables"), "variables"), object(request.get("extensions"), "extensions"), true);
    }

    private static Sent fromQueryString(RoutingContext ctx) {
        // Vert.x answers a malformed escape ("%zz") with 400 before any route sees it.
        MultiMap parameters = ctx.queryParams();
        String variables = parameter(parameters, "variables");
        String extensions = parameter(parameters, "extensions");
        return new Sent(parameter(parameters, "query"), parameter(parameters, "operationName"),
                variables == null ? null : object(json(variables, "The 'variables' parameter"), "variables"),
                extensions == null ? null : object(json(extensions, "The 'extensions' parameter"), "extensions"), false);
    }

    /** A query parameter's value, null where it is absent or empty; refused where it is given twice. */
    private static String parameter(MultiMap parameters, String name) {
        List<String> values = parameters.getAll(name);
        if (values.size() > 1) {
            throw badRequest("The '" + name + "' parameter is given " + values.size() + " times: give it once");
        }
        return values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    private static JsonValue json(String text, String what) {
        JsonValue value;
        JsonLocation after = null;
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                after = parser.getLocation();
            }
        } catch (JsonParsingException e) {
            throw badRequest(what + " is not valid JSON" + at(e.getLocation()));
        } catch (RuntimeException e) {
            // No value at all, or nesting deeper than Parsson's 1,000, which it refuses with a plain RuntimeException.
            throw badRequest(what + " is not valid JSON, or is nested too deeply");
        }
        if (after != null) {
            // SmallRye would read the first value and drop the rest; what was meant is not known.
            throw badRequest(what + " is not valid JSON: more follows its value" + at(after));
        }
        return value;
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    private static String string(JsonValue value, String name) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw badRequest("'" + name + "' must be a string, not " + typeOf(value));
    }

    private static JsonObject object(JsonValue value, String name) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw badRequest("'" + name + "' must be a JSON object" + ("variables".equals(name) ? " of values by variable name" : "")
                + ", not " + typeOf(value));
    }

    private static String typeOf(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }

    private static String mediaType(String contentType) {
        String type = MediaType.of(contentType);
        // A browser joins a header set twice into one: the playground (SmallRye's GraphiQL) sets
        // Content-Type in its default headers and again in its fetcher, and sends
        // "application/json, application/json". The same type repeated is still that type.
        String[] repeated = type.split(",");
        if (repeated.length > 1 && Arrays.stream(repeated).map(String::trim).distinct().count() == 1) {
            return repeated[0].trim();
        }
        return type;
    }

    /** The body's charset: UTF-8 unless the Content-Type names another this JVM knows (415 for one it does not). */
    private static Charset charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String name = pair[1].trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException unknown) {
                    throw Refusal.http(415, ErrorCode.BAD_REQUEST, "The charset " + abbreviate(name)
                            + " is not one this API reads: send the body in UTF-8.");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private static Refusal badRequest(String message) {
        return Refusal.http(400, ErrorCode.BAD_REQUEST, message);
    }
}
