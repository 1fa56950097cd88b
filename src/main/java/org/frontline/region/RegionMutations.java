package org.frontline.region;

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
import org.frontline.write.Violations;
import org.frontline.write.Spellings;
import org.frontline.write.Writer;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/** Adding and correcting regions, and recording who held and who claimed them. Every change is sourced. */
@GraphQLApi
public class RegionMutations {

    @Inject
    Sql sql;

    @Inject
    Writer writer;

    @Mutation
    @Description("Adds a region with its spellings and sources. Needs the role editor. A retried request with the same clientKey returns the region the first one created.")
    public Uni<Region> createRegion(@NonNull @Description("The region.") RegionInput input,
            @Description("A key of your choosing that makes retries safe: the same key never creates a second region.") String clientKey) {
        return writer.user(Writer.EDITOR)
                .call(() -> writer.validate(input, "input", input::check))
                .chain(user -> writer.createOnce(user, clientKey, "createRegion", () -> create(input), id -> Region.byId(sql, id)));
    }

    private static Uni<Long> create(RegionInput input) {
        RegionEntity region = new RegionEntity();
        region.name = input.name().strip();
        region.kind = input.kind();
        region.parentId = Ids.parseOptional(input.parent(), "input.parent");
        region.latitude = input.latitude();
        region.longitude = input.longitude();
        return region.<RegionEntity>persist()
                .call(() -> Spellings.add(FactKind.REGION, region.id, region.name, input.otherNames()))
                .call(() -> Citation.cite(FactKind.REGION, region.id, input.sources()))
                .map(saved -> saved.id);
    }

    @Mutation
    @Description("Corrects a region: states the version you read, changes the fields given, and cites the sources. Refused with CONFLICT if the region changed since you read it. Needs the role editor.")
    public Uni<Region> updateRegion(@NonNull @Id @Description("The region's id.") String id,
            @NonNull @Description("The version you read, the changes and the sources.") RegionChanges changes) {
        long regionId = Ids.parse(id, "id");
        return writer.user(Writer.EDITOR)
                .call(() -> writer.validate(changes, "changes", () -> noCycle(regionId, changes.parent()), changes::check))
                .chain(user -> writer.correct(user, FactKind.REGION, RegionEntity.class, regionId,
                        changes.version(), region -> {
                            apply(region, changes);
                            return Spellings.add(FactKind.REGION, regionId, region.name, changes.otherNames());
                        }, changes.sources(), saved -> Region.byId(sql, saved)));
    }

    /** A region cannot lie in itself or in a region below it. */
    private Uni<Violations> noCycle(long regionId, String parent) {
        Violations violations = new Violations();
        if (parent == null || !parent.matches("[0-9]{1,18}")) {
            return Uni.createFrom().item(violations);
        }
        return sql.one("select $1 in (select region_and_descendants($2))", Tuple.of(Long.parseLong(parent), regionId),
                row -> violations.check(row.getBoolean(0), "changes.parent", "PARENT_CYCLE",
                        "is this region or lies within it: a region cannot lie in itself"));
    }

    private static void apply(RegionEntity region, RegionChanges changes) {
        if (changes.name() != null) {
            region.name = changes.name().strip();
        }
        if (changes.kind() != null) {
            region.kind = changes.kind();
        }
        if (changes.parent() != null) {
            region.parentId = Ids.parse(changes.parent(), "changes.parent");
        }
        if (changes.latitude() != null) {
            region.latitude = changes.latitude();
            region.longitude = changes.longitude();
        }
    }

    @Mutation
    @Description("Retires a region: it leaves the lists but stays readable by id and in its history. Needs the role admin.")
    public Uni<Region> retireRegion(@NonNull @Id @Description("The region's id.") String id,
            @NonNull @Description("The version you read.") Integer version,
            @NonNull @Description("Why the region is retired (a duplicate, an error...).") String reason) {
        return writer.retire(FactKind.REGION, RegionEntity.class, id, version, reason,
                saved -> Region.byId(sql, saved));
    }

    @Mutation
    @Description("Records who held a region from a date, as a source states it. Added to the region's control history; earlier records stay. Needs the role editor.")
    public Uni<Region> recordControl(@NonNull @Id @Description("The region's id.") String region,
            @NonNull @Description("Who held it, how much, from when, and the sources.") ControlInput control) {
        return writer.addTo(FactKind.REGION, region, "control", control, id -> {
            RegionControlEntity record = RegionControlEntity.of(id, control);
            return Citation.saveCited(record, () -> record.id, FactKind.REGION_CONTROL, control.sources());
        }, saved -> Region.byId(sql, saved));
    }

    @Mutation
    @Description("Records a claim of sovereignty over a region, as a source states it, recognised or not. Earlier claims stay. Needs the role editor.")
    public Uni<Region> recordClaim(@NonNull @Id @Description("The region's id.") String region,
            @NonNull @Description("Who claims it, from when, on what basis, and the sources.") ClaimInput claim) {
        return writer.addTo(FactKind.REGION, region, "claim", claim, id -> {
            SovereigntyClaimEntity record = SovereigntyClaimEntity.of(id, claim);
            return Citation.saveCited(record, () -> record.id, FactKind.SOVEREIGNTY_CLAIM, claim.sources());
        }, saved -> Region.byId(sql, saved));
    }
}
