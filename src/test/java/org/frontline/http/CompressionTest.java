package org.frontline.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Answers are gzipped for a client that accepts it, from a kilobyte up: the schema download and
 * large GraphQL answers in either JSON type, never a small answer, never for a client that did not
 * ask. Java's own HTTP client is used because it does not decompress, so the bytes on the wire
 * are what the test sees.
 */
@QuarkusTest
class CompressionTest {

    /** The seed's strikes with their sources: about 4 KB of JSON. */
    private static final String LARGE = "{ strikes(first: 50) { edges { node { id description killed region { name }"
            + " sources { quote source { title url publisher } } } } } }";
    /** A count: a few dozen bytes. */
    private static final String SMALL = "{ strikes(first: 1) { totalCount } }";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TestHTTPResource("/graphql")
    URI graphql;

    @TestHTTPResource("/graphql/schema.graphql")
    URI schema;

    @Test
    void theSchemaDownloadIsGzippedAndUnpacksToTheSdl() throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(schema).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        assertVariesByEncoding(response);
        String sdl = gunzip(response.body());
        assertThat(sdl, containsString("type Strike {"));
        assertThat("the SDL is some 50 KB and shrinks to a quarter or less", response.body().length * 4, lessThan(sdl.length()));
    }

    @Test
    void aLargeAnswerIsGzippedInEitherJsonType() throws Exception {
        for (String accept : new String[] { "application/graphql-response+json", "application/json" }) {
            HttpResponse<byte[]> response = post(LARGE, accept, "gzip, deflate");
            assertEquals(200, response.statusCode(), accept);
            assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString(accept));
            assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""), accept);
            assertVariesByEncoding(response);
            String json = gunzip(response.body());
            assertThat(json.length(), greaterThanOrEqualTo(Compression.MIN_BYTES));
            JsonObject answer = Json.createReader(new StringReader(json)).readObject();
            assertEquals(4, answer.getJsonObject("data").getJsonObject("strikes").getJsonArray("edges").size(), json);
        }
    }

    @Test
    void aSmallAnswerIsSentAsItIs() throws Exception {
        HttpResponse<byte[]> response = post(SMALL, "application/json", "gzip");
        assertEquals(200, response.statusCode());
        assertNotEncoded(response);
        String json = new String(response.body(), UTF_8);
        assertThat(json.length(), lessThan(Compression.MIN_BYTES));
        assertEquals(4, Json.createReader(new StringReader(json)).readObject().getJsonObject("data").getJsonObject("strikes")
                .getInt("totalCount"));
        // Whether it is compressed depends on Accept-Encoding for larger answers to the same URL.
        assertVariesByEncoding(response);
    }

    @Test
    void nothingIsCompressedForAClientThatDidNotAsk() throws Exception {
        HttpResponse<byte[]> answer = post(LARGE, "application/json", null);
        assertEquals(200, answer.statusCode());
        assertNotEncoded(answer);
        assertTrue(Json.createReader(new StringReader(new String(answer.body(), UTF_8))).readObject().containsKey("data"));

        HttpResponse<byte[]> sdl = CLIENT.send(HttpRequest.newBuilder(schema).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertNotEncoded(sdl);
        assertThat(new String(sdl.body(), UTF_8), containsString("type Strike {"));
    }

    private HttpResponse<byte[]> post(String query, String accept, String acceptEncoding) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("query", query).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertNotEncoded(HttpResponse<byte[]> response) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
        assertEquals("identity", encoding);
        assertFalse(response.body().length >= 2 && (response.body()[0] & 0xff) == 0x1f && (response.body()[1] & 0xff) == 0x8b,
                "the body starts as gzip does");
    }

    private static void assertVariesByEncoding(HttpResponse<?> response) {
        assertTrue(response.headers().allValues("Vary").stream().flatMap(vary -> Arrays.stream(vary.split(",")))
                .anyMatch(name -> name.trim().equalsIgnoreCase("Accept-Encoding")), "Vary: " + response.headers().allValues("Vary"));
    }

    private static String gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
