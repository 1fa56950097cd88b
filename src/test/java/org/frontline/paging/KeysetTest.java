package org.frontline.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.frontline.db.Where;
import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A keyset order: how it sorts in either direction, the cursor it gives each row, and the one row
 * comparison it adds for "after this cursor", with the cursor's values as typed parameters.
 */
@Tag("plain")
class KeysetTest {

    record Item(LocalDate on, long id, String name) {
    }

    private final Keyset<Item> newestFirst = Keyset.descending("occurredOn",
            SortKey.ofDate("s.occurred_on", Item::on), SortKey.ofLong("s.id", Item::id));
    private final Keyset<Item> byName = Keyset.ascending("name",
            SortKey.ofText("lower(r.name)", Item::name), SortKey.ofLong("r.id", Item::id));

    @Test
    void forwardsEveryKeySortsInTheOrdersDirectionAndBackwardsInTheOpposite() {
        assertEquals("s.occurred_on desc, s.id desc", newestFirst.orderBy(false));
        assertEquals("s.occurred_on asc, s.id asc", newestFirst.orderBy(true));
        assertEquals("lower(r.name) asc, r.id asc", byName.orderBy(false));
        assertEquals("lower(r.name) desc, r.id desc", byName.orderBy(true));
    }

    @Test
    void afterACursorIsOneRowComparisonOnAllKeysWithTypedParameters() {
        String cursor = newestFirst.cursor(new Item(LocalDate.parse("2023-03-09"), 4711L, "ignored"));
        Where where = new Where().and("s.retired_at is null");
        newestFirst.after(where, cursor, false, "after");
        assertEquals("s.retired_at is null and (s.occurred_on, s.id) < ($1, $2)", where.sql());
        assertEquals(List.of(LocalDate.parse("2023-03-09"), 4711L), values(where.args()));
    }

    @Test
    void readingBackwardsComparesTheOtherWay() {
        Where descending = new Where();
        newestFirst.after(descending, newestFirst.cursor(new Item(LocalDate.parse("2023-03-09"), 1L, "")), true, "before");
        assertEquals("(s.occurred_on, s.id) > ($1, $2)", descending.sql());

        Where ascending = new Where();
        byName.after(ascending, byName.cursor(new Item(null, 9L, "Kharkiv, oblast")), false, "after");
        assertEquals("(lower(r.name), r.id) > ($1, $2)", ascending.sql());
        assertEquals(List.of("Kharkiv, oblast", 9L), values(ascending.args()));

        Where ascendingBackwards = new Where();
        byName.after(ascendingBackwards, byName.cursor(new Item(null, 9L, "Kharkiv")), true, "before");
        assertEquals("(lower(r.name), r.id) < ($1, $2)", ascendingBackwards.sql());
    }

    @Test
    void aCursorOfAnotherOrderAddsNoConditionAndIsRefused() {
        Where where = new Where();
        String nameCursor = byName.cursor(new Item(null, 9L, "Kharkiv"));
        ApiError refused = assertThrows(ApiError.class, () -> newestFirst.after(where, nameCursor, false, "after"));
        assertEquals(ErrorCode.BAD_CURSOR, refused.code());
        assertEquals("true", where.sql());
    }

    @Test
    void aCursorWhoseValuesDoNotParseAsTheKeysTypesIsRefused() {
        for (String tampered : List.of("v1,occurredOn,2023-02-30,1", "v1,occurredOn,2023-03-09,x", "v1,occurredOn,,1",
                "v1,occurredOn,2023-03-09,99999999999999999999")) {
            ApiError refused = assertThrows(ApiError.class, () -> newestFirst.after(new Where(), base64(tampered), false, "after"),
                    tampered);
            assertEquals(ErrorCode.BAD_CURSOR, refused.code(), tampered);
            assertEquals("The cursor given as after is not a cursor this API issued.", refused.getMessage(), tampered);
        }
    }

    @Test
    void anIntKeyRefusesAValueBeyondAnInt() {
        Keyset<Item> byNumber = Keyset.ascending("number", SortKey.ofInt("n", item -> (int) item.id()));
        Where fits = new Where();
        byNumber.after(fits, base64("v1,number,2147483647"), false, "after");
        assertEquals(List.of(2147483647), values(fits.args()));
        ApiError refused = assertThrows(ApiError.class, () -> byNumber.after(new Where(), base64("v1,number,2147483648"), false, "after"));
        assertEquals(ErrorCode.BAD_CURSOR, refused.code());
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Object> values(Tuple tuple) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < tuple.size(); i++) {
            values.add(tuple.getValue(i));
        }
        return values;
    }
}
