package org.frontline.source;

import static org.frontline.GraphQL.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

@QuarkusTest
class SourceTest {

    @Inject
    Pool pool;

    @Test
    void theArticleAndItsBackgroundNoteAreTheSources() {
        JsonPath json = data("{ sources { totalCount edges { node { title publisher publishedOn url kind description } } } }");
        assertEquals(2, json.getInt("data.sources.totalCount"));
        assertEquals("ARTICLE", json.getString("data.sources.edges[0].node.kind"));
        assertEquals("2022-09-30", json.getString("data.sources.edges[0].node.publishedOn"));
        // The article has no publisher or URL, and the record does not invent them.
        assertNull(json.get("data.sources.edges[0].node.publisher"));
        assertNull(json.get("data.sources.edges[0].node.url"));
        assertEquals("EDITORIAL_NOTE", json.getString("data.sources.edges[1].node.kind"));
        assertEquals("Frontline editors' background note to the seed article", json.getString("data.sources.edges[1].node.title"));
    }

    @Test
    void aSourceListsTheFactsItSupportsOfEveryKind() {
        JsonPath json = data("{ sources { edges { node { kind citations(first: 500) { about factId quote } } } } }");
        Set<String> kinds = new HashSet<>(json.getList("data.sources.edges.node.citations.flatten().about"));
        Set<String> all = new HashSet<>(Arrays.stream(FactKind.values()).map(Enum::name).toList());
        assertEquals(all, kinds, "every kind of fact in the seed is cited");
    }

    @Test
    void aCitationLeadsToTheStrikeItSupports() {
        JsonPath json = data("{ sources(filter: {kind: ARTICLE}) { edges { node { citations(first: 500) { about quote strike { killed region { name } } } } } } }");
        List<Map<String, Object>> citations = json.getList("data.sources.edges[0].node.citations");
        Map<String, Object> figures = citations.stream()
                .filter(c -> c.get("about").equals("CASUALTY_REPORT") && c.get("quote").toString().contains("killing 25 people"))
                .findFirst().orElseThrow();
        assertEquals(25, ((Map<?, ?>) figures.get("strike")).get("killed"));
        assertEquals("Zaporizhzhia", ((Map<?, ?>) ((Map<?, ?>) figures.get("strike")).get("region")).get("name"));
    }

    @Test
    void pushilinsSemiSurroundedLymanIsCitedWithItsSpeaker() {
        JsonPath json = data("{ regions(filter: {name: \"Liman\"}) { edges { node { controlHistory { controller { name } extent sources { quote speaker } } } } } }");
        List<Object> speakers = json.getList("data.regions.edges[0].node.controlHistory[0].sources.speaker");
        assertThat(speakers.toString(), speakers.stream().anyMatch(s -> s != null && s.toString().contains("RIA Novosti")));
        assertEquals("CONTESTED", json.getString("data.regions.edges[0].node.controlHistory[0].extent"));
    }

    @Test
    void everySeedFactIsCitedInTheDatabase() {
        for (FactKind kind : FactKind.values()) {
            String table = kind.table();
            Row row = pool.query("select count(*) as facts, count(*) filter (where not exists (select 1 from citation c where c."
                    + kind.column() + " = f.id)) as uncited from " + table + " f").execute().await().indefinitely().iterator().next();
            assertTrue(row.getLong("facts") > 0, table + " holds seed facts");
            assertEquals(0L, row.getLong("uncited"), table + " rows without a citation");
        }
    }

    @Test
    void eventsGiveTheTimelineWithTheirSources() {
        JsonPath json = data("{ events(from: \"2022-01-01\") { occurredOn kind title sources { source { kind } } } }");
        List<String> kinds = json.getList("data.events.kind");
        assertThat(kinds, hasItem("INVASION"));
        assertThat(kinds, hasItem("APPLICATION"));
        assertThat(kinds, hasItem("REFERENDUM"));
        List<Map<String, Object>> events = json.getList("data.events");
        Map<String, Object> invasion = events.stream().filter(e -> e.get("kind").equals("INVASION")).findFirst().orElseThrow();
        assertEquals("2022-02-24", invasion.get("occurredOn"));
        Map<String, Object> referendums = events.stream().filter(e -> e.get("kind").equals("REFERENDUM")).findFirst().orElseThrow();
        assertEquals("2022-09-27", referendums.get("occurredOn"), "three days before the signing");
        assertThat(json.getList("data.events.findAll { it.kind == 'INVASION' }.sources.flatten().source.kind"),
                hasItems("ARTICLE", "EDITORIAL_NOTE"));
    }
}
