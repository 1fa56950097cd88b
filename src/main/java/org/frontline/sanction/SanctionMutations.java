package org.frontline.sanction;

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
import org.frontline.write.Writer;

import io.smallrye.mutiny.Uni;

/** Adding, correcting and lifting sanctions, and adding their targets. Every change is sourced. */
@GraphQLApi
public class SanctionMutations {

    @Inject
    Sql sql;

    @Inject
    Writer writer;

    @Mutation
    @Description("Adds a sanction with its targets and sources, all or nothing. Needs the role editor. A retried request with the same clientKey returns the sanction the first one created.")
    public Uni<Sanction> createSanction(@NonNull @Description("The sanction.") SanctionInput input,
            @Description("A key of your choosing that makes retries safe: the same key never creates a second sanction.") String clientKey) {
        return writer.user(Writer.EDITOR)
                .call(() -> writer.validate(input, "input", input::check))
                .chain(user -> writer.createOnce(user, clientKey, "createSanction", () -> create(input), id -> Sanction.byId(sql, id)));
    }

    private static Uni<Long> create(SanctionInput input) {
        SanctionEntity sanction = new SanctionEntity();
        sanction.authorityId = Ids.parse(input.authority(), "input.authority");
        sanction.title = input.title().strip();
        sanction.programme = input.programme();
        sanction.announcedOn = input.announcedOn();
        sanction.liftedOn = input.liftedOn();
        sanction.statedTargetCount = input.statedTargetCount();
        sanction.statedTargetCountQualifier = input.statedTargetCount() == null ? null
                : input.statedTargetCountQualifier() != null ? input.statedTargetCountQualifier() : CountQualifier.EXACT;
        sanction.statedTargetDescription = input.statedTargetDescription();
        return sanction.<SanctionEntity>persist()
                .call(() -> Citation.cite(FactKind.SANCTION, sanction.id, input.sources()))
                .call(() -> Writer.inOrder(input.targets(), target -> addTarget(sanction.id, target)))
                .map(saved -> saved.id);
    }

    @Mutation
    @Description("Corrects a sanction or records its lifting: states the version you read, changes the fields given, and cites the sources. Refused with CONFLICT if the sanction changed since you read it. Needs the role editor.")
    public Uni<Sanction> updateSanction(@NonNull @Id @Description("The sanction's id.") String id,
            @NonNull @Description("The version you read, the changes and the sources.") SanctionChanges changes) {
        long sanctionId = Ids.parse(id, "id");
        return writer.user(Writer.EDITOR)
                .call(() -> writer.validate(changes, "changes", changes::check))
                .chain(user -> writer.correct(user, FactKind.SANCTION, SanctionEntity.class, sanctionId,
                        changes.version(), sanction -> apply(sanction, changes), changes.sources(),
                        saved -> Sanction.byId(sql, saved)));
    }

    private static Uni<Void> apply(SanctionEntity sanction, SanctionChanges changes) {
        if (changes.title() != null) {
            sanction.title = changes.title().strip();
        }
        if (changes.programme() != null) {
            sanction.programme = changes.programme();
        }
        if (changes.announcedOn() != null) {
            sanction.announcedOn = changes.announcedOn();
        }
        if (changes.liftedOn() != null) {
            sanction.liftedOn = changes.liftedOn();
        }
        if (changes.statedTargetCount() != null) {
            sanction.statedTargetCount = changes.statedTargetCount();
            sanction.statedTargetCountQualifier = changes.statedTargetCountQualifier() != null
                    ? changes.statedTargetCountQualifier() : CountQualifier.EXACT;
        }
        if (changes.statedTargetDescription() != null) {
            sanction.statedTargetDescription = changes.statedTargetDescription();
        }
        return Uni.createFrom().voidItem();
    }

    @Mutation
    @Description("Retires a sanction: it leaves the lists but stays readable by id and in its history (to record that it was lifted, set liftedOn with updateSanction instead). Needs the role admin.")
    public Uni<Sanction> retireSanction(@NonNull @Id @Description("The sanction's id.") String id,
            @NonNull @Description("The version you read.") Integer version,
            @NonNull @Description("Why the sanction is retired (a duplicate, an error...).") String reason) {
        return writer.retire(FactKind.SANCTION, SanctionEntity.class, id, version, reason,
                saved -> Sanction.byId(sql, saved));
    }

    @Mutation
    @Description("Adds a target to a sanction, with its sources. Needs the role editor.")
    public Uni<Sanction> addSanctionTarget(@NonNull @Id @Description("The sanction's id.") String sanction,
            @NonNull @Description("The target and its sources.") TargetInput target) {
        return writer.addTo(FactKind.SANCTION, sanction, "target", target, id -> addTarget(id, target),
                saved -> Sanction.byId(sql, saved));
    }

    private static Uni<Void> addTarget(long sanctionId, TargetInput input) {
        SanctionTargetEntity target = SanctionTargetEntity.of(sanctionId, input);
        return Citation.saveCited(target, () -> target.id, FactKind.SANCTION_TARGET, input.sources());
    }
}
