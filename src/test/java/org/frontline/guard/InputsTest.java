package org.frontline.guard;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import graphql.Scalars;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLScalarType;

/**
 * Whether a value fits its GraphQL type, checked before anything runs, and what a client is told
 * when it does not: the path, what was given, and what the type takes. Literals in the query and
 * variables' JSON values follow the same rules.
 */
@Tag("plain")
class InputsTest {

    private static final GraphQLScalarType DATE = Scalars.GraphQLString.transform(scalar -> scalar.name("Date"));
    private static final GraphQLScalarType DATE_TIME = Scalars.GraphQLString.transform(scalar -> scalar.name("DateTime"));
    private static final GraphQLScalarType BIG_DECIMAL = Scalars.GraphQLString.transform(scalar -> scalar.name("BigDecimal"));
    private static final GraphQLEnumType WEAPON_KIND = GraphQLEnumType.newEnum().name("WeaponKind").value("MISSILE").value("DRONE")
            .build();
    private static final GraphQLInputObjectType CASUALTIES = GraphQLInputObjectType.newInputObject().name("CasualtyInput")
            .field(field -> field.name("reportedOn").type(nonNull(DATE)))
            .field(field -> field.name("killed").type(Scalars.GraphQLInt).defaultValueProgrammatic(0))
            .field(field -> field.name("note").type(Scalars.GraphQLString))
            .build();

    private static final String INT = "an Int (a whole number from -2147483648 to 2147483647)";
    private static final String A_DATE = "a Date (a calendar date written YYYY-MM-DD, such as 2022-09-30)";

    @Test
    void anIntRunsFromMinusTwoToTheThirtyFirstToTwoToTheThirtyFirstLessOne() {
        for (String fits : List.of("2147483647", "-2147483648", "0")) {
            assertNull(Inputs.literal(new IntValue(new BigInteger(fits)), Scalars.GraphQLInt, "first", false, null), fits);
            assertNull(Inputs.json(Json.createValue(new BigDecimal(fits)), Scalars.GraphQLInt, "$n"), fits);
        }
        assertEquals("first is " + INT + ", not 2147483648.",
                Inputs.literal(new IntValue(new BigInteger("2147483648")), Scalars.GraphQLInt, "first", false, null));
        assertEquals("first is " + INT + ", not -2147483649.",
                Inputs.literal(new IntValue(new BigInteger("-2147483649")), Scalars.GraphQLInt, "first", false, null));
        assertEquals("$n is " + INT + ", not 2147483648.", Inputs.json(Json.createValue(2147483648L), Scalars.GraphQLInt, "$n"));
        assertEquals("$n is " + INT + ", not 99999999999999999999999.",
                Inputs.json(Json.createValue(new BigInteger("99999999999999999999999")), Scalars.GraphQLInt, "$n"));
    }

    @Test
    void anIntIsAWholeNumberAndNeverItsText() {
        assertNull(Inputs.json(Json.createValue(new BigDecimal("5.0")), Scalars.GraphQLInt, "$n"), "a JSON number with no fraction");
        assertEquals("$n is " + INT + ", not 5.5.", Inputs.json(Json.createValue(new BigDecimal("5.5")), Scalars.GraphQLInt, "$n"));
        assertEquals("$n is " + INT + ", not \"5\".", Inputs.json(Json.createValue("5"), Scalars.GraphQLInt, "$n"));
        assertEquals("first is " + INT + ", not 5.5.",
                Inputs.literal(new FloatValue(new BigDecimal("5.5")), Scalars.GraphQLInt, "first", false, null));
        assertEquals("first is " + INT + ", not \"5\".", Inputs.literal(new StringValue("5"), Scalars.GraphQLInt, "first", false, null));
        assertEquals("$n is " + INT + ", not true.", Inputs.json(JsonValue.TRUE, Scalars.GraphQLInt, "$n"));
    }

    @Test
    void aDateIsARealCalendarDateWrittenYyyyMmDd() {
        for (String date : List.of("2022-09-30", "2024-02-29", "2000-02-29", "2023-12-31")) {
            assertNull(Inputs.json(Json.createValue(date), DATE, "$on"), date);
            assertNull(Inputs.literal(new StringValue(date), DATE, "on", false, null), date);
        }
        for (String notADate : List.of("2023-02-29", "1900-02-29", "2022-09-31", "2022-13-01", "2022-9-30", "2022-09-30T00:00:00Z",
                "20220930", "30.09.2022", "", " 2022-09-30")) {
            assertEquals("$on is " + A_DATE + ", not \"" + notADate + "\".", Inputs.json(Json.createValue(notADate), DATE, "$on"),
                    notADate);
        }
        assertEquals("on is " + A_DATE + ", not 20220930.", Inputs.literal(new IntValue(BigInteger.valueOf(20220930)), DATE, "on", false, null));
    }

    @Test
    void aDateTimeCarriesItsOffsetFromUtc() {
        for (String time : List.of("2022-09-30T14:05:00+03:00", "2022-09-30T14:05:00Z", "2022-09-30T14:05+03:00",
                "2022-09-30T14:05:00.123456-05:00")) {
            assertNull(Inputs.json(Json.createValue(time), DATE_TIME, "$at"), time);
        }
        for (String noOffset : List.of("2022-09-30T14:05:00", "2022-09-30", "2022-09-30 14:05:00+03:00", "2022-09-30T25:00:00Z")) {
            assertEquals("$at is a DateTime (a date and time with its offset from UTC, such as 2022-09-30T14:05:00+03:00), not \""
                    + noOffset + "\".", Inputs.json(Json.createValue(noOffset), DATE_TIME, "$at"), noOffset);
        }
    }

    @Test
    void aBigDecimalIsANumberOrTheTextOfOne() {
        assertNull(Inputs.json(Json.createValue(60), BIG_DECIMAL, "$km"));
        assertNull(Inputs.json(Json.createValue(new BigDecimal("12.5")), BIG_DECIMAL, "$km"));
        assertNull(Inputs.json(Json.createValue("12.5"), BIG_DECIMAL, "$km"));
        assertNull(Inputs.json(Json.createValue(" 12.5 "), BIG_DECIMAL, "$km"), "surrounding spaces are trimmed");
        assertNull(Inputs.literal(new FloatValue(new BigDecimal("12.5")), BIG_DECIMAL, "km", false, null));
        for (String notANumber : List.of("twelve", "", "12,5", "NaN", "0x10")) {
            assertEquals("$km is a BigDecimal (a decimal number such as 60 or 12.5), not \"" + notANumber + "\".",
                    Inputs.json(Json.createValue(notANumber), BIG_DECIMAL, "$km"), notANumber);
        }
        assertEquals("km is a BigDecimal (a decimal number such as 60 or 12.5), not true.",
                Inputs.literal(new BooleanValue(true), BIG_DECIMAL, "km", false, null));
    }

    @Test
    void anEnumIsOneOfItsValuesAsASymbolInTheQueryAndAsAStringInVariables() {
        assertNull(Inputs.literal(new EnumValue("MISSILE"), WEAPON_KIND, "kind", false, null));
        assertEquals("kind is one of MISSILE, DRONE, not \"MISSILE\".",
                Inputs.literal(new StringValue("MISSILE"), WEAPON_KIND, "kind", false, null));
        assertEquals("kind is one of MISSILE, DRONE, not TANK.", Inputs.literal(new EnumValue("TANK"), WEAPON_KIND, "kind", false, null));
        assertNull(Inputs.json(Json.createValue("DRONE"), WEAPON_KIND, "$kind"));
        assertEquals("$kind is one of MISSILE, DRONE, not \"drone\".", Inputs.json(Json.createValue("drone"), WEAPON_KIND, "$kind"));
        assertEquals("$kind is one of MISSILE, DRONE, not 1.", Inputs.json(Json.createValue(1), WEAPON_KIND, "$kind"));
    }

    @Test
    void aListIsCheckedElementByElementAndASingleValueIsAListOfOne() {
        GraphQLInputType kinds = list(nonNull(WEAPON_KIND));
        assertNull(Inputs.literal(ArrayValue.newArrayValue().value(new EnumValue("MISSILE")).value(new EnumValue("DRONE")).build(),
                kinds, "kinds", false, null));
        assertEquals("kinds[1] is one of MISSILE, DRONE, not TANK.", Inputs.literal(
                ArrayValue.newArrayValue().value(new EnumValue("MISSILE")).value(new EnumValue("TANK")).build(), kinds, "kinds", false, null));
        assertEquals("kinds[0] is required, and null was given.",
                Inputs.literal(ArrayValue.newArrayValue().value(NullValue.of()).build(), kinds, "kinds", false, null));
        assertNull(Inputs.literal(new EnumValue("DRONE"), kinds, "kinds", false, null));
        assertEquals("$kinds[2] is one of MISSILE, DRONE, not \"TANK\".",
                Inputs.json(Json.createArrayBuilder().add("DRONE").add("MISSILE").add("TANK").build(), kinds, "$kinds"));
        assertNull(Inputs.json(Json.createValue("DRONE"), kinds, "$kinds"));
    }

    @Test
    void anInputObjectNamesAnUnknownFieldAMissingOneAndABadValueByItsPath() {
        assertNull(Inputs.json(Json.createObjectBuilder().add("reportedOn", "2022-09-30").build(), CASUALTIES, "$in"),
                "killed has a default");
        assertEquals("$in has no field 'wounded': a CasualtyInput has reportedOn, killed, note.",
                Inputs.json(Json.createObjectBuilder().add("reportedOn", "2022-09-30").add("wounded", 3).build(), CASUALTIES, "$in"));
        assertEquals("$in.reportedOn is required (Date!), and was not given.",
                Inputs.json(Json.createObjectBuilder().add("killed", 3).build(), CASUALTIES, "$in"));
        assertEquals("$in.reportedOn is " + A_DATE + ", not \"2022-02-30\".",
                Inputs.json(Json.createObjectBuilder().add("reportedOn", "2022-02-30").build(), CASUALTIES, "$in"));
        assertEquals("in.killed is " + INT + ", not 2147483648.", Inputs.literal(object(
                new ObjectField("reportedOn", new StringValue("2022-09-30")), new ObjectField("killed", new IntValue(new BigInteger("2147483648")))),
                CASUALTIES, "in", false, null));
        assertEquals("$in is a CasualtyInput object with the fields reportedOn, killed, note, not \"x\".",
                Inputs.json(Json.createValue("x"), CASUALTIES, "$in"));
    }

    @Test
    void nullIsRefusedWhereTheTypeIsNonNullOrWouldOverrideADefault() {
        assertEquals("in.reportedOn is required, and null was given.", Inputs.literal(object(
                new ObjectField("reportedOn", NullValue.of())), CASUALTIES, "in", false, null));
        assertEquals("in.killed has a default, and null was given: leave it out to use the default.", Inputs.literal(object(
                new ObjectField("reportedOn", new StringValue("2022-09-30")), new ObjectField("killed", NullValue.of())),
                CASUALTIES, "in", false, null));
        assertNull(Inputs.literal(object(new ObjectField("reportedOn", new StringValue("2022-09-30")), new ObjectField("note", NullValue.of())),
                CASUALTIES, "in", false, null), "a nullable field without a default may be null");
        assertEquals("$in.reportedOn is required, and null was given.",
                Inputs.json(Json.createObjectBuilder().addNull("reportedOn").build(), CASUALTIES, "$in"));
    }

    @Test
    void aVariableIsCheckedByItsOwnValueOnlyWhereItIsNullOverADefault() {
        JsonObject variables = Json.createObjectBuilder().addNull("first").add("other", 5).build();
        assertEquals("first has a default, and $first is null: leave it out to use the default.",
                Inputs.literal(new VariableReference("first"), Scalars.GraphQLInt, "first", true, variables));
        assertNull(Inputs.literal(new VariableReference("first"), Scalars.GraphQLInt, "first", false, variables));
        assertNull(Inputs.literal(new VariableReference("other"), Scalars.GraphQLInt, "first", true, variables));
        assertNull(Inputs.literal(new VariableReference("first"), Scalars.GraphQLInt, "first", true, null));
    }

    @Test
    void anIdIsAStringOrAWholeNumber() {
        assertNull(Inputs.json(Json.createValue("15"), Scalars.GraphQLID, "$id"));
        assertNull(Inputs.json(Json.createValue(15), Scalars.GraphQLID, "$id"));
        assertEquals("$id is an ID (a string such as \"15\"), not 1.5.", Inputs.json(Json.createValue(new BigDecimal("1.5")), Scalars.GraphQLID, "$id"));
        assertEquals("$id is an ID (a string such as \"15\"), not true.", Inputs.json(JsonValue.TRUE, Scalars.GraphQLID, "$id"));
    }

    @Test
    void aLongGivenValueIsCutToSixtyCharactersInTheMessage() {
        String given = "x".repeat(100);
        assertEquals("$on is " + A_DATE + ", not \"" + "x".repeat(59) + "....", Inputs.json(Json.createValue(given), DATE, "$on"));
    }

    private static ObjectValue object(ObjectField... fields) {
        return ObjectValue.newObjectValue().objectFields(List.of(fields)).build();
    }

}
