package org.frontline.strike;


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

/** Adding to and correcting the record of strikes. Every change is sourced and kept in history. */
@GraphQLApi
public class StrikeMutations {

    @Inject
    Sql sql;

    @Inject
    Writer writer;

    @Mutation
    @Description("Adds a strike with its sources, and its first casualty report and attributions where known, all or nothing. Needs the role editor. A retried request with the same clientKey returns the strike the first one created.")
    public Uni<Strike> createStrike(@NonNull @Description("The strike.") StrikeInput input,
            @Description("A key of your choosing that makes retries safe: the same key never creates a second strike.") String clientKey) {
        return writer.user(Writer.EDITOR)
                .call(() -> writer.validate(input, "input", input::check))
                .chain(user -> writer.createOnce(user, clientKey, "createStrike", () -> create(input), id -> Strike.byId(sql, id)));
    }

    private static Uni<Long> create(StrikeInput input) {
        StrikeEntity strike = new StrikeEntity();
        strike.occurredOn = input.occurredOn();
        strike.occurredAt = input.occurredAt();
        strike.regionId = Ids.parse(input.region(), "input.region");
        strike.latitude = input.latitude();
        strike.longitude = input.longitude();
        strike.weaponKind = input.weaponKind();
        strike.weapon = input.weapon();
        strike.weaponSupplierId = Ids.parseOptional(input.weaponSupplier(), "input.weaponSupplier");
        strike.target = input.target();
        strike.description = input.description();
        return strike.<StrikeEntity>persist()
                .call(() -> Citation.cite(FactKind.STRIKE, strike.id, input.sources()))
                .call(() -> input.casualties() == null ? Uni.createFrom().voidItem() : report(strike.id, input.casualties()))
                .call(() -> Writer.inOrder(input.attributions(), attribution -> attribute(strike.id, attribution)))
                .map(saved -> saved.id);
    }

    @Mutation
    @Description("Corrects a strike: states the version you read, changes the fields given, and cites the sources for the correction. Refused with CONFLICT if the strike changed since you read it. Needs the role editor.")
    public Uni<Strike> updateStrike(@NonNull @Id @Description("The strike's id.") String id,
            @NonNull @Description("The version you read, the fields to change and the sources.") StrikeChanges changes) {
        long strikeId = Ids.parse(id, "id");
        return writer.user(Writer.EDITOR)
                .call(() -> writer.validate(changes, "changes", changes::check))
                .chain(user -> writer.correct(user, FactKind.STRIKE, StrikeEntity.class, strikeId,
                        changes.version(), strike -> apply(strike, changes), changes.sources(),
                        saved -> Strike.byId(sql, saved)));
    }

    private static Uni<Void> apply(StrikeEntity strike, StrikeChanges changes) {
        if (changes.occurredOn() != null) {
            strike.occurredOn = changes.occurredOn();
        }
        if (changes.occurredAt() != null) {
            strike.occurredAt = changes.occurredAt();
        }
        if (changes.region() != null) {
            strike.regionId = Ids.parse(changes.region(), "changes.region");
        }
        if (changes.latitude() != null) {
            strike.latitude = changes.latitude();
            strike.longitude = changes.longitude();
        }
        if (changes.weaponKind() != null) {
            strike.weaponKind = changes.weaponKind();
        }
        if (changes.weapon() != null) {
            strike.weapon = changes.weapon();
        }
        if (changes.weaponSupplier() != null) {
            strike.weaponSupplierId = Ids.parse(changes.weaponSupplier(), "changes.weaponSupplier");
        }
        if (changes.target() != null) {
            strike.target = changes.target();
        }
        if (changes.description() != null) {
            strike.description = changes.description();
        }
        return Uni.createFrom().voidItem();
    }

    @Mutation
    @Description("Retires a strike: it leaves the lists and totals but stays readable by id and in its history. Needs the role admin.")
    public Uni<Strike> retireStrike(@NonNull @Id @Description("The strike's id.") String id,
            @NonNull @Description("The version you read.") Integer version,
            @NonNull @Description("Why it is retired (a duplicate, a report found false...).") String reason) {
        return writer.retire(FactKind.STRIKE, StrikeEntity.class, id, version, reason,
                saved -> Strike.byId(sql, saved));
    }

    @Mutation
    @Description("Adds a casualty report to a strike: another source's figures, kept beside the earlier ones, never over them. The strike's own figures become the lowest reported. Needs the role editor.")
    public Uni<Strike> reportCasualties(@NonNull @Id @Description("The strike's id.") String strike,
            @NonNull @Description("The figures, who gave them, and the sources.") CasualtyReportInput report) {
        return writer.addTo(FactKind.STRIKE, strike, "report", report, id -> report(id, report), saved -> Strike.byId(sql, saved));
    }

    @Mutation
    @Description("Adds an attribution to a strike: another claim of who carried it out, kept beside the earlier ones. Needs the role editor.")
    public Uni<Strike> attributeStrike(@NonNull @Id @Description("The strike's id.") String strike,
            @NonNull @Description("Who is said to have carried it out, by whom, and the sources.") AttributionInput attribution) {
        return writer.addTo(FactKind.STRIKE, strike, "attribution", attribution, id -> attribute(id, attribution),
                saved -> Strike.byId(sql, saved));
    }

    private static Uni<Void> report(long strikeId, CasualtyReportInput input) {
        CasualtyReportEntity report = CasualtyReportEntity.of(strikeId, input);
        return Citation.saveCited(report, () -> report.id, FactKind.CASUALTY_REPORT, input.sources());
    }

    private static Uni<Void> attribute(long strikeId, AttributionInput input) {
        AttributionEntity attribution = AttributionEntity.of(strikeId, input);
        return Citation.saveCited(attribution, () -> attribution.id, FactKind.ATTRIBUTION, input.sources());
    }
}
