package org.frontline.error;

import static org.frontline.GraphQL.data;
import static org.frontline.GraphQL.response;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Bad input is told apart clearly: what was wrong, where, with a stable code, and nothing internal. */
@QuarkusTest
class ErrorTest {

    @Test
    void negativePageSize() {
        refused("{ strikes(first: -1) { totalCount } }", "BAD_ARGUMENT", "first", "between 0 and 100");
        refused("{ regions(last: -5) { totalCount } }", "BAD_ARGUMENT", "last", "between 0 and 100");
        refused("{ regions(first: 2, last: 2) { totalCount } }", "BAD_ARGUMENT", "last", "not both");
        refused("{ regions(first: 5) { edges { node { strikes(first: -1) { id } } } } }", "BAD_ARGUMENT", "first", "between 0 and 100");
        refused("{ sources { edges { node { citations(first: 0) { quote } } } } }", "BAD_ARGUMENT", "first", "between 1 and 500");
        refused("{ strikes(first: 2) { edges { node { sources(first: 101) { quote } } } } }", "BAD_ARGUMENT", "first", "between 0 and 100");
        refused("{ strike(id: \"1\") { attributions(first: -1) { status } } }", "BAD_ARGUMENT", "first", "between 0 and 100");
        refused("{ regions(first: 2) { edges { node { children(first: 500) { id } } } } }", "BAD_ARGUMENT", "first", "between 0 and 100");
        refused("{ strikeTotalsByPeriod(period: DAY, first: 5000) { periodStart } }", "BAD_ARGUMENT", "first", "between 0 and 1200");
    }

    @Test
    void reversedDateRanges() {
        refused("{ strikes(filter: {from: \"2022-10-01\", to: \"2022-09-01\"}) { totalCount } }", "BAD_ARGUMENT", "filter.to", "reversed");
        refused("{ sanctions(filter: {from: \"2022-10-01\", to: \"2022-09-01\"}) { totalCount } }", "BAD_ARGUMENT", "filter.to", "reversed");
        refused("{ strikeTotalsByPeriod(period: DAY, filter: {from: \"2022-10-01\", to: \"2022-09-01\"}) { periodStart } }",
                "BAD_ARGUMENT", "filter.to", "reversed");
        refused("{ events(from: \"2023-01-01\", to: \"2022-01-01\") { title } }", "BAD_ARGUMENT", "to", "reversed");
        refused("{ regions(first: 3) { edges { node { strikeTotals(from: \"2023-01-01\", to: \"2022-01-01\") { strikes } } } } }",
                "BAD_ARGUMENT", "to", "reversed");
    }

    @Test
    void malformedIds() {
        refused("{ strike(id: \"abc\") { id } }", "BAD_ID", "id", "'abc' is not a valid id");
        refused("{ region(id: \"-3\") { id } }", "BAD_ID", "id", "not a valid id");
        refused("{ strikes(filter: {region: \"1; drop table strike\"}) { totalCount } }", "BAD_ID", "filter.region", "not a valid id");
        refused("{ regions(filter: {controlledBy: \"Russia\"}) { totalCount } }", "BAD_ID", "filter.controlledBy", "not a valid id");
        refused("{ sanctions(filter: {authority: \"99999999999999999999\"}) { totalCount } }", "BAD_ID", "filter.authority", "not a valid id");
    }

    @Test
    void malformedCursors() {
        refused("{ strikes(after: \"not-a-cursor\") { totalCount } }", "BAD_CURSOR", "after", "not a cursor this API issued");
        String tooShort = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v1,NAME,Zelensky".getBytes());
        refused("{ leaders(before: \"" + tooShort + "\") { totalCount } }", "BAD_CURSOR", "before", "not a cursor this API issued");
        // A well-formed cursor whose value is not of its key's type.
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v1,NEWEST_FIRST,yesterday,1".getBytes());
        refused("{ strikes(after: \"" + forged + "\") { totalCount } }", "BAD_CURSOR", "after", "not a cursor this API issued");
    }

    @Test
    void outOfRangeFilters() {
        refused("{ strikes(filter: {minKilled: -1}) { totalCount } }", "BAD_ARGUMENT", "filter.minKilled", "negative");
        refused("{ strikes(filter: {within: {south: 50, west: 30, north: 40, east: 35}}) { totalCount } }", "BAD_ARGUMENT",
                "filter.within", "south <= north");
        refused("{ strikes(filter: {within: {south: 40, west: 30, north: 50, east: 200}}) { totalCount } }", "BAD_ARGUMENT",
                "filter.within", "west <= east <= 180");
    }

    @Test
    void aCharacterTheDatabaseCannotTakeIsABadArgumentNotAFaultOfTheService() {
        // GraphQL's and JSON's escape for a NUL byte: valid in both, but no PostgreSQL text can hold the byte.
        refused("{ regions(filter: {name: \"a\\u0000b\"}) { totalCount } }", "BAD_ARGUMENT", null, "NUL character");
        JsonPath variable = response("query($name: String) { leaders(filter: {name: $name}) { totalCount } }", "{\"name\": \"a\\u0000b\"}", null);
        assertEquals("BAD_ARGUMENT", variable.getString("errors[0].extensions.code"));
    }

    @Test
    void anUnknownIdIsNullNotAnError() {
        JsonPath json = data("{ strike(id: \"987654\") { id } region(id: \"987654\") { id } leader(id: \"987654\") { id } sanction(id: \"987654\") { id } source(id: \"987654\") { id } }");
        assertNull(json.get("data.strike"));
        assertNull(json.get("data.region"));
        assertNull(json.get("data.leader"));
        assertNull(json.get("data.sanction"));
        assertNull(json.get("data.source"));
    }

    @Test
    void aMistypedArgumentIsABadArgumentWithItsPlace() {
        JsonPath json = response("{ strikes(first: \"ten\") { totalCount } }");
        assertEquals("BAD_ARGUMENT", json.getString("errors[0].extensions.code"));
        assertEquals("first", json.getString("errors[0].extensions.argument"));
        assertEquals(1, json.getInt("errors[0].locations[0].line"));
        assertEquals(11, json.getInt("errors[0].locations[0].column"));
        assertEquals("strikes: first is an Int (a whole number from -2147483648 to 2147483647), not \"ten\".",
                json.getString("errors[0].message"));
        assertThat(json.prettify(), not(containsString("StringValue")));
    }

    private static void refused(String query, String code, String argument, String messagePart) {
        JsonPath json = response(query);
        assertEquals(code, json.getString("errors[0].extensions.code"), query);
        assertEquals(argument, json.getString("errors[0].extensions.argument"), query);
        assertThat(json.getString("errors[0].message"), containsString(messagePart));
        String whole = json.prettify();
        assertThat(whole, not(containsString("Exception")));
        assertThat(whole, not(containsString("org.frontline")));
        assertThat(whole, not(containsString("java.")));
        assertThat(whole.toLowerCase(), not(containsString("select ")));
    }
}
