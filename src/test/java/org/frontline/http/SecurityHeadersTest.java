package org.frontline.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The headers a browser is told to obey. The API's answers (data, refusals, the schema) allow no
 * content of any kind and no framing; the playground's page allows its own scripts, styles and
 * fonts from this server and queries to it, and nothing from anywhere else, so it must load every
 * part of itself from here. That it actually runs under its policy in a browser was checked by
 * hand in headless Chromium (README, "Browsers, compression and security headers").
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI root;

    @Test
    void everyKindOfApiAnswerCarriesThem() throws Exception {
        String query = "{\"query\": \"{ strikes(first: 1) { totalCount } }\"}";
        List<HttpResponse<String>> answers = List.of(
                send(HttpRequest.newBuilder(root.resolve("/graphql")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(query))),
                // A refusal by the guard, answered before SmallRye sees the request (415).
                send(HttpRequest.newBuilder(root.resolve("/graphql")).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(query))),
                send(HttpRequest.newBuilder(root.resolve("/graphql/schema.graphql")).GET()),
                send(HttpRequest.newBuilder(root.resolve("/q/health/ready")).GET()));
        assertEquals(List.of(200, 415, 200, 200), answers.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> answer : answers) {
            String where = answer.request().method() + " " + answer.uri().getPath() + " " + answer.statusCode();
            HttpHeaders headers = answer.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), where);
            assertEquals(List.of(API_POLICY), headers.allValues("Content-Security-Policy"), where);
        }
    }

    @Test
    void thePlaygroundMayLoadOnlyFromThisServer() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(root.resolve("/q/graphql-ui/")).GET());
        assertEquals(200, page.statusCode());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(null));
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String policy = policies.get(0);
        for (String directive : new String[] { "default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'",
                "base-uri 'none'", "form-action 'none'" }) {
            assertThat(policy, containsString(directive));
        }
        assertThat("no script may be inline or evaluated", policy.replaceAll(".*script-src ([^;]*).*", "$1"), not(containsString("unsafe")));
        assertThat("no other origin", policy, not(containsString("http")));

        // Every script and stylesheet the page names is this server's, and is there.
        List<String> parts = new ArrayList<>();
        Matcher reference = Pattern.compile("<(?:script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]+)\"").matcher(withoutComments(page.body()));
        while (reference.find()) {
            parts.add(reference.group(1));
        }
        assertFalse(parts.isEmpty(), page.body());
        for (String part : parts) {
            URI resolved = page.uri().resolve(part);
            assertEquals(root.getAuthority(), resolved.getAuthority(), part + " is loaded from elsewhere");
            HttpResponse<String> loaded = send(HttpRequest.newBuilder(resolved).GET());
            assertEquals(200, loaded.statusCode(), part);
            assertEquals(policy, loaded.headers().firstValue("Content-Security-Policy").orElse(null), part);
        }
    }

    @Test
    void theMapPageMayLoadOnlyFromThisServer() throws Exception {
        for (String path : List.of("/", "/index.html")) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(root.resolve(path)).GET());
            assertEquals(200, page.statusCode(), path);
            assertThat(path, page.body(), containsString("<title>Frontline"));
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals(List.of("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                    + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"), page.headers().allValues("Content-Security-Policy"), path);

            List<String> parts = new ArrayList<>();
            Matcher reference = Pattern.compile("<(?:script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]+)\"").matcher(withoutComments(page.body()));
            while (reference.find()) {
                parts.add(reference.group(1));
            }
            assertEquals(List.of("assets/app.css", "assets/app.js"), parts, path);
            for (String part : parts) {
                URI resolved = page.uri().resolve(part);
                assertEquals(root.getAuthority(), resolved.getAuthority(), part + " is loaded from elsewhere");
                HttpResponse<String> loaded = send(HttpRequest.newBuilder(resolved).GET());
                assertEquals(200, loaded.statusCode(), part);
                assertFalse(loaded.body().isBlank(), part);
            }
        }
    }

    private static String withoutComments(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
