package org.frontline.ops;

import static io.restassured.RestAssured.given;
import static org.frontline.GraphQL.data;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics tells an operator, in Prometheus' format, which GraphQL operations ran and how the pools fare. */
@QuarkusTest
class MetricsTest {

    @Test
    void theOperationsRunAreTimedPerRootField() {
        data("{ sanctions(first: 1) { totalCount } }");
        data("{ leaders(first: 1) { edges { node { name } } } }");

        String metrics = metrics();
        // SmallRye GraphQL names each timer after the field it resolved; root fields are the
        // operations (source="false"), nested ones are tagged source="true".
        assertTrue(count(metrics, "mp_graphql_seconds_count{name=\"sanctions\",source=\"false\",type=\"QUERY\"}") >= 1, metrics);
        assertTrue(count(metrics, "mp_graphql_seconds_count{name=\"leaders\",source=\"false\",type=\"QUERY\"}") >= 1, metrics);
        // The field that was never asked for has no timer.
        assertTrue(count(metrics, "mp_graphql_seconds_count{name=\"strikeTotalsByPeriod\",source=\"false\",type=\"QUERY\"}") < 0);
    }

    @Test
    void eachRequestIsCountedAgain() {
        String before = metrics();
        data("{ events { id } }");
        data("{ events { id } }");
        String after = metrics();
        String events = "mp_graphql_seconds_count{name=\"events\",source=\"false\",type=\"QUERY\"}";
        assertTrue(count(after, events) - Math.max(0, count(before, events)) == 2, after);
    }

    @Test
    void theReadPathsStatementsAndBothPoolsAreReported() {
        data("{ strikes(first: 1) { totalCount } }");
        String metrics = metrics();
        assertTrue(count(metrics, "frontline_sql_statements_total") >= 1, metrics);
        // The reactive pool that serves reads, and the JDBC pool Flyway uses.
        assertTrue(count(metrics, "sql_pool_completed_total{pool_name=\"__vertx.DEFAULT\",pool_type=\"sql\"}") >= 1, metrics);
        assertTrue(metrics.contains("agroal_active_count{datasource=\"default\"}"), metrics);
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE")).extract().asString();
    }

    /** The value of the sample with exactly this name and these labels, or -1 where there is none. */
    private static double count(String metrics, String sample) {
        Matcher value = Pattern.compile("^" + Pattern.quote(sample) + " ([0-9.eE+-]+)", Pattern.MULTILINE).matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : -1;
    }
}
