package org.frontline.leader;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.frontline.db.Sql;
import org.frontline.error.Ids;
import org.frontline.source.Citation;
import org.frontline.source.FactKind;
import org.frontline.write.Spellings;
import org.frontline.write.Writer;

import io.smallrye.mutiny.Uni;

/** Adding and correcting leaders and their positions. Every change is sourced and kept in history. */
@GraphQLApi
public class LeaderMutations {

    @Inject
    Sql sql;

    @Inject
    Writer writer;

    @Mutation
    @Description("Adds a leader with their spellings, positions and sources, all or nothing. Needs the role editor. A retried request with the same clientKey returns the leader the first one created.")
    public Uni<Leader> createLeader(@NonNull @Description("The leader.") LeaderInput input,
            @Description("A key of your choosing that makes retries safe: the same key never creates a second leader.") String clientKey) {
        return writer.user(Writer.EDITOR)
                .call(() -> writer.validate(input, "input", input::check))
                .chain(user -> writer.createOnce(user, clientKey, "createLeader", () -> create(input), id -> Leader.byId(sql, id)));
    }

    private static Uni<Long> create(LeaderInput input) {
        LeaderEntity leader = new LeaderEntity();
        leader.name = input.name().strip();
        return leader.<LeaderEntity>persist()
                .call(() -> Spellings.add(FactKind.LEADER, leader.id, leader.name, input.otherNames()))
                .call(() -> Citation.cite(FactKind.LEADER, leader.id, input.sources()))
                .call(() -> Writer.inOrder(input.positions(), position -> addPosition(leader.id, position)))
                .map(saved -> saved.id);
    }

    @Mutation
    @Description("Corrects a leader: states the version you read, changes the name or adds spellings, and cites the sources. Refused with CONFLICT if the leader changed since you read it. Needs the role editor.")
    public Uni<Leader> updateLeader(@NonNull @Id @Description("The leader's id.") String id,
            @NonNull @Description("The version you read, the changes and the sources.") LeaderChanges changes) {
        long leaderId = Ids.parse(id, "id");
        return writer.user(Writer.EDITOR)
                .call(() -> writer.validate(changes, "changes", changes::check))
                .chain(user -> writer.correct(user, FactKind.LEADER, LeaderEntity.class, leaderId,
                        changes.version(), leader -> {
                            if (changes.name() != null) {
                                leader.name = changes.name().strip();
                            }
                            return Spellings.add(FactKind.LEADER, leaderId, leader.name, changes.otherNames());
                        }, changes.sources(), saved -> Leader.byId(sql, saved)));
    }

    @Mutation
    @Description("Retires a leader: they leave the lists but stay readable by id and in their history. Needs the role admin.")
    public Uni<Leader> retireLeader(@NonNull @Id @Description("The leader's id.") String id,
            @NonNull @Description("The version you read.") Integer version,
            @NonNull @Description("Why the leader is retired (a duplicate, an error...).") String reason) {
        return writer.retire(FactKind.LEADER, LeaderEntity.class, id, version, reason,
                saved -> Leader.byId(sql, saved));
    }

    @Mutation
    @Description("Adds a position to a leader, with its sources. Needs the role editor.")
    public Uni<Leader> addLeaderPosition(@NonNull @Id @Description("The leader's id.") String leader,
            @NonNull @Description("The position and its sources.") PositionInput position) {
        return writer.addTo(FactKind.LEADER, leader, "position", position, id -> addPosition(id, position),
                saved -> Leader.byId(sql, saved));
    }

    private static Uni<Void> addPosition(long leaderId, PositionInput input) {
        LeaderPositionEntity position = LeaderPositionEntity.of(leaderId, input);
        return Citation.saveCited(position, () -> position.id, FactKind.LEADER_POSITION, input.sources());
    }
}
