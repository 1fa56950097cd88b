package org.frontline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Query;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;

/**
 * How a Java program reads Frontline: SmallRye GraphQL's typesafe client (README, "Clients"). The
 * program declares the questions as an interface and the answers as records of its own, named as
 * the schema names them; the client writes the query from them and reads the answer into them.
 * Nothing here is shared with the service's code.
 */
@QuarkusTest
class JavaClientTest {

    /** The part of Frontline's schema this program asks about. */
    @GraphQLClientApi
    interface Frontline {
        @Query("strikes")
        StrikeConnection strikes(StrikeFilter filter, int first);
    }

    /** The schema's StrikeFilter: the client would otherwise call the type StrikeFilterInput. */
    @Input("StrikeFilter")
    record StrikeFilter(String region, LocalDate from, LocalDate to, WeaponKind weaponKind) {
    }

    enum WeaponKind { AIR_STRIKE, ARTILLERY, DRONE, MISSILE, ROCKET, SHELLING, UNKNOWN }

    enum FigureQualifier { ABOUT, AT_LEAST, EXACT }

    record StrikeConnection(int totalCount, List<StrikeEdge> edges) {
    }

    record StrikeEdge(Strike node) {
    }

    record Strike(String id, LocalDate occurredOn, WeaponKind weaponKind, String weapon, Integer killed,
            FigureQualifier killedQualifier, Integer injured, Place region, List<Citation> sources) {
    }

    record Place(String name) {
    }

    record Citation(String quote, Source source) {
    }

    record Source(String title) {
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    private Frontline frontline() {
        return TypesafeGraphQLClientBuilder.newBuilder().endpoint(graphql.toString()).build(Frontline.class);
    }

    @Test
    void aJavaProgramReadsTheStrikesOfADayAndTheirSources() {
        StrikeConnection strikes = frontline().strikes(
                new StrikeFilter(null, LocalDate.of(2022, 9, 30), LocalDate.of(2022, 9, 30), WeaponKind.MISSILE), 10);

        assertEquals(1, strikes.totalCount());
        Strike strike = strikes.edges().get(0).node();
        assertEquals(LocalDate.of(2022, 9, 30), strike.occurredOn());
        assertEquals("Zaporizhzhia", strike.region().name());
        assertEquals("anti-aircraft missiles repurposed for ground attack", strike.weapon());
        assertEquals(25, strike.killed());
        assertEquals(FigureQualifier.EXACT, strike.killedQualifier());
        assertEquals(50, strike.injured());
        assertTrue(strike.sources().stream().anyMatch(c -> c.quote().equals(
                "The impact left deep craters and shrapnel tore apart the humanitarian convoy, killing its passengers.")
                && c.source().title().startsWith("Putin annexes four Ukrainian regions")), strike.sources().toString());
    }

    @Test
    void aFigureNobodyGaveStaysNull() {
        StrikeConnection drones = frontline().strikes(new StrikeFilter(null, null, null, WeaponKind.DRONE), 10);

        assertEquals(List.of("Mykolaiv", "Odesa"), drones.edges().stream().map(e -> e.node().region().name()).sorted().toList());
        for (StrikeEdge edge : drones.edges()) {
            assertNull(edge.node().killed(), edge.node().toString());
            assertNull(edge.node().killedQualifier(), edge.node().toString());
        }
    }
}
