package org.frontline.guard;

import static org.frontline.guard.ResponseType.GRAPHQL_JSON;
import static org.frontline.guard.ResponseType.GRAPHQL_RESPONSE_JSON;
import static org.frontline.guard.ResponseType.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.HeaderParser;
import io.vertx.ext.web.impl.ParsableHeaderValuesContainer;
import io.vertx.ext.web.impl.ParsableMIMEValue;

/**
 * The type a response is written in, from the Accept header: the first JSON type in the client's
 * order of preference (q values first), graphql-response+json for *&#47;* or no header, none (406)
 * where the client accepts neither. The header is parsed and sorted by Vert.x Web's own parser, as
 * the router does, with no server.
 */
@Tag("plain")
class ResponseTypeTest {

    @Test
    void noAcceptHeaderOrAnEmptyOneIsAnsweredInGraphqlResponseJson() {
        assertEquals(GRAPHQL_RESPONSE_JSON, chosenFor(null));
        assertEquals(GRAPHQL_RESPONSE_JSON, chosenFor(""));
        assertEquals(GRAPHQL_RESPONSE_JSON, chosenFor("  "));
    }

    @Test
    void eachJsonTypeAskedForAloneIsAnsweredInThatType() {
        assertEquals(JSON, chosenFor("application/json"));
        assertEquals(JSON, chosenFor("application/json; charset=utf-8"));
        assertEquals(GRAPHQL_RESPONSE_JSON, chosenFor("application/graphql-response+json"));
        assertEquals(GRAPHQL_JSON, chosenFor("application/graphql+json"));
    }

    @Test
    void anyTypeIsAnsweredInGraphqlResponseJson() {
        assertEquals(GRAPHQL_RESPONSE_JSON, chosenFor("*/*"));
        assertEquals(GRAPHQL_RESPONSE_JSON, chosenFor("text/html, */*;q=0.8"));
    }

    @Test
    void theClientsPreferenceDecidesWhereItAcceptsBothJsonTypes() {
        assertEquals(GRAPHQL_RESPONSE_JSON, chosenFor("application/graphql-response+json, application/json;q=0.9"));
        assertEquals(JSON, chosenFor("application/json, application/graphql-response+json;q=0.9"));
        assertEquals(GRAPHQL_RESPONSE_JSON, chosenFor("application/json;q=0.5, application/graphql-response+json"),
                "a higher q wins whatever the order written");
        assertEquals(JSON, chosenFor("text/html, application/json;q=0.9, */*;q=0.8"));
    }

    @Test
    void aClientThatAcceptsNoJsonTypeIsAnsweredWithNone() {
        assertNull(chosenFor("text/html"));
        assertNull(chosenFor("text/html, application/xml;q=0.9"));
    }

    @Test
    void onlyPlainJsonAnswersARefusalWith200AndEveryTypeIsWrittenInUtf8() {
        assertFalse(JSON.refusesWithStatus());
        assertTrue(GRAPHQL_RESPONSE_JSON.refusesWithStatus());
        assertTrue(GRAPHQL_JSON.refusesWithStatus());
        assertEquals("application/json; charset=utf-8", JSON.contentType());
        assertEquals("application/graphql-response+json; charset=utf-8", GRAPHQL_RESPONSE_JSON.contentType());
        assertEquals("application/graphql+json; charset=utf-8", GRAPHQL_JSON.contentType());
    }

    /** The type chosen for a request with this Accept header (null: no header), parsed as Vert.x Web's router parses it. */
    private static ResponseType chosenFor(String accept) {
        List<MIMEHeader> accepted = HeaderParser.sort(HeaderParser.convertToParsedHeaderValues(accept, ParsableMIMEValue::new));
        ParsableHeaderValuesContainer parsed = new ParsableHeaderValuesContainer(accepted, List.of(), List.of(), List.of(), null);
        HttpServerRequest request = (HttpServerRequest) Proxy.newProxyInstance(HttpServerRequest.class.getClassLoader(),
                new Class<?>[] { HttpServerRequest.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getHeader") && "accept".equalsIgnoreCase(args[0].toString())) {
                        return accept;
                    }
                    throw new UnsupportedOperationException(method.toString());
                });
        RoutingContext context = (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] { RoutingContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "parsedHeaders" -> parsed;
                    case "request" -> request;
                    default -> throw new UnsupportedOperationException(method.toString());
                });
        return ResponseType.of(context);
    }
}
