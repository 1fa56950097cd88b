package org.frontline.history;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Sql;
import org.frontline.db.Where;
import org.frontline.error.Ids;
import org.frontline.paging.Keyset;
import org.frontline.paging.Page;
import org.frontline.paging.PageRequest;
import org.frontline.paging.SortKey;
import org.frontline.source.FactKind;
import org.frontline.db.Identified;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/** One recorded change of one fact, written by the database in the same transaction as the change. */
@Description("One change of a fact: what was done, when, by whom, and the fact before and after, as JSON.")
public record Change(
        @Id @Description("The change's id; later changes have larger ids.") @NonNull String id,
        @Description("CREATE, UPDATE, RETIRE or DELETE of the fact itself; CITE or UNCITE where a source was attached or removed.") @NonNull String action,
        @Description("When it was made.") @NonNull OffsetDateTime changedAt,
        @Description("Who made it: the signed-in user, or database:<role> for a change made outside the API.") @NonNull String changedBy,
        @Description("The columns whose values changed.") @NonNull List<@NonNull String> changedFields,
        @Description("The fact's row before the change, as a JSON object (null for a creation or a citation).") String before,
        @Description("The fact's row after the change, as a JSON object (null for a deletion).") String after) implements Identified {

    static final Keyset<Change> NEWEST_FIRST = Keyset.descending("NEWEST_FIRST",
            SortKey.ofLong("h.id", Identified::key));

    static Uni<Page<Change>> of(Sql sql, FactKind kind, long factId, PageRequest request) {
        Where where = new Where().and("h.fact_kind = ?", kind.name()).and("h.fact_id = ?", factId);
        return Page.fetch(sql, "select h.id, h.action, h.changed_at, h.changed_by, h.before::text as before, h.after::text as after, "
                + "array(select key from jsonb_each(coalesce(h.after, '{}')) a where a.value is distinct from coalesce(h.before -> a.key, 'null'::jsonb)"
                + " union select key from jsonb_each(coalesce(h.before, '{}')) b where h.after is null order by 1) as changed_fields"
                + " from history h", where, NEWEST_FIRST, request, Change::from);
    }

    static Change from(Row row) {
        return new Change(Ids.of(row.getLong("id")), row.getString("action"), row.getOffsetDateTime("changed_at"),
                row.getString("changed_by"), Arrays.asList(row.getArrayOfStrings("changed_fields")), row.getString("before"),
                row.getString("after"));
    }
}
