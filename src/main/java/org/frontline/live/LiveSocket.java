package org.frontline.live;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.frontline.guard.ClientAddress;
import org.frontline.guard.OperationCheck;
import org.frontline.guard.PersistedOperations;
import org.frontline.guard.RateLimitConfig;
import org.frontline.guard.RateLimiter;
import org.frontline.guard.Refusal;
import org.frontline.guard.Validation;
import org.jboss.logging.Logger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL subscriptions over WebSocket with the graphql-transport-ws protocol (what Apollo Client,
 * urql and the graphql-ws package speak), on the GraphQL path. It stands in for SmallRye's own
 * WebSocket handler so that a subscription passes the same checks as a request over HTTP (parse
 * limits, depth, aliases, cost, validation, with the same error codes) and so that limits only a
 * connection has can be kept: subscriptions per connection, connections per client address, and a
 * socket that cannot keep up. The operation itself runs in SmallRye's ExecutionService, once for
 * all the subscribers on this replica that sent the same operation with the same variables (a
 * dashboard's thousand readers): each event is executed and written as JSON once, and the text
 * goes to each of their sockets. A subscription from a cursor runs alone: what it replays is its own. Each subscriber has its own buffer of events its socket has not
 * taken yet, so that one slow socket holds up no other.
 * <p>
 * Close codes are the protocol's: 4400 a malformed message, 4401 subscribe before connection_init,
 * 4408 no connection_init in time, 4409 an operation id already in use, 4429 a second
 * connection_init; and 1013 (try again later) for a subscriber that fell too far behind.
 */
@ApplicationScoped
public class LiveSocket {

    private static final Logger LOG = Logger.getLogger(LiveSocket.class);
    static final String PROTOCOL = "graphql-transport-ws";

    private final OperationCheck operationCheck;
    private final Validation validation;
    private final PersistedOperations persisted;
    private final LiveConfig config;
    private final RateLimitConfig rateLimits;
    private final io.vertx.core.Vertx vertx;
    private final String path;
    private final Map<String, AtomicInteger> connections = new ConcurrentHashMap<>();
    /** The running executions, by operation text and variables, each with the subscribers it serves. */
    private final Map<String, Shared> running = new ConcurrentHashMap<>();
    /** Numbers the executions that are not shared. */
    private final java.util.concurrent.atomic.AtomicLong alone = new java.util.concurrent.atomic.AtomicLong();
    /** The sockets open now, to close when the replica stops. */
    private final java.util.Set<ServerWebSocket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ExecutionService executionService;

    LiveSocket(OperationCheck operationCheck, Validation validation, PersistedOperations persisted, LiveConfig config,
            RateLimitConfig rateLimits, io.vertx.core.Vertx vertx, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath) {
        this.operationCheck = operationCheck;
        this.validation = validation;
        this.persisted = persisted;
        this.config = config;
        this.rateLimits = rateLimits;
        this.vertx = vertx;
        this.path = "/" + rootPath.replaceFirst("^/+", "");
    }

    void route(@Observes Router router) {
        // After the rate limiter (-300), which counts the upgrade as a request; before SmallRye's handler.
        router.route(path).order(-150).handler(ctx -> {
            if (ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
                upgrade(ctx);
            } else {
                ctx.next();
            }
        });
    }

    /**
     * A replica that stops closes its sockets as going away (1001), so that clients reconnect to
     * another one and resume from their last cursor, rather than meet a connection reset. This runs
     * after Quarkus' graceful wait for requests in flight, which an upgraded request never leaves
     * (its response never ends): a replica that has held a WebSocket waits the whole
     * quarkus.shutdown.timeout, serving its subscribers meanwhile, before it closes them here.
     */
    void stop(@Observes io.quarkus.runtime.ShutdownEvent stop) {
        for (ServerWebSocket socket : List.copyOf(sockets)) {
            socket.close((short) 1001, "The server is going away; reconnect, and resume after the last cursor received");
        }
    }

    private void upgrade(RoutingContext ctx) {
        String client = ClientAddress.of(ctx.request(), rateLimits.trustedProxyHeader().orElse(null), rateLimits.trustedProxyHops());
        AtomicInteger open = connections.computeIfAbsent(client, key -> new AtomicInteger());
        if (open.incrementAndGet() > config.connectionsPerClient()) {
            release(client, open);
            Refusal.http(429, ErrorCode.TOO_MANY_CONNECTIONS, "This client holds " + config.connectionsPerClient()
                    + " WebSocket connections already, as many as one client may; close one, or subscribe to more over one connection.")
                    .with("limit", config.connectionsPerClient()).send(ctx);
            return;
        }
        ctx.request().toWebSocket().onComplete(upgraded -> {
            if (upgraded.failed()) {
                release(client, open);
                LOG.debugf("WebSocket upgrade failed: %s", upgraded.cause().getMessage());
                return;
            }
            ServerWebSocket socket = upgraded.result();
            if (!PROTOCOL.equals(socket.subProtocol())) {
                socket.closeHandler(closed -> release(client, open));
                socket.close((short) 4406, "Subprotocol not acceptable: this endpoint speaks " + PROTOCOL);
                return;
            }
            sockets.add(socket);
            new Connection(socket, headers(ctx), RateLimiter.budgetOf(ctx), () -> {
                sockets.remove(socket);
                release(client, open);
            }).start();
        });
    }

    private void release(String client, AtomicInteger open) {
        if (open.decrementAndGet() <= 0) {
            connections.remove(client, open);
        }
    }

    private static Map<String, List<String>> headers(RoutingContext ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        ctx.request().headers().names().forEach(name -> headers.put(name, ctx.request().headers().getAll(name)));
        return headers;
    }

    private ExecutionService executionService() {
        if (executionService == null) {
            executionService = Arc.container().instance(ExecutionService.class).get();
        }
        return executionService;
    }

    /** One client's socket: its handshake, its operations, and their flow to the socket. */
    private final class Connection {

        private final ServerWebSocket socket;
        private final Map<String, List<String>> headers;
        /** The cost budget of the client that opened the socket; null where no rate limit runs. */
        private final RateLimiter.Charged budget;
        private final Runnable closed;
        private final Map<String, Operation> operations = new ConcurrentHashMap<>();
        /** Operations waiting for the socket to drain before they take their next event. */
        private final List<Operation> waiting = new ArrayList<>();
        private final ManagedContext requestContext = Arc.container().requestContext();
        private InjectableContext.ContextState state;
        private boolean initialised;
        private long initTimer;
        private long stallTimer = -1;

        Connection(ServerWebSocket socket, Map<String, List<String>> headers, RateLimiter.Charged budget, Runnable closed) {
            this.socket = socket;
            this.headers = headers;
            this.budget = budget;
            this.closed = closed;
        }

        void start() {
            requestContext.activate();
            state = requestContext.getState();
            requestContext.deactivate();
            initTimer = vertx.setTimer(config.initTimeout().toMillis(), timer -> {
                if (!initialised) {
                    socket.close((short) 4408, "Connection initialisation timeout");
                }
            });
            socket.textMessageHandler(this::onMessage);
            socket.binaryMessageHandler(binary -> socket.close((short) 4400, "Messages are JSON text"));
            socket.drainHandler(drained -> drain());
            socket.closeHandler(gone -> {
                closed.run();
                vertx.cancelTimer(initTimer);
                List.copyOf(operations.values()).forEach(Operation::cancel);
                operations.clear();
                requestContext.destroy(state);
            });
        }

        private void onMessage(String text) {
            JsonObject message;
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                message = reader.readObject();
            } catch (RuntimeException notJson) {
                socket.close((short) 4400, "The message is not a JSON object");
                return;
            }
            String type = string(message, "type");
            if (type == null) {
                socket.close((short) 4400, "The message has no type");
                return;
            }
            switch (type) {
                case "connection_init" -> {
                    if (initialised) {
                        socket.close((short) 4429, "Too many initialisation requests");
                        return;
                    }
                    initialised = true;
                    send(Json.createObjectBuilder().add("type", "connection_ack"));
                }
                case "ping" -> send(Json.createObjectBuilder().add("type", "pong"));
                case "pong" -> {
                }
                case "subscribe" -> subscribe(message);
                case "complete" -> {
                    Operation operation = operations.remove(string(message, "id"));
                    if (operation != null) {
                        operation.cancel();
                    }
                }
                default -> socket.close((short) 4400, "Unknown message type: " + abbreviate(type));
            }
        }

        private void subscribe(JsonObject message) {
            if (!initialised) {
                socket.close((short) 4401, "Unauthorized");
                return;
            }
            String id = string(message, "id");
            JsonValue payload = message.get("payload");
            if (id == null || id.isEmpty() || !(payload instanceof JsonObject request)) {
                socket.close((short) 4400, "A subscribe message needs an id and a payload object");
                return;
            }
            if (operations.containsKey(id)) {
                socket.close((short) 4409, "Subscriber for " + abbreviate(id) + " already exists");
                return;
            }
            Checked checkedRequest;
            try {
                checkedRequest = check(request);
            } catch (Refusal refusal) {
                error(id, refusal.code(), refusal.getMessage(), refusal.extensions());
                return;
            } catch (RuntimeException unexpected) {
                LOG.error("Checking a subscription failed", unexpected);
                error(id, ErrorCode.INTERNAL, "The service failed; nothing was run", Map.of());
                return;
            }
            Operation operation = new Operation(id);
            operations.put(id, operation);
            // A subscription from a cursor replays what came after it before the live events, which a
            // subscriber joining later would not get: it runs alone.
            String key = checkedRequest.resumes() ? checkedRequest.request() + "#" + alone.incrementAndGet() : checkedRequest.request().toString();
            while (true) {
                Shared shared = running.computeIfAbsent(key, Shared::new);
                if (shared.join(operation)) {
                    operation.shared = shared;
                    shared.startOnce(checkedRequest.request(), state, headers);
                    return;
                }
                // It ended as this joined; start another.
                running.remove(key, shared);
            }
        }

        /** The request as SmallRye will run it, once it passes every check a request over HTTP passes. */
        private Checked check(JsonObject request) {
            String query = text(request, "query");
            String operationName = text(request, "operationName");
            JsonObject variables = object(request, "variables");
            JsonObject extensions = object(request, "extensions");
            query = persisted.queryFor(query, extensions);
            Document document = operationCheck.parse(query);
            OperationCheck.Checked checked = operationCheck.check(document, operationName, variables);
            if (checked.kind() != OperationDefinition.Operation.SUBSCRIPTION) {
                throw Refusal.of(ErrorCode.BAD_REQUEST, "Over WebSocket this API runs subscriptions; send queries and mutations by POST to "
                        + path + ".");
            }
            validation.check(document, checked.operation(), variables);
            if (operations.size() >= config.subscriptionsPerConnection()) {
                throw Refusal.limit(ErrorCode.TOO_MANY_SUBSCRIPTIONS, "This connection holds " + operations.size()
                        + " subscriptions, as many as one connection may; complete one first.", config.subscriptionsPerConnection(),
                        operations.size() + 1L);
            }
            // A subscription draws on the client's cost budget as a query does, once, when it starts:
            // its events are executed once for all who sent the same operation, not once per subscriber.
            Refusal overBudget = budget == null ? null : budget.takeSubscription(checked.cost());
            if (overBudget != null) {
                throw overBudget;
            }
            JsonObjectBuilder run = Json.createObjectBuilder().add("query", query);
            if (operationName != null) {
                run.add("operationName", operationName);
            }
            if (variables != null) {
                run.add("variables", variables);
            }
            return new Checked(run.build(), resumes(checked.operation(), variables));
        }

        /** The socket took what it had queued: each operation writes what waited for it. */
        private void drain() {
            vertx.cancelTimer(stallTimer);
            stallTimer = -1;
            for (Operation operation : List.copyOf(operations.values())) {
                operation.flush();
            }
        }

        /** An operation holds events back; a socket that does not drain within the stall time is closed. */
        private void stalled() {
            if (stallTimer < 0) {
                stallTimer = vertx.setTimer(config.stall().toMillis(), timer -> {
                    stallTimer = -1;
                    operations.values().stream().filter(Operation::holding).findFirst().ifPresent(operation -> slow(operation.id));
                });
            }
        }

        /**
         * Tells the subscriber it fell behind, out of turn (ahead of what is still queued), and
         * closes the socket: its other subscriptions share the same slow socket.
         */
        private void slow(String id) {
            if (socket.isClosed()) {
                return;
            }
            LOG.debugf("Closing a subscriber that fell behind: %s", id);
            socket.writeTextMessage(Json.createObjectBuilder().add("type", "error").add("id", id)
                    .add("payload", Json.createArrayBuilder().add(Json.createObjectBuilder().add("message", Live.fellBehind(config.buffer()))
                            .add("extensions", Json.createObjectBuilder().add("code", ErrorCode.SLOW_CONSUMER.name()))))
                    .build().toString());
            socket.close((short) 1013, "Fell too far behind");
        }

        private void send(JsonObjectBuilder message) {
            if (!socket.isClosed()) {
                socket.writeTextMessage(message.build().toString());
            }
        }

        private void error(String id, ErrorCode code, String text, Map<String, Object> extensions) {
            JsonObjectBuilder ext = Json.createObjectBuilder().add("code", code.name());
            extensions.forEach((name, value) -> ext.add(name, value instanceof Number number ? Json.createValue(number.longValue())
                    : value instanceof JsonValue json ? json : Json.createValue(String.valueOf(value))));
            send(Json.createObjectBuilder().add("type", "error").add("id", id)
                    .add("payload", Json.createArrayBuilder().add(Json.createObjectBuilder().add("message", text).add("extensions", ext))));
        }

        /**
         * One subscription of this socket: the events its shared execution hands it, written to the
         * socket while it takes them, held in its own buffer while it does not, and the socket
         * closed once that buffer is full.
         */
        private final class Operation {

            final String id;
            private final String prefix;
            private final java.util.ArrayDeque<String> held = new java.util.ArrayDeque<>();
            Shared shared;
            private boolean over;

            Operation(String id) {
                this.id = id;
                this.prefix = "{\"type\":\"next\",\"id\":" + Json.createValue(id) + ",\"payload\":";
            }

            /** An event's payload (the result as JSON), from the shared execution's thread. */
            void next(String payload) {
                boolean slow;
                synchronized (this) {
                    if (over) {
                        return;
                    }
                    String message = prefix + payload + "}";
                    if (held.isEmpty() && !socket.writeQueueFull()) {
                        socket.writeTextMessage(message);
                        return;
                    }
                    held.add(message);
                    slow = held.size() > config.buffer();
                }
                if (slow) {
                    slow(id);
                } else {
                    vertx.runOnContext(ignored -> stalled());
                }
            }

            synchronized void flush() {
                while (!held.isEmpty() && !socket.writeQueueFull()) {
                    socket.writeTextMessage(held.poll());
                }
            }

            synchronized boolean holding() {
                return !held.isEmpty();
            }

            /** The execution failed at its start (a bad subscription) or on the way; told as the protocol's error. */
            void failed(JsonArray errors) {
                if (end()) {
                    send(Json.createObjectBuilder().add("type", "error").add("id", id).add("payload", errors));
                }
            }

            void completed() {
                if (end()) {
                    flush();
                    send(Json.createObjectBuilder().add("type", "complete").add("id", id));
                }
            }

            /** Ends this operation once; false where it had ended. */
            private boolean end() {
                synchronized (this) {
                    if (over) {
                        return false;
                    }
                    over = true;
                }
                vertx.runOnContext(ignored -> operations.remove(id, this));
                return true;
            }

            void cancel() {
                synchronized (this) {
                    over = true;
                    held.clear();
                }
                if (shared != null) {
                    shared.leave(this);
                }
            }
        }
    }

    private record Checked(JsonObject request, boolean resumes) {
    }

    /** Whether a root field is given an {@code after} cursor (or the root is not plain fields, and may be). */
    static boolean resumes(OperationDefinition operation, JsonObject variables) {
        for (graphql.language.Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof graphql.language.Field field)) {
                return true;
            }
            for (graphql.language.Argument argument : field.getArguments()) {
                if (!argument.getName().equals("after")) {
                    continue;
                }
                graphql.language.Value<?> value = argument.getValue();
                if (value instanceof graphql.language.VariableReference variable) {
                    if (variables != null && variables.containsKey(variable.getName()) && !variables.isNull(variable.getName())) {
                        return true;
                    }
                } else if (!(value instanceof graphql.language.NullValue)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One execution of a subscription in SmallRye, shared by every subscriber on this replica that
     * sent the same operation and variables: each result is written as JSON once for all of them.
     * It ends when its last subscriber leaves.
     */
    private final class Shared implements Subscriber<ExecutionResult> {

        private final String key;
        private final java.util.Set<Connection.Operation> subscribers = ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile Subscription subscription;
        private boolean ended;

        Shared(String key) {
            this.key = key;
        }

        /** Adds a subscriber, unless this execution has ended. */
        synchronized boolean join(Connection.Operation operation) {
            if (ended) {
                return false;
            }
            subscribers.add(operation);
            return true;
        }

        void leave(Connection.Operation operation) {
            boolean last;
            synchronized (this) {
                subscribers.remove(operation);
                last = subscribers.isEmpty() && !ended;
                if (last) {
                    ended = true;
                }
            }
            if (last) {
                running.remove(key, this);
                if (subscription != null) {
                    subscription.cancel();
                }
            }
        }

        void startOnce(JsonObject request, InjectableContext.ContextState state, Map<String, List<String>> headers) {
            if (!started.compareAndSet(false, true)) {
                return;
            }
            Map<String, Object> metaData = new ConcurrentHashMap<>();
            metaData.put("runBlocking", false);
            metaData.put("httpHeaders", headers);
            metaData.put("state", state);
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate(state);
            try {
                executionService().executeAsync(request, metaData, this::started);
            } finally {
                requestContext.deactivate();
            }
        }

        /** SmallRye's answer to the subscribe: a stream of results, or errors (a bad subscription). */
        private void started(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            Object data = result == null ? null : result.getData();
            if (data instanceof Publisher<?> stream && (result.getErrors() == null || result.getErrors().isEmpty())) {
                @SuppressWarnings("unchecked")
                Publisher<ExecutionResult> results = (Publisher<ExecutionResult>) stream;
                results.subscribe(this);
                return;
            }
            JsonArray errors = response.getExecutionResultAsJsonObject().getJsonArray("errors");
            end().forEach(operation -> operation.failed(errors == null ? Json.createArrayBuilder().build() : errors));
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            this.subscription = subscription;
            boolean cancelled;
            synchronized (this) {
                cancelled = ended;
            }
            if (cancelled) {
                subscription.cancel();
            } else {
                subscription.request(1);
            }
        }

        /**
         * One event at a time: graphql-java executes the events it has been asked for side by side
         * and hands them on as each finishes, which would put a later commit before an earlier one.
         * Handing an event on costs only its writes to the subscribers' own buffers.
         */
        @Override
        public void onNext(ExecutionResult result) {
            String payload = new ExecutionResponse(result).getExecutionResultAsJsonObject().toString();
            for (Connection.Operation operation : subscribers) {
                operation.next(payload);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            ApiError error = apiError(failure);
            if (error == null) {
                LOG.error("A subscription failed", failure);
            }
            JsonArray errors = Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("message", error == null ? "The subscription failed; subscribe again from the last cursor received." : error.getMessage())
                    .add("extensions", Json.createObjectBuilder().add("code", (error == null ? ErrorCode.INTERNAL : error.code()).name())))
                    .build();
            end().forEach(operation -> operation.failed(errors));
        }

        @Override
        public void onComplete() {
            end().forEach(Connection.Operation::completed);
        }

        private List<Connection.Operation> end() {
            synchronized (this) {
                ended = true;
            }
            running.remove(key, this);
            return List.copyOf(subscribers);
        }
    }

    private static ApiError apiError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiError error) {
                return error;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static String string(JsonObject message, String name) {
        return message.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static String text(JsonObject request, String name) {
        JsonValue value = request.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw Refusal.of(ErrorCode.BAD_REQUEST, "'" + name + "' must be a string");
    }

    private static JsonObject object(JsonObject request, String name) {
        JsonValue value = request.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw Refusal.of(ErrorCode.BAD_REQUEST, "'" + name + "' must be a JSON object");
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
