package org.frontline;

import static io.restassured.RestAssured.given;
import static org.frontline.GraphQL.data;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The schema explains itself to an analyst in the playground, and can be downloaded. */
@QuarkusTest
class SchemaTest {

    @Test
    void everyTypeFieldArgumentAndValueHasADescription() {
        List<Map<String, Object>> types = data("{ __schema { types { name kind description "
                + "fields { name description args { name description } } inputFields { name description } "
                + "enumValues { name description } } } }").getList("data.__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || "SCALAR".equals(type.get("kind"))) {
                continue;
            }
            if (!name.equals("Query") && blank(type.get("description"))) {
                undescribed.add(name);
            }
            for (Map<String, Object> field : list(type, "fields")) {
                if (blank(field.get("description"))) {
                    undescribed.add(name + "." + field.get("name"));
                }
                for (Map<String, Object> arg : list(field, "args")) {
                    if (blank(arg.get("description"))) {
                        undescribed.add(name + "." + field.get("name") + "(" + arg.get("name") + ")");
                    }
                }
            }
            for (String part : List.of("inputFields", "enumValues")) {
                for (Map<String, Object> value : list(type, part)) {
                    if (blank(value.get("description"))) {
                        undescribed.add(name + "." + value.get("name"));
                    }
                }
            }
        }
        assertEquals(List.of(), undescribed);
    }

    @Test
    void theSchemaIsDownloadableAsSdlAndThePlaygroundIsServed() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .contentType("text/plain; charset=UTF-8")
                .body(containsString("type Strike"), containsString("killedQualifier"), containsString("input StrikeFilter"),
                        containsString("scalar Date @specifiedBy(url : \"https://scalars.graphql.org/andimarek/local-date.html\")"));
        given().when().get("/q/graphql-ui/").then().statusCode(200);
    }

    /** The schema changes only with a new version of the service: a client that has it need not download it again. */
    @Test
    void aClientThatHasTheSchemaIsToldItIsStillCurrent() {
        String etag = given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .header("Cache-Control", "public, no-cache").extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/graphql/schema.graphql").then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"an older one\"").when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type Strike"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> owner, String key) {
        Object value = owner.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static boolean blank(Object description) {
        return description == null || description.toString().isBlank();
    }
}
