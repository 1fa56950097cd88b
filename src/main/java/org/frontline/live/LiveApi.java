package org.frontline.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.graphql.SemanticNonNull;
import org.frontline.paging.PageRequest;
import org.frontline.sanction.Sanction;
import org.frontline.source.Citation;
import org.frontline.source.FactKind;
import org.frontline.strike.Strike;
import org.frontline.strike.StrikeFilter;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The record as it changes: the change feed, a Relay connection over every change in commit order,
 * and subscriptions (over WebSocket, see {@link LiveSocket}) that tell each change as it commits,
 * on whichever replica the subscriber is connected to.
 */
@GraphQLApi
public class LiveApi {

    private static final String AFTER = "Start just after this cursor of the change feed (from changes, or an earlier event): "
            + "the changes committed since are told first, then live ones, none missed or told twice. Without it, from when the subscription "
            + "starts, a moment after it is sent: to miss nothing committed since a read, pass changes' headCursor read before it.";

    @Inject
    Sql sql;

    @Inject
    Live live;

    @Query
    @Description("Every change of the record in commit order, a page at a time, with who made it, why, and the sources cited with it: "
            + "poll with after = the last endCursor, or resume there after a disconnect, and no change is missed or read twice.")
    @SemanticNonNull
    public Uni<ChangeConnection> changes(
            @Description("Which changes; all when not given.") ChangeFilter filter,
            @Description("How many to return reading forwards (0 to 100, default 20).") Integer first,
            @Description("Read forwards from after this cursor.") String after,
            @Description("How many to return reading backwards (0 to 100).") Integer last,
            @Description("Read backwards from before this cursor.") String before) {
        PageRequest request = PageRequest.of(first, after, last, before);
        return RecordChange.page(sql, filter, request).map(page -> new ChangeConnection(page.edges(ChangeEdge::new), page.pageInfo()));
    }

    @Description("Where the feed ends as this is read: the cursor of the last change committed, or the feed's start while none has been. "
            + "To keep what you read up to date, read this first, then what you want, then subscribe (or poll changes) with after = headCursor: "
            + "a change committed meanwhile is told, perhaps one you already read, never none. Unlike pageInfo.endCursor it is there on an empty page.")
    @NonNull
    public Uni<String> headCursor(@Source ChangeConnection page) {
        return RecordChange.head(sql);
    }

    @Description("The sources cited with this change, each with the sentence (for CITE, the citation added).")
    @SemanticNonNull
    public Uni<List<List<@NonNull Citation>>> sources(@Source List<RecordChange> changes,
            @DefaultValue(PageRequest.NESTED_DEFAULT) @Description(PageRequest.NESTED_FIRST) int first) {
        int limit = PageRequest.nested(first);
        Set<Long> ids = new HashSet<>();
        changes.forEach(change -> ids.addAll(List.of(change.citationIds())));
        if (ids.isEmpty()) {
            return Uni.createFrom().item(changes.stream().<List<Citation>> map(change -> List.of()).toList());
        }
        return Citation.byIds(sql, ids.toArray(Long[]::new)).map(found -> {
            Map<Long, Citation> byId = new HashMap<>();
            found.forEach(citation -> byId.put(Long.parseLong(citation.id()), citation));
            List<List<Citation>> result = new ArrayList<>(changes.size());
            for (RecordChange change : changes) {
                result.add(List.of(change.citationIds()).stream().map(byId::get).filter(java.util.Objects::nonNull).limit(limit).toList());
            }
            return result;
        });
    }

    @Subscription
    @Description("Strikes as they are recorded, corrected or retired, or given a figure or an attribution, filtered as the strikes list is.")
    public Multi<StrikeEvent> strikeEvents(
            @Description("Which strikes; all when not given. A retirement is told to those the strike met before.") StrikeFilter filter,
            @Description(AFTER) String after) {
        StrikeFilter checked = filter == null ? null : filter.checked();
        return live.events(position(after)).select().where(event -> event.interrupted() || event.about("STRIKE")
                && event.subject() != null && (checked == null || checked.admits((Strike) event.subject(), event.facts().places(),
                        event.facts().attributions(), event.kind() == ChangeKind.RETIRED)))
                .map(StrikeEvent::of);
    }

    @Subscription
    @Description("Changes of control and sovereignty claims (and responses to them) of a region or any region below it.")
    public Multi<RegionEvent> regionEvents(
            @NonNull @Id @Description("The region (its sub-regions included).") String region,
            @Description(AFTER) String after) {
        long regionId = Ids.parse(region, "region");
        return live.events(position(after)).select().where(event -> event.interrupted() || event.about("REGION")
                && event.subject() != null && event.facts().places().contains(regionId) && event.changes().stream()
                        .anyMatch(change -> change.fact() == FactKind.REGION_CONTROL || change.fact() == FactKind.SOVEREIGNTY_CLAIM
                                || change.fact() == FactKind.CLAIM_RESPONSE))
                .map(RegionEvent::of);
    }

    @Subscription
    @Description("Sanctions as they are recorded or changed (their targets included), by authority or by targeted leader.")
    public Multi<SanctionEvent> sanctionEvents(
            @Id @Description("Only sanctions imposed by this authority (an actor's id).") String authority,
            @Id @Description("Only sanctions naming this leader as a target.") String target,
            @Description(AFTER) String after) {
        Long authorityId = Ids.parseOptional(authority, "authority");
        Long leaderId = Ids.parseOptional(target, "target");
        return live.events(position(after)).select().where(event -> event.interrupted() || event.about("SANCTION")
                && event.subject() instanceof Sanction && (authorityId == null || authorityId.equals(event.facts().authority()))
                && (leaderId == null || event.facts().targetLeaders().contains(leaderId)))
                .map(SanctionEvent::of);
    }

    @Subscription
    @Description("Every change of one fact, of any kind, as it commits.")
    public Multi<FactEvent> factEvents(
            @NonNull @Description("The kind of fact.") FactKind fact,
            @NonNull @Id @Description("The fact's id.") String id,
            @Description(AFTER) String after) {
        String factId = Ids.of(Ids.parse(id, "id"));
        java.util.function.Predicate<RecordChange> ofFact = change -> change.fact() == fact && change.factId().equals(factId);
        return live.events(position(after)).select().where(event -> event.interrupted() || event.changes().stream().anyMatch(ofFact))
                .map(event -> {
                    if (event.interrupted()) {
                        return new FactEvent(event.kind(), List.of(), event.cursor());
                    }
                    List<RecordChange> changes = event.changes().stream().filter(ofFact).toList();
                    return new FactEvent(LiveEvent.weightiest(changes), changes, changes.get(changes.size() - 1).cursor());
                });
    }

    private static long[] position(String after) {
        return after == null ? null : RecordChange.position(after, "after");
    }
}
