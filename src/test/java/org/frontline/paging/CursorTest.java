package org.frontline.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A cursor carries its order's name and the sort values of one row, and gives them back only for
 * that order; anything a client made up or altered is refused as BAD_CURSOR, naming the argument,
 * never as a failure of the service.
 */
@Tag("plain")
class CursorTest {

    @Test
    void aCursorGivesBackTheValuesItWasMadeOfAsText() {
        String cursor = Cursor.encode("occurredOn", List.of(LocalDate.parse("2022-10-10"), 4711L));
        assertEquals(List.of("2022-10-10", "4711"), Cursor.decode(cursor, "occurredOn", 2, "after"));
    }

    @Test
    void aCursorIsBase64UrlWithoutPaddingOfItsVersionOrderAndValues() {
        String cursor = Cursor.encode("name", List.of("Kyiv", 7));
        assertEquals("v1,name,Kyiv,7", new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        assertEquals(-1, cursor.indexOf('='));
    }

    @Test
    void textWithCommasPercentSignsAndLettersOfAnyScriptSurvivesTheRoundTrip() {
        String name = "Kyiv, city of 50% \"~\" + Київ/Киев & more";
        String cursor = Cursor.encode("name", List.of(name, 3L));
        assertEquals(List.of(name, "3"), Cursor.decode(cursor, "name", 2, "after"));
        assertEquals(-1, cursor.indexOf('+'), "url-safe: no + or / to escape in a query string");
        assertEquals(-1, cursor.indexOf('/'));
    }

    @Test
    void aCursorOfAnotherOrderIsRefusedWithBothOrdersNamed() {
        String cursor = Cursor.encode("name", List.of("Kyiv", 7L));
        ApiError refused = assertThrows(ApiError.class, () -> Cursor.decode(cursor, "occurredOn", 2, "before"));
        assertEquals(ErrorCode.BAD_CURSOR, refused.code());
        assertEquals("before", refused.getExtensions().get("argument"));
        assertEquals("The cursor given as before was issued for the order name, not occurredOn: ask again from the first page.",
                refused.getMessage());
    }

    @Test
    void garbageAndTamperedCursorsAreRefusedAsNotIssuedByThisApi() {
        Map<String, String> cursors = Map.of(
                "not base64 at all", "!!not a cursor!!",
                "standard base64's + and /", "a+b/",
                "the empty string", "",
                "base64 of plain text", base64("hello"),
                "another version", base64("v2,name,Kyiv,7"),
                "a value too few", base64("v1,name,Kyiv"),
                "a value too many", base64("v1,name,Kyiv,7,8"),
                "bytes that are not UTF-8", Base64.getUrlEncoder().encodeToString(new byte[] { (byte) 0xff, (byte) 0xfe, 0 }));
        cursors.forEach((what, cursor) -> {
            ApiError refused = assertThrows(ApiError.class, () -> Cursor.decode(cursor, "name", 2, "after"), what);
            assertEquals(ErrorCode.BAD_CURSOR, refused.code(), what);
            assertEquals("The cursor given as after is not a cursor this API issued.", refused.getMessage(), what);
        });
    }

    @Test
    void aValueWithABrokenPercentEscapeIsRefusedAsNotIssuedByThisApi() {
        for (String value : List.of("%zz", "50%", "%", "%4")) {
            ApiError refused = assertThrows(ApiError.class, () -> Cursor.decode(base64("v1,name," + value + ",7"), "name", 2, "after"),
                    value);
            assertEquals(ErrorCode.BAD_CURSOR, refused.code(), value);
            assertEquals("The cursor given as after is not a cursor this API issued.", refused.getMessage(), value);
        }
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
