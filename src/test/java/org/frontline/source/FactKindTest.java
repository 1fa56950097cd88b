package org.frontline.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The kinds of fact are declared twice on purpose, once per language: the enum FactKind and the
 * database's fact_kind table (V15), from which the citation columns, their check and the history
 * triggers are derived. These tests fail when the two declarations disagree, or when the database
 * derived less than a kind needs.
 */
@QuarkusTest
class FactKindTest {

    @Inject
    Pool pool;

    private RowSet<Row> query(String sql, Object... parameters) {
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).await().indefinitely();
    }

    @Test
    void theDatabaseDeclaresTheKindsTheApiDeclares() {
        List<String> inDatabase = query("select kind from fact_kind order by kind").stream().map(row -> row.getString("kind")).toList();
        List<String> inJava = Arrays.stream(FactKind.values()).map(Enum::name).sorted().toList();
        assertEquals(inJava, inDatabase, "FactKind and the fact_kind table list the same kinds");
    }

    @Test
    void everyKindHasItsCitationColumnReferencingItsTableAndItsHistoryTrigger() {
        for (FactKind kind : FactKind.values()) {
            Row reference = query("select confrelid::regclass::text as target, confdeltype from pg_constraint"
                    + " where conrelid = 'citation'::regclass and contype = 'f'"
                    + " and conkey = array[(select attnum from pg_attribute where attrelid = 'citation'::regclass and attname = $1)]",
                    kind.column()).iterator().next();
            assertEquals(kind.table(), reference.getString("target"), kind + ": citation." + kind.column() + " references its table");
            assertEquals("c", reference.getString("confdeltype"), kind + ": deleting a fact deletes its citations");
            long triggers = query("select count(*) from pg_trigger where tgrelid = $1::regclass and tgname = $2",
                    kind.table(), kind.table() + "_history").iterator().next().getLong(0);
            assertEquals(1L, triggers, kind + ": changes to " + kind.table() + " are recorded in history");
        }
    }

    @Test
    void aCitationOfEachKindIsReadAsThatKindAndThatFact() {
        // The seed cites a fact of every kind (SourceTest), so each kind is read back from real rows.
        for (FactKind kind : FactKind.values()) {
            Row row = query("select citation_fact_kind(c) as kind, citation_fact_id(c) as fact_id, c." + kind.column() + " as expected,"
                    + " (select fact_kind from citation_subject v where v.citation_id = c.id) as in_view"
                    + " from citation c where c." + kind.column() + " is not null order by c.id limit 1").iterator().next();
            assertEquals(kind.name(), row.getString("kind"));
            assertEquals(kind.name(), row.getString("in_view"));
            assertEquals(row.getLong("expected"), row.getLong("fact_id"));
        }
    }

    @Test
    void aCitationOfTwoFactsIsRefusedByTheDatabase() {
        FactKind[] kinds = FactKind.values();
        String first = kinds[0].column();
        String second = kinds[kinds.length - 1].column();
        Throwable refused = assertThrows(Throwable.class, () -> query(
                "insert into citation (source_id, quote, " + first + ", " + second + ")"
                        + " select (select min(id) from source), 'Two facts at once.',"
                        + " (select min(id) from " + kinds[0].table() + "), (select min(id) from " + kinds[kinds.length - 1].table() + ")"));
        assertTrue(refused.getMessage().contains("citation_supports_one_fact"), refused.getMessage());
    }
}
