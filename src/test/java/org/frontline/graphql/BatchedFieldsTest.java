package org.frontline.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.frontline.region.Region;
import org.frontline.region.RegionApi;
import org.frontline.sanction.Sanction;
import org.frontline.sanction.SanctionApi;
import org.frontline.strike.Strike;
import org.frontline.strike.StrikeApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/**
 * A batched field is declared once, as its resolver; the prefetch finds it there. These check what
 * it finds, without a database: every batched field of the three lists, by its GraphQL name, with
 * its arguments by their GraphQL names.
 */
@Tag("plain")
class BatchedFieldsTest {

    private static Map<String, List<String>> found(Class<?> api, Class<?> parent) {
        return Prefetch.fields(api, parent).stream()
                .collect(Collectors.toMap(Prefetch.BatchedField::name, field -> List.of(field.arguments())));
    }

    @Test
    void aRegionsBatchedFieldsAreFoundByTheirSchemaNamesWithTheirArguments() {
        assertEquals(Map.of(
                "parent", List.of(),
                "children", List.of("first"),
                "controlledBy", List.of("on", "first"),
                "controlHistory", List.of("first"),
                "claims", List.of("on", "first"),
                "strikes", List.of("first", "from", "to"),
                "strikeTotals", List.of("from", "to"),
                "sources", List.of("first")), found(RegionApi.class, Region.class));
    }

    @Test
    void aStrikesAndASanctionsBatchedFieldsAreFound() {
        assertEquals(Set.of("region", "casualtyReports", "attributions", "sources"), found(StrikeApi.class, Strike.class).keySet());
        assertEquals(Set.of("targets", "sources"), found(SanctionApi.class, Sanction.class).keySet());
    }

    @Test
    void fieldsOfOtherParentsAreNotTakenForThisOne() {
        // RegionApi also resolves the sources of a control record, a claim and a response: they are
        // fields of those types, not of Region, so a regions list must not load them.
        assertEquals(List.of("first"), found(RegionApi.class, Region.class).get("sources"));
        assertEquals(Set.of("responses", "sources"), found(RegionApi.class, org.frontline.region.SovereigntyClaim.class).keySet());
    }

    @Test
    void aSubclassOfTheApiAsCdiMakesItFindsTheSameFields() {
        // An interceptor's subclass overrides a resolver without its annotations.
        class Intercepted extends StrikeApi {
            @Override
            public Uni<List<Region>> region(List<Strike> strikes) {
                return super.region(strikes);
            }
        }
        assertEquals(found(StrikeApi.class, Strike.class), found(Intercepted.class, Strike.class));
    }
}
