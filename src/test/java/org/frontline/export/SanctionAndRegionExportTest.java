package org.frontline.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

/** Sanctions with their targets, and regions with their control and claims on a date, exported from the seed. */
@QuarkusTest
class SanctionAndRegionExportTest {

    @Inject
    Pool pool;

    @Test
    void sanctionsAsCsvOneLinePerTargetWithTheirQuotedSources() {
        Response response = given().when().get("/export/sanctions.csv").then().statusCode(200).extract().response();
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        assertEquals("attachment; filename=\"sanctions.csv\"", response.header("Content-Disposition"));
        List<String> lines = List.of(response.asString().split("\r\n"));
        assertEquals("id,authority,title,programme,announced_on,lifted_on,stated_target_count,stated_target_count_qualifier,retired_at,"
                + "target_id,target_name,target_kind,target_leader_id,delisted_on,sources,target_sources", lines.get(0));
        long expected = number("select count(*) from sanction s left join sanction_target t on t.sanction_id = s.id and t.retired_at is null"
                + " where s.retired_at is null");
        assertEquals(expected + 1, lines.size());
        String nabiullina = lines.stream().filter(line -> line.contains("Elvira Nabiullina")).findFirst().orElseThrow();
        assertTrue(nabiullina.contains(",United States,US sanctions over the annexation of four Ukrainian regions,,2022-09-30,,1000,MORE_THAN,"),
                nabiullina);
        assertTrue(nabiullina.contains(",PERSON,"), nabiullina);
        // The sanction's sources and the target's, each with the sentence quoted.
        assertTrue(nabiullina.contains("\u201c"), nabiullina);
    }

    @Test
    void sanctionsTakeTheSanctionListsFilterAndSayWhatIsWrongWithABadOne() {
        String unitedStates = String.valueOf(number("select id from actor where name = 'United States'"));
        List<String> byAuthority = List.of(given().queryParam("authority", unitedStates).when().get("/export/sanctions.csv").then()
                .statusCode(200).extract().asString().split("\r\n"));
        assertTrue(byAuthority.size() > 1);
        assertTrue(byAuthority.stream().skip(1).allMatch(line -> line.contains(",United States,")), String.join("\n", byAuthority));
        assertEquals(1, given().queryParam("from", "2030-01-01").when().get("/export/sanctions.csv").then().statusCode(200)
                .extract().asString().split("\r\n").length, "the header only");

        JsonPath unknown = given().queryParam("weaponKind", "MISSILE").when().get("/export/sanctions.csv").then().statusCode(400)
                .extract().jsonPath();
        assertEquals("BAD_ARGUMENT", unknown.getString("errors[0].extensions.code"));
        assertEquals("weaponKind", unknown.getString("errors[0].extensions.argument"));
        assertTrue(unknown.getString("errors[0].message").contains("authority, from, includeRetired, target, targetName, to"),
                unknown.getString("errors[0].message"));
        JsonPath badDate = given().queryParam("to", "last week").when().get("/export/sanctions.csv").then().statusCode(400).extract().jsonPath();
        assertEquals("to", badDate.getString("errors[0].extensions.argument"));
        // Sanctions have no place: no GeoJSON, and a client asking for it is told what there is.
        JsonPath noMap = given().accept("application/geo+json").when().get("/export/sanctions").then().statusCode(406).extract().jsonPath();
        assertEquals("BAD_REQUEST", noMap.getString("errors[0].extensions.code"));
        assertTrue(noMap.getString("errors[0].message").contains("/export/sanctions.csv"), noMap.getString("errors[0].message"));
        given().when().get("/export/sanctions.geojson").then().statusCode(404);
    }

    @Test
    void regionsAsGeoJsonWithWhoHeldAndWhoClaimedThemOnADate() {
        JsonPath onTheDay = given().queryParam("kind", "OBLAST").queryParam("name", "Zaporozhye").queryParam("on", "2022-09-30")
                .when().get("/export/regions.geojson").then().statusCode(200).contentType("application/geo+json").extract().jsonPath();
        assertEquals("FeatureCollection", onTheDay.getString("type"));
        Map<String, Object> oblast = onTheDay.getMap("features.find { it.properties.name == 'Zaporizhzhia Oblast' }.properties");
        assertEquals("2022-09-30", oblast.get("on"));
        assertEquals(List.of(Map.of("controller", "Russia", "extent", "PART", "since", "2022-03-01")),
                ((List<?>) oblast.get("control")).stream().map(c -> withoutNulls((Map<?, ?>) c)).toList());
        assertEquals("Russia", ((Map<?, ?>) ((List<?>) oblast.get("claims")).get(0)).get("claimant"));
        // The day before the annexation, the same control and no claim.
        JsonPath dayBefore = given().queryParam("kind", "OBLAST").queryParam("name", "Zaporozhye").queryParam("on", "2022-09-29")
                .when().get("/export/regions.geojson").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), dayBefore.getList("features.find { it.properties.name == 'Zaporizhzhia Oblast' }.properties.claims"));
        assertEquals("Russia", dayBefore.getString("features.find { it.properties.name == 'Zaporizhzhia Oblast' }.properties.control[0].controller"));
    }

    @Test
    void regionsAsCsvWithinAnOblastWithTheirPointsAndControllers() {
        String oblast = String.valueOf(number("select id from region where name = 'Zaporizhzhia Oblast'"));
        List<String> lines = List.of(given().queryParam("within", oblast).queryParam("on", "2022-09-30").when().get("/export/regions.csv")
                .then().statusCode(200).extract().asString().split("\r\n"));
        assertEquals("id,name,kind,parent_id,parent,latitude,longitude,retired_at,on_date,control,claims", lines.get(0));
        String city = lines.stream().filter(line -> line.contains(",Zaporizhzhia,CITY,")).findFirst().orElseThrow();
        // A cell holding a comma is quoted (RFC 4180).
        assertTrue(city.contains(",Zaporizhzhia Oblast,47.8388,35.1396,,2022-09-30,\"Ukraine (FULL, since 2022-09-30)\","), city);
        String plant = lines.stream().filter(line -> line.contains("Nuclear Power Plant")).findFirst().orElseThrow();
        assertTrue(plant.contains("Russia (FULL, since 2022-09-30)"), plant);
        // Without a date, today's.
        String today = given().queryParam("within", oblast).when().get("/export/regions.csv").then().statusCode(200).extract().asString()
                .split("\r\n")[1];
        assertTrue(today.contains("," + LocalDate.now() + ","), today);
        JsonPath badKind = given().queryParam("kind", "PROVINCE").when().get("/export/regions.csv").then().statusCode(400).extract().jsonPath();
        assertEquals("kind", badKind.getString("errors[0].extensions.argument"));
        assertTrue(badKind.getString("errors[0].message").contains("OBLAST"), badKind.getString("errors[0].message"));
    }

    private static Map<Object, Object> withoutNulls(Map<?, ?> map) {
        Map<Object, Object> kept = new java.util.HashMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private long number(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }
}
