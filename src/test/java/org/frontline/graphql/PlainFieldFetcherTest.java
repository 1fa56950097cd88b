package org.frontline.graphql;

import static io.restassured.RestAssured.given;
import static org.frontline.GraphQL.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.frontline.GraphQL;
import org.frontline.Seed;
import org.frontline.Tokens;
import org.frontline.Writes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Plain fields (record components) are read by {@link PlainFieldFetcher} instead of SmallRye's own
 * field fetcher, and answer exactly as before: the expected body below is what the service
 * answered, byte for byte, with SmallRye's fetcher. If a SmallRye or Quarkus upgrade stops asking
 * {@link PlainFieldFetchers} (or asks it for more or fewer fields), the counts fail.
 * <p>
 * It writes a strike with a time and a point, so it runs with the tests that write.
 */
@QuarkusTest
@TestProfile(Writes.class)
class PlainFieldFetcherTest {

    @Test
    void aStrikesFieldsOfEveryKindAreReadPlainlyAndAnswerAsWithSmallRyesFetcher() {
        String plant = Seed.regionId("Zaporizhzhia Nuclear Power Plant");
        String source = data("{ sources(first: 1) { edges { node { id } } } }").getString("data.sources.edges[0].node.id");
        String id = data("mutation($in: StrikeInput!) { createStrike(input: $in) { id } }",
                "{\"in\": {\"occurredOn\": \"2023-03-09\", \"occurredAt\": \"2023-03-09T05:17:30+02:00\", \"region\": \"" + plant + "\", "
                        + "\"latitude\": 47.5119, \"longitude\": 34.5858, \"weaponKind\": \"MISSILE\", \"weapon\": \"cruise missiles\", "
                        + "\"target\": \"the plant's last power line\", "
                        + "\"sources\": [{\"source\": \"" + source + "\", \"quote\": \"The plant lost its last power line.\"}]}}",
                Tokens.editor()).getString("data.createStrike.id");

        long before = PlainFieldFetcher.served();
        String body = body("query($id: ID!) { strike(id: $id) { id occurredOn occurredAt latitude longitude weaponKind weapon target "
                + "description killed killedQualifier injured injuredQualifier version retiredAt retiredReason weaponSupplier { id } "
                + "region { id name kind names latitude longitude } } }", "{\"id\": \"" + id + "\"}");
        long served = PlainFieldFetcher.served() - before;

        // IDs as strings, a Date and a DateTime as SmallRye writes them (the time in UTC, as stored),
        // Floats, enums, an Int, nulls, a List of Strings, a nested record.
        assertEquals("{\"data\":{\"strike\":{\"id\":\"" + id + "\",\"occurredOn\":\"2023-03-09\",\"occurredAt\":\"2023-03-09T03:17:30Z\","
                + "\"latitude\":47.5119,\"longitude\":34.5858,\"weaponKind\":\"MISSILE\",\"weapon\":\"cruise missiles\","
                + "\"target\":\"the plant's last power line\",\"description\":null,\"killed\":null,\"killedQualifier\":null,"
                + "\"injured\":null,\"injuredQualifier\":null,\"version\":0,\"retiredAt\":null,\"retiredReason\":null,\"weaponSupplier\":null,"
                + "\"region\":{\"id\":\"" + plant + "\",\"name\":\"Zaporizhzhia Nuclear Power Plant\",\"kind\":\"FACILITY\","
                + "\"names\":[\"Europe's largest nuclear power plant\",\"Europe’s largest nuclear power plant\",\"ZNPP\",\"Zaporizhzhia NPP\","
                + "\"Zaporizhzhia Nuclear Power Plant\",\"Zaporozhye Nuclear Power Plant\"],\"latitude\":47.5079,\"longitude\":34.5858}}}}",
                body);
        // The strike's 17 fields (weaponSupplier, a plain record component, included) and the region's 6.
        // strike itself is a query and region a @Source resolver: both stay SmallRye's.
        assertEquals(17 + 6, served, "fields read by PlainFieldFetcher");
    }

    @Test
    void aConnectionsEdgesCursorsAndPageInfoAreReadPlainlyToo() {
        String city = Seed.regionId("Zaporizhzhia");
        long before = PlainFieldFetcher.served();
        JsonPath json = data("query($r: ID) { strikes(filter: {region: $r, to: \"2022-12-31\"}, first: 1) { totalCount "
                + "edges { cursor node { id occurredOn weaponKind killed killedQualifier } } "
                + "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
                "{\"r\": \"" + city + "\"}");
        long served = PlainFieldFetcher.served() - before;

        String strike = "data.strikes.edges[0].node.";
        assertEquals(1, json.getInt("data.strikes.totalCount"));
        assertEquals("2022-09-30", json.getString(strike + "occurredOn"));
        assertEquals("MISSILE", json.getString(strike + "weaponKind"));
        assertEquals(25, json.getInt(strike + "killed"));
        assertEquals("EXACT", json.getString(strike + "killedQualifier"));
        assertFalse(json.getString(strike + "id").isEmpty());
        assertEquals(List.of(false, false), List.of(json.getBoolean("data.strikes.pageInfo.hasNextPage"),
                json.getBoolean("data.strikes.pageInfo.hasPreviousPage")));
        assertEquals(json.getString("data.strikes.edges[0].cursor"), json.getString("data.strikes.pageInfo.startCursor"));
        assertEquals(json.getString("data.strikes.edges[0].cursor"), json.getString("data.strikes.pageInfo.endCursor"));
        // totalCount, edges, pageInfo; the edge's cursor and node; the node's 5; pageInfo's 4.
        assertEquals(3 + 2 + 5 + 4, served, "fields read by PlainFieldFetcher");
    }

    /** The answer as the client receives it, byte for byte. */
    private static String body(String query, String variables) {
        return given().contentType(ContentType.JSON).body(GraphQL.body(query, variables)).when().post("/graphql")
                .then().statusCode(200).extract().asString();
    }
}
