package org.frontline.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * An HTTP/1.1 client over a plain socket, for requests no well-behaved client library would send:
 * invalid UTF-8, a body larger than the server reads, a chunked body with no length. The body is
 * written on another thread while this one reads, so a server that answers 413 and closes before
 * reading the whole body is still heard. {@link #send} calls {@code whenWritten} once the whole
 * request has left (or the server stopped taking it): the moment the request is in flight.
 */
final class RawHttp {

    /** What came back: status 0 when nothing did; {@code failure} says why (timeout, reset). */
    record Answer(int status, String body, Duration took, String failure) {

        boolean timedOut() {
            return failure != null && failure.startsWith("no answer within");
        }
    }

    /** The most of a response body kept: the old server answered some hostile requests with tens of MB. */
    private static final int MAX_RESPONSE = 32 << 20;

    private final URI endpoint;
    private final ExecutorService writers;

    RawHttp(URI endpoint, ExecutorService writers) {
        this.endpoint = endpoint;
        this.writers = writers;
    }

    Answer send(String method, String pathAndQuery, byte[] body, Map<String, String> headers, boolean chunked,
            Duration timeout, Runnable whenWritten) {
        long began = System.nanoTime();
        long deadline = began + timeout.toNanos();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 2000);
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(endpoint.getHost()).append(':').append(endpoint.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Void> written = CompletableFuture.runAsync(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                    if (body != null && chunked) {
                        for (int at = 0; at < body.length; at += 8192) {
                            int n = Math.min(8192, body.length - at);
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                            out.write(body, at, n);
                            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        }
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    } else if (body != null) {
                        out.write(body);
                    }
                    out.flush();
                } catch (IOException stoppedTaking) {
                    // The server answered (413) and closed before reading it all; the reader hears why.
                }
            }, writers);
            written.whenComplete((nothing, error) -> whenWritten.run());
            byte[] response = read(socket, deadline);
            if (response == null) {
                return new Answer(0, "", since(began), "no answer within " + timeout.toMillis() + " ms");
            }
            return parse(response, since(began));
        } catch (IOException e) {
            return new Answer(0, "", since(began), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The whole response (the server closes the connection after it), or null past the deadline. */
    private static byte[] read(Socket socket, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            socket.setSoTimeout((int) Math.max(1, left));
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                return null;
            } catch (IOException reset) {
                if (response.size() > 0) {
                    return response.toByteArray();
                }
                throw reset;
            }
            if (n < 0 || response.size() > MAX_RESPONSE) {
                return response.toByteArray();
            }
            response.write(buffer, 0, n);
        }
    }

    private static Answer parse(byte[] response, Duration took) {
        int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            return new Answer(0, "", took, "no complete HTTP response (" + response.length + " bytes)");
        }
        String head = new String(response, 0, end, StandardCharsets.ISO_8859_1);
        String[] statusLine = head.split("\r\n", 2)[0].split(" ");
        int status = Integer.parseInt(statusLine[1]);
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = dechunk(body);
        }
        return new Answer(status, new String(body, StandardCharsets.UTF_8), took, null);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int from = lineEnd + 2;
            out.write(chunked, from, Math.min(size, chunked.length - from));
            at = from + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        return indexOf(bytes, 0, what);
    }

    private static int indexOf(byte[] bytes, int from, byte[] what) {
        outer:
        for (int i = from; i <= bytes.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Duration since(long began) {
        return Duration.ofNanos(System.nanoTime() - began);
    }
}
