package org.frontline.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * A graphql-transport-ws client as plain as the protocol: it sends the messages a test writes and
 * keeps every message the server sends, in order, for the test to take. The close code, once the
 * server closes, is a message too: {"type": "closed", "code": ..., "reason": ...}.
 */
public final class LiveClient implements AutoCloseable {

    private static final Vertx VERTX = Vertx.vertx();

    final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final java.util.Map<String, java.util.Deque<JsonObject>> aside = new java.util.HashMap<>();
    final WebSocket socket;
    private final WebSocketClient client;

    private LiveClient(WebSocketClient client, WebSocket socket) {
        this.client = client;
        this.socket = socket;
    }

    /** Connects to the GraphQL endpoint at {@code url} (http://host:port/graphql), without connection_init. */
    static LiveClient open(String url, int receiveBuffer) throws Exception {
        return open(url, receiveBuffer, java.util.Map.of());
    }

    /** Connects with these headers on the upgrade request (a proxy's X-Forwarded-For, say). */
    static LiveClient open(String url, int receiveBuffer, java.util.Map<String, String> headers) throws Exception {
        URI uri = URI.create(url);
        WebSocketClientOptions options = new WebSocketClientOptions().setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 24);
        if (receiveBuffer > 0) {
            options.setReceiveBufferSize(receiveBuffer);
        }
        WebSocketClient client = VERTX.createWebSocketClient(options);
        WebSocketConnectOptions connect = new WebSocketConnectOptions().setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getPath()).addSubProtocol(LiveSocket.PROTOCOL);
        headers.forEach(connect::addHeader);
        CompletableFuture<LiveClient> opened = new CompletableFuture<>();
        client.connect(connect).onComplete(result -> {
            if (result.failed()) {
                opened.completeExceptionally(result.cause());
                return;
            }
            LiveClient live = new LiveClient(client, result.result());
            live.socket.textMessageHandler(text -> live.received.add(new JsonObject(text)));
            live.socket.closeHandler(closed -> live.received.add(new JsonObject().put("type", "closed")
                    .put("code", live.socket.closeStatusCode()).put("reason", live.socket.closeReason())));
            opened.complete(live);
        });
        return opened.get(10, TimeUnit.SECONDS);
    }

    /** Connects and completes the handshake. */
    public static LiveClient connect(String url) throws Exception {
        return connect(url, java.util.Map.of());
    }

    /** Connects with these headers on the upgrade request, and completes the handshake. */
    public static LiveClient connect(String url, java.util.Map<String, String> headers) throws Exception {
        LiveClient live = open(url, 0, headers);
        live.send(new JsonObject().put("type", "connection_init"));
        assertEquals("connection_ack", live.next(10).getString("type"));
        return live;
    }

    void send(JsonObject message) {
        socket.writeTextMessage(message.encode());
    }

    public void subscribe(String id, String query, JsonObject variables) {
        JsonObject payload = new JsonObject().put("query", query);
        if (variables != null) {
            payload.put("variables", variables);
        }
        send(new JsonObject().put("type", "subscribe").put("id", id).put("payload", payload));
    }

    /** The next message, waiting up to {@code seconds}; fails the test when none comes. */
    public JsonObject next(int seconds) throws InterruptedException {
        JsonObject message = received.poll(seconds, TimeUnit.SECONDS);
        assertNotNull(message, "no message from the server within " + seconds + " s");
        return message;
    }

    /**
     * The payload's data of the next message for operation {@code id}, which must be a "next".
     * Messages of other operations that come first are kept for their own turn: the order between
     * two subscriptions is not the protocol's to keep.
     */
    JsonObject nextData(String id, int seconds) throws InterruptedException {
        java.util.Deque<JsonObject> mine = aside.computeIfAbsent(id, key -> new java.util.ArrayDeque<>());
        JsonObject message = mine.poll();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (message == null) {
            JsonObject any = received.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertNotNull(any, "no message for " + id + " within " + seconds + " s");
            if (id.equals(any.getString("id")) || "closed".equals(any.getString("type"))) {
                message = any;
            } else {
                aside.computeIfAbsent(any.getString("id"), key -> new java.util.ArrayDeque<>()).add(any);
            }
        }
        if (!"next".equals(message.getString("type")) || !id.equals(message.getString("id"))) {
            fail("expected the next event of " + id + ", got " + message.encode());
        }
        return message.getJsonObject("payload").getJsonObject("data");
    }

    /** Asserts that nothing arrives for {@code millis}. */
    void nothingFor(long millis) throws InterruptedException {
        JsonObject message = received.poll(millis, TimeUnit.MILLISECONDS);
        if (message != null) {
            fail("expected nothing, got " + message.encode());
        }
    }

    @Override
    public void close() {
        socket.close();
        client.close();
    }
}
