package org.frontline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A WHERE clause built from conditions: each {@code ?} becomes the next numbered placeholder and its
 * value a parameter, in the order they were added, so no value is ever written into the SQL.
 */
@Tag("plain")
class WhereTest {

    @Test
    void noConditionsSelectEveryRow() {
        Where where = new Where();
        assertEquals("true", where.sql());
        assertEquals(0, where.args().size());
    }

    @Test
    void conditionsAreJoinedWithAndAndTheirMarksNumberedAcrossThem() {
        Where where = new Where()
                .and("s.occurred_on >= ?", LocalDate.parse("2022-02-24"))
                .and("s.killed between ? and ?", 1, 10)
                .and("s.retired_at is null");
        assertEquals("s.occurred_on >= $1 and s.killed between $2 and $3 and s.retired_at is null", where.sql());
        assertEquals(List.of(LocalDate.parse("2022-02-24"), 1, 10), values(where.args()));
    }

    @Test
    void aValueIsAParameterHoweverMuchItLooksLikeSql() {
        Where where = new Where().and("name = ?", "x' or '1'='1; drop table strike; --?");
        assertEquals("name = $1", where.sql());
        assertEquals(List.of("x' or '1'='1; drop table strike; --?"), values(where.args()));
    }

    @Test
    void aParameterAddedOnItsOwnTakesTheNextNumber() {
        Where where = new Where().and("a = ?", "x");
        String placeholder = where.param(42L);
        where.and("(b, c) > (" + placeholder + ", ?)", "y");
        assertEquals("a = $1 and (b, c) > ($2, $3)", where.sql());
        assertEquals(List.of("x", 42L, "y"), values(where.args()));
    }

    @Test
    void aConditionThatIsNotPresentAddsNeitherTextNorParameter() {
        Where where = new Where().andIf(false, "a = ?", "x").andIf(true, "b = ?", "y").andIf(false, "c = ?", "z");
        assertEquals("b = $1", where.sql());
        assertEquals(List.of("y"), values(where.args()));
    }

    @Test
    void aNullValueIsANullParameter() {
        Where where = new Where().and("a is not distinct from ?", (Object) null);
        assertEquals("a is not distinct from $1", where.sql());
        assertEquals(1, where.args().size());
        assertEquals(null, where.args().getValue(0));
    }

    private static List<Object> values(Tuple tuple) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < tuple.size(); i++) {
            values.add(tuple.getValue(i));
        }
        return values;
    }
}
