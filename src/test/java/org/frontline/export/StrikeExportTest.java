package org.frontline.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.frontline.GraphQL;
import org.frontline.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

/** The strikes a filter selects, as CSV and GeoJSON, over real HTTP from the seed and rows added here. */
@QuarkusTest
class StrikeExportTest {

    @Inject
    Pool pool;

    @TestHTTPResource("/export/strikes.csv")
    URI csvUrl;

    @AfterEach
    void removeAddedRegion() {
        pool.query("delete from strike where region_id in (select id from region where name = 'Exportland')").execute().await().indefinitely();
        pool.query("delete from region where name = 'Exportland'").execute().await().indefinitely();
    }

    private static List<String> csvLines(Response response) {
        return List.of(response.asString().split("\r\n"));
    }

    @Test
    void theSeedsStrikesAsCsvWithTheirFiguresQualifiersAndQuotedSources() {
        Response response = given().when().get("/export/strikes.csv").then().statusCode(200).extract().response();
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertEquals("attachment; filename=\"strikes.csv\"", response.header("Content-Disposition"));
        List<String> lines = csvLines(response);
        assertEquals("id,occurred_on,occurred_at,region_id,region,region_path,latitude,longitude,weapon_kind,weapon,target,killed,"
                + "killed_qualifier,injured,injured_qualifier,retired_at,attributions,sources", lines.get(0));
        assertEquals(count("select count(*) from strike where retired_at is null") + 1, lines.size());
        String zaporizhzhia = lines.stream().filter(line -> line.contains(",Zaporizhzhia,")).findFirst().orElseThrow();
        assertTrue(zaporizhzhia.contains(",25,"), zaporizhzhia);
        assertTrue(zaporizhzhia.contains(",Ukraine > Zaporizhzhia Oblast > Zaporizhzhia,"), zaporizhzhia);
        // A quote holding a comma and double quotes is one cell, its quotes doubled (RFC 4180).
        assertTrue(zaporizhzhia.contains("\"\"according to the Prosecutor General's Office\"\""), zaporizhzhia);
    }

    @Test
    void theSameStrikesAsGeoJsonPointsWithTheirSourcesAsProperties() {
        Response response = given().accept("application/geo+json").when().get("/export/strikes").then().statusCode(200).extract().response();
        assertEquals("application/geo+json", response.contentType());
        JsonPath json = response.jsonPath();
        assertEquals("FeatureCollection", json.getString("type"));
        List<Map<String, Object>> features = json.getList("features");
        assertEquals(count("select count(*) from strike where retired_at is null"), features.size());
        Map<String, Object> strike = features.stream()
                .filter(f -> "Zaporizhzhia".equals(((Map<?, ?>) f.get("properties")).get("region"))).findFirst().orElseThrow();
        assertEquals("Point", ((Map<?, ?>) strike.get("geometry")).get("type"));
        assertEquals(List.of(35.1396f, 47.8388f), ((Map<?, ?>) strike.get("geometry")).get("coordinates"), "longitude first, as GeoJSON has it");
        Map<?, ?> properties = (Map<?, ?>) strike.get("properties");
        assertEquals(25, properties.get("killed"));
        List<?> sources = (List<?>) properties.get("sources");
        assertTrue(sources.stream().anyMatch(s -> ((Map<?, ?>) s).get("quote").toString().contains("killing its passengers")), sources.toString());
    }

    @Test
    void theFilterIsTheStrikesLists() {
        String zaporizhzhia = Seed.regionId("Zaporizhzhia");
        JsonPath listed = GraphQL.data("query($r: ID) { strikes(filter: {region: $r, from: \"2022-09-01\", to: \"2022-09-30\"}) { edges { node { id } } } }",
                "{\"r\": \"" + zaporizhzhia + "\"}");
        List<String> ids = csvLines(given().queryParam("region", zaporizhzhia).queryParam("from", "2022-09-01").queryParam("to", "2022-09-30")
                .when().get("/export/strikes.csv").then().statusCode(200).extract().response())
                .stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
        assertTrue(!ids.isEmpty(), "the seed has a strike in Zaporizhzhia that September");
        assertEquals(listed.getList("data.strikes.edges.node.id"), ids, "the same strikes in the same order");
        // A box around Odesa only.
        List<String> inBox = csvLines(given().queryParam("within", "30.5,46.3,31,46.7").when().get("/export/strikes.csv")
                .then().statusCode(200).extract().response());
        assertEquals(2, inBox.size(), inBox.toString());
        assertTrue(inBox.get(1).contains(",Odesa,"), inBox.get(1));
    }

    @Test
    void anExportOfThousandsComesWholeAcrossManyCursorFetches() {
        long region = pool.query("insert into region (name, kind) values ('Exportland', 'COUNTRY') returning id").execute()
                .await().indefinitely().iterator().next().getLong(0);
        pool.query("insert into strike (occurred_on, region_id, weapon_kind, killed, killed_qualifier) select date '2021-01-01' + (g % 300), "
                + region + ", 'DRONE', g % 7, 'EXACT' from generate_series(1, 1721) g").execute().await().indefinitely();
        List<String> lines = csvLines(given().queryParam("region", region).when().get("/export/strikes.csv").then().statusCode(200).extract().response());
        assertEquals(1722, lines.size());
        assertEquals(1721, lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).distinct().count(), "each strike once");
    }

    @Test
    void clientsThatLeaveMidExportGiveTheirConnectionsBack() throws Exception {
        long region = pool.query("insert into region (name, kind) values ('Exportland', 'COUNTRY') returning id").execute()
                .await().indefinitely().iterator().next().getLong(0);
        pool.query("insert into strike (occurred_on, region_id, weapon_kind) select date '2021-01-01' + (g % 300), "
                + region + ", 'DRONE' from generate_series(1, 2000) g").execute().await().indefinitely();
        HttpClient client = HttpClient.newHttpClient();
        // More than the pool holds, each leaving after its first line.
        for (int i = 0; i < 24; i++) {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(csvUrl + "?region=" + region)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                assertTrue(reader.readLine().startsWith("id,"));
            }
        }
        // No cursor is left open in a transaction nobody reads.
        long open = -1;
        for (int wait = 0; wait < 50 && open != 0; wait++) {
            Thread.sleep(wait == 0 ? 0 : 100);
            open = count("select count(*) from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'");
        }
        assertEquals(0, open, "connections left in a transaction by exports whose clients left");
        // Still answered: the exports that were left gave back their connections and their places.
        GraphQL.data("{ strikes(first: 1) { edges { node { id } } } }");
        assertEquals(200, given().queryParam("region", region).queryParam("from", "2021-01-01").queryParam("to", "2021-01-01")
                .when().get("/export/strikes.csv").statusCode());
    }

    @Test
    void badParametersAreRefusedWithACodeAndTheParameter() {
        JsonPath badDate = given().queryParam("from", "2022-02-30").when().get("/export/strikes.csv").then().statusCode(400).extract().jsonPath();
        assertEquals("BAD_ARGUMENT", badDate.getString("errors[0].extensions.code"));
        assertEquals("from", badDate.getString("errors[0].extensions.argument"));
        JsonPath unknown = given().queryParam("colour", "red").when().get("/export/strikes.geojson").then().statusCode(400).extract().jsonPath();
        assertEquals("colour", unknown.getString("errors[0].extensions.argument"));
        assertTrue(unknown.getString("errors[0].message").contains("minKilled"), "names the parameters it takes");
        JsonPath kind = given().queryParam("weaponKind", "CATAPULT").when().get("/export/strikes.csv").then().statusCode(400).extract().jsonPath();
        assertTrue(kind.getString("errors[0].message").contains("MISSILE"));
        JsonPath box = given().queryParam("within", "1,2,3").when().get("/export/strikes.csv").then().statusCode(400).extract().jsonPath();
        assertEquals("within", box.getString("errors[0].extensions.argument"));
        JsonPath reversed = given().queryParam("from", "2023-01-02").queryParam("to", "2023-01-01").when().get("/export/strikes.csv")
                .then().statusCode(400).extract().jsonPath();
        assertEquals("BAD_ARGUMENT", reversed.getString("errors[0].extensions.code"));
        given().accept("image/png").when().get("/export/strikes").then().statusCode(406);
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }
}
