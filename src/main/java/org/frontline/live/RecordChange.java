package org.frontline.live;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Sql;
import org.frontline.db.Where;
import org.frontline.error.Ids;
import org.frontline.paging.Cursor;
import org.frontline.paging.Keyset;
import org.frontline.paging.Page;
import org.frontline.paging.PageRequest;
import org.frontline.paging.SortKey;
import org.frontline.source.FactKind;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * One change of the record as the feed and the live events tell it: a history row (V10) placed in
 * commit order by its transaction's entry in commit_log (V16). A citation added in the same
 * transaction as another change of the same fact is not a change of its own but one of the sources
 * cited with that change.
 */
@Description("One change of the record, in commit order: which fact, what was done, when, by whom, why, and the sources cited with it.")
public record RecordChange(
        @Id @Description("The change's id (as in history).") @NonNull String id,
        @Id @Description("The commit it belongs to; every change made by one transaction shares it, and later commits have larger ones.") @NonNull String commit,
        @Description("The kind of fact changed.") @NonNull FactKind fact,
        @Id @Description("The id of the fact changed.") @NonNull String factId,
        @Description("What the change did.") @NonNull ChangeKind kind,
        @Description("CREATE, UPDATE, RETIRE or DELETE of the fact; CITE or UNCITE of a source alone.") @NonNull String action,
        @Description("When it was made.") @NonNull OffsetDateTime changedAt,
        @Description("Who made it: the signed-in user, or database:<role> for a change made outside the API.") @NonNull String changedBy,
        @Description("Why, where the change states a reason (a retirement's).") String reason,
        @Description("The fact's row before the change, as a JSON object (null for a creation or a citation).") String before,
        @Description("The fact's row after the change, as a JSON object (null for a deletion).") String after,
        @Description("Where this change stands in the feed: pass it as changes(after:), or as after to a subscription, to go on from here.") @NonNull String cursor,
        @Ignore long seq,
        @Ignore String subjectKind,
        @Ignore Long subjectId,
        @Ignore Long[] citationIds) {

    static final Keyset<RecordChange> COMMIT_ORDER = Keyset.ascending("COMMIT_ORDER",
            SortKey.ofLong("cl.seq", change -> change.seq()), SortKey.ofLong("h.id", change -> Long.parseLong(change.id())));

    /**
     * The fact a change is part of, as subscriptions follow it: a strike's figures and attributions
     * are changes of the strike, a region's control and claims of the region, a sanction's targets
     * of the sanction. A part deleted since is found in its own row.
     */
    private static final String SUBJECT = "case h.fact_kind when 'CASUALTY_REPORT' then 'STRIKE' when 'ATTRIBUTION' then 'STRIKE'"
            + " when 'REGION_CONTROL' then 'REGION' when 'SOVEREIGNTY_CLAIM' then 'REGION' when 'CLAIM_RESPONSE' then 'REGION'"
            + " when 'SANCTION_TARGET' then 'SANCTION' when 'LEADER_POSITION' then 'LEADER' else h.fact_kind end as subject_kind, "
            + "case h.fact_kind"
            + " when 'CASUALTY_REPORT' then coalesce((select x.strike_id from casualty_report x where x.id = h.fact_id), (coalesce(h.after, h.before) ->> 'strike_id')::bigint)"
            + " when 'ATTRIBUTION' then coalesce((select x.strike_id from attribution x where x.id = h.fact_id), (coalesce(h.after, h.before) ->> 'strike_id')::bigint)"
            + " when 'REGION_CONTROL' then coalesce((select x.region_id from region_control x where x.id = h.fact_id), (coalesce(h.after, h.before) ->> 'region_id')::bigint)"
            + " when 'SOVEREIGNTY_CLAIM' then coalesce((select x.region_id from sovereignty_claim x where x.id = h.fact_id), (coalesce(h.after, h.before) ->> 'region_id')::bigint)"
            + " when 'CLAIM_RESPONSE' then (select c.region_id from claim_response x join sovereignty_claim c on c.id = x.claim_id where x.id = h.fact_id)"
            + " when 'SANCTION_TARGET' then coalesce((select x.sanction_id from sanction_target x where x.id = h.fact_id), (coalesce(h.after, h.before) ->> 'sanction_id')::bigint)"
            + " when 'LEADER_POSITION' then coalesce((select x.leader_id from leader_position x where x.id = h.fact_id), (coalesce(h.after, h.before) ->> 'leader_id')::bigint)"
            + " else h.fact_id end as subject_id";

    private static final String COLUMNS = "select cl.seq, h.id, h.fact_kind, h.fact_id, h.action, h.changed_at, h.changed_by, "
            + "h.before::text as before, h.after::text as after, "
            + "case when h.action = 'RETIRE' then h.after ->> 'retired_reason' end as reason, "
            + "case when h.action = 'CITE' then array[(h.after ->> 'id')::bigint] else array(select (c.after ->> 'id')::bigint"
            + " from history c where c.tx = h.tx and c.fact_kind = h.fact_kind and c.fact_id = h.fact_id and c.action = 'CITE'"
            + " order by c.id) end as citation_ids, " + SUBJECT;

    private static final String SELECT = COLUMNS + " from commit_log cl join history h on h.tx = cl.tx";

    /** A citation made with another change of the same fact is told with that change. */
    private static final String NOT_FOLDED = "not (h.action = 'CITE' and exists (select 1 from history o where o.tx = h.tx"
            + " and o.fact_kind = h.fact_kind and o.fact_id = h.fact_id and o.action not in ('CITE', 'UNCITE')))";

    static RecordChange from(Row row) {
        long seq = row.getLong("seq");
        long id = row.getLong("id");
        String factKind = row.getString("fact_kind");
        String action = row.getString("action");
        String subjectKind = row.getString("subject_kind");
        return new RecordChange(Ids.of(id), Ids.of(seq), FactKind.valueOf(factKind), Ids.of(row.getLong("fact_id")),
                ChangeKind.of(factKind, action, subjectKind), action, row.getOffsetDateTime("changed_at"),
                row.getString("changed_by"), row.getString("reason"), row.getString("before"), row.getString("after"),
                cursor(seq, id), seq, subjectKind, row.getLong("subject_id"), row.getArrayOfLongs("citation_ids"));
    }

    /** The feed's cursor for the change {@code id} of commit {@code seq}. */
    static String cursor(long seq, long id) {
        return Cursor.encode(COMMIT_ORDER.name(), List.of(seq, id));
    }

    /** The commit and change a cursor of this feed stands at; a BAD_CURSOR error for anything else. */
    static long[] position(String cursor, String argument) {
        List<String> values = Cursor.decode(cursor, COMMIT_ORDER.name(), 2, argument);
        try {
            return new long[] { Long.parseLong(values.get(0)), Long.parseLong(values.get(1)) };
        } catch (NumberFormatException e) {
            throw org.frontline.error.ApiError.badArgument(argument, argument + " is not a cursor of the change feed.");
        }
    }

    static Uni<Page<RecordChange>> page(Sql sql, ChangeFilter filter, PageRequest request) {
        return Page.fetch(sql, SELECT, ChangeFilter.apply(filter, new Where().and(NOT_FOLDED)), COMMIT_ORDER, request,
                RecordChange::from);
    }

    /** Commits {@link #after} looks into at once. */
    static final int COMMITS_AT_ONCE = 100;

    /**
     * Up to {@code limit} changes committed after the change {@code id} of commit {@code seq}, in
     * commit order, from the rest of that commit and the {@link #COMMITS_AT_ONCE} after it: fewer than
     * {@code limit} does not mean none are left, only an empty answer does. Commit by commit, each
     * read by its (tx, id) index a page at most (V18): a commit of millions of changes (a bulk import)
     * is read a page at a time, never sorted whole.
     */
    static Uni<List<RecordChange>> after(Sql sql, long seq, long id, int limit) {
        String statement = "select x.* from (select cl.seq, cl.tx, $2::bigint as from_id from commit_log cl where cl.seq = $1"
                + " union all (select cl.seq, cl.tx, 0 from commit_log cl where cl.seq > $1 order by cl.seq limit " + COMMITS_AT_ONCE + ")) cl"
                + " cross join lateral (" + COLUMNS + " from history h where h.tx = cl.tx and h.id > cl.from_id and " + NOT_FOLDED
                + " order by h.id limit " + limit + ") x order by x.seq, x.id limit " + limit;
        return sql.list(statement, io.vertx.mutiny.sqlclient.Tuple.of(seq, id), RecordChange::from);
    }

    /**
     * The feed's end as of now, as a cursor: the last change committed, or the feed's start while
     * nothing has been (a new deployment: the seed goes in before the history triggers). Commits
     * take their place in the feed under one lock (V16), so whatever commits after this is read
     * comes after it.
     */
    static Uni<String> head(Sql sql) {
        return end(sql).map(end -> end == null ? cursor(0, 0) : cursor(end[0], end[1]));
    }

    /** The last change committed so far: where a replica starts listening. */
    static Uni<long[]> end(Sql sql) {
        return sql.one("select cl.seq, coalesce((select max(h.id) from history h where h.tx = cl.tx), 0) as id"
                + " from commit_log cl order by cl.seq desc limit 1", io.vertx.mutiny.sqlclient.Tuple.tuple(),
                row -> new long[] { row.getLong("seq"), row.getLong("id") });
    }
}
