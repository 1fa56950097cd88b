package org.frontline.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.frontline.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** The import as an upload over real HTTP: for editors only, the same report as JSON, dry run included. */
@QuarkusTest
@TestProfile(Imported.Profile.class)
class ImportUploadTest {

    @Inject
    DataSource data;

    @Test
    void withoutATokenOrWithoutTheRoleTheUploadIsRefusedInTheApisErrorShape() throws Exception {
        byte[] file = Imported.bytes("acled-upload.csv");
        JsonPath anonymous = given().body(file).post("/import/acled").then().statusCode(401).extract().jsonPath();
        assertEquals("UNAUTHENTICATED", anonymous.getString("errors[0].extensions.code"));
        JsonPath reader = given().auth().oauth2(Tokens.reader()).body(file).post("/import/acled").then().statusCode(403).extract().jsonPath();
        assertEquals("FORBIDDEN", reader.getString("errors[0].extensions.code"));
        JsonPath unknown = given().auth().oauth2(Tokens.editor()).body(file).post("/import/gdelt").then().statusCode(404).extract().jsonPath();
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));
        assertEquals(0, Imported.count(data, "select count(*) from external_key where external_id like 'UKR300_'"));
    }

    @Test
    void anEditorsUploadAnswersTheReportAndADryRunWritesNothing() throws Exception {
        byte[] file = Imported.bytes("acled-upload.csv");
        long history = Imported.count(data, "select count(*) from history");
        JsonPath dry = given().auth().oauth2(Tokens.editor()).body(file).queryParam("dryRun", "true").queryParam("name", "odesa.csv")
                .post("/import/acled").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(true, 1, 1), List.of(dry.getBoolean("dryRun"), dry.getInt("added"), dry.getInt("refused")));
        assertEquals(3, dry.getInt("refusals[0].line"));
        assertEquals("longitude \"thirty\" is not a number", dry.getString("refusals[0].reason"));
        assertEquals(history, Imported.count(data, "select count(*) from history"));

        JsonPath done = given().auth().oauth2(Tokens.editor()).body(file).queryParam("name", "odesa.csv")
                .post("/import/acled").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(false, 1, 0, 1), List.of(done.getBoolean("dryRun"), done.getInt("added"), done.getInt("unchanged"), done.getInt("refused")));
        // The history names the editor the token names, and the strike stands in the seed's Odesa.
        assertEquals("Odesa", Imported.text(data, "select r.name from strike s join region r on r.id = s.region_id"
                + " where s.id = (select fact_id from external_key where external_id = 'UKR3001')"));
        assertEquals(1, Imported.count(data, "select count(*) from history h where h.fact_kind = 'STRIKE' and h.action = 'CREATE'"
                + " and h.changed_by = 'editor-ed'"
                + " and h.fact_id = (select fact_id from external_key where external_id = 'UKR3001')"));
    }
}
