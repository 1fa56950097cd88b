package org.frontline.write;

import java.util.ArrayList;
import java.util.List;

import org.frontline.db.Sql;
import org.frontline.error.Ids;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The ids a write refers to, checked in one statement so that every id naming nothing is reported
 * with the other violations. The database's foreign keys remain the guard against an id removed
 * between this check and the write.
 */
public class References {

    private record Reference(String table, String path, String id) {
    }

    private final List<Reference> references = new ArrayList<>();

    /** Notes that {@code id} (given at {@code path}) must be a row of {@code table}; null ids are skipped. */
    public References require(String table, String path, String id) {
        if (id != null) {
            references.add(new Reference(table, path, id));
        }
        return this;
    }

    /** Adds a violation for each malformed id and each id that names no row. */
    public Uni<Violations> check(Sql sql, Violations violations) {
        List<String> tests = new ArrayList<>();
        List<Reference> wellFormed = new ArrayList<>();
        Tuple args = Tuple.tuple();
        for (Reference reference : references) {
            if (!reference.id().matches("[0-9]{1,18}")) {
                violations.add(reference.path(), "BAD_ID", "'" + reference.id() + "' is not an id (ids are whole numbers)");
                continue;
            }
            args.addLong(Ids.parse(reference.id(), reference.path()));
            // Table names come from the code, never from the request.
            tests.add("exists (select 1 from " + reference.table() + " where id = $" + args.size() + ")");
            wellFormed.add(reference);
        }
        if (tests.isEmpty()) {
            return Uni.createFrom().item(violations);
        }
        return sql.one("select " + String.join(", ", tests), args, row -> {
            for (int i = 0; i < wellFormed.size(); i++) {
                if (!row.getBoolean(i)) {
                    Reference missing = wellFormed.get(i);
                    violations.add(missing.path(), "UNKNOWN_REFERENCE", "names no " + missing.table().replace('_', ' ')
                            + " (id " + missing.id() + ")");
                }
            }
            return violations;
        });
    }
}
