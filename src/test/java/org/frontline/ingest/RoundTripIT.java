package org.frontline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.frontline.FreshDatabase;
import org.frontline.Packaged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Export, import into an empty database, export again: the same rows. The packaged application on
 * one database holding strikes with everything an export carries (competing figures from several
 * reporters, one of them a leader, injured as well as killed, two attributions, sources new and
 * old, a place the other record lacks three levels deep, a strike without a point); its GeoJSON
 * export imported by the packaged import command into a second, fresh database; that database's
 * exports, GeoJSON and CSV, compared with the first's, ids aside (they are each record's own).
 */
class RoundTripIT {

    private static final String FILTER = "?from=2021-03-01&to=2021-03-31";
    private static final List<FreshDatabase> DATABASES = new ArrayList<>();
    private static final List<Process> STARTED = new ArrayList<>();

    @AfterAll
    static void stop() throws Exception {
        Packaged.stopAll(STARTED);
        for (FreshDatabase database : DATABASES) {
            database.stop();
        }
    }

    @Test
    void whatOneRecordExportsAnEmptyOneImportsAndExportsAgainTheSame() throws Exception {
        Map<String, String> first = database();
        URI from = start("first", first);
        try (Connection db = DriverManager.getConnection(first.get("quarkus.datasource.jdbc.url"), "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("""
                    insert into region (name, kind, parent_id) select 'Roundtrip Raion', 'DISTRICT', id from region where name = 'Zaporizhzhia Oblast';
                    insert into region (name, kind, parent_id) select 'Roundtrip Village', 'SETTLEMENT', id from region where name = 'Roundtrip Raion';
                    insert into actor (name, kind) values ('Roundtrip Military Administration', 'GOVERNMENT_BODY');
                    insert into source (title, publisher, published_on, url, kind) values
                        ('Missiles hit the village overnight', 'Roundtrip Daily', date '2021-03-03', 'https://example.org/a', 'ARTICLE');
                    insert into strike (occurred_on, occurred_at, region_id, latitude, longitude, weapon_kind, weapon, target)
                        select date '2021-03-02', timestamptz '2021-03-02 03:40+02', id, 47.51, 35.12, 'MISSILE', 'two cruise missiles',
                               'a grain store' from region where name = 'Roundtrip Village';
                    insert into strike (occurred_on, region_id, weapon_kind, weapon)
                        select date '2021-03-02', id, 'DRONE', 'a loitering munition' from region where name = 'Kyiv';
                    insert into strike (occurred_on, region_id, latitude, longitude, weapon_kind)
                        select date '2021-03-20', id, 46.63, 32.61, 'ARTILLERY' from region where name = 'Kherson Oblast';
                    with s as (select id from strike where target = 'a grain store')
                    insert into casualty_report (strike_id, killed, killed_qualifier, injured, injured_qualifier, reported_by_actor_id, reported_on)
                        select s.id, 3, 'EXACT', 10, 'ABOUT', a.id, date '2021-03-02' from s, actor a where a.name = 'Roundtrip Military Administration'
                        union all select s.id, 5, 'AT_LEAST', null, null, a.id, null from s, actor a where a.name = 'Ukraine';
                    insert into casualty_report (strike_id, killed, killed_qualifier, reported_by_leader_id)
                        select s.id, 4, 'ABOUT', l.id from strike s, leader l where s.target = 'a grain store' and l.name = 'Volodymyr Zelensky';
                    insert into attribution (strike_id, actor_id, status)
                        select s.id, a.id, v.status from strike s, (values ('Russia', 'CLAIMED'), ('Roundtrip Military Administration', 'DISPUTED'))
                        as v(actor, status) join actor a on a.name = v.actor where s.target = 'a grain store';
                    insert into citation (source_id, quote, speaker, strike_id)
                        select so.id, 'Two missiles struck the grain store; three people were killed.', 'the head of the administration', s.id
                        from strike s, source so where s.target = 'a grain store' and so.title = 'Missiles hit the village overnight';
                    insert into citation (source_id, quote, strike_id)
                        select (select min(id) from source), 'A drone hit the capital, "no one was hurt".', s.id from strike s where s.weapon = 'a loitering munition';
                    """);
        }
        String exported = get(from, "/export/strikes.geojson" + FILTER);
        JsonArray features = new JsonObject(exported).getJsonArray("features");
        assertEquals(3, features.size(), exported);
        Path file = Files.createTempFile("frontline-export", ".geojson");
        Files.writeString(file, exported, StandardCharsets.UTF_8);

        Map<String, String> second = database();
        String report = importCommand(second, file);
        assertTrue(report.contains("3 added"), report);
        URI to = start("second", second);
        String again = get(to, "/export/strikes.geojson" + FILTER);
        assertEquals(comparable(features), comparable(new JsonObject(again).getJsonArray("features")));
        JsonObject grainStore = comparable(new JsonObject(again).getJsonArray("features")).stream()
                .filter(feature -> "a grain store".equals(feature.getJsonObject("properties").getString("target"))).findFirst().orElseThrow();
        // The lowest figure is the strike's; every figure is kept, with its reporter.
        assertEquals(3, grainStore.getJsonObject("properties").getInteger("killed"));
        assertEquals(3, grainStore.getJsonObject("properties").getJsonArray("reports").size());
        assertEquals("Roundtrip Village", grainStore.getJsonObject("properties").getJsonArray("regionPath").getJsonObject(3).getString("name"));
        assertEquals(csvWithoutIds(get(from, "/export/strikes.csv" + FILTER)), csvWithoutIds(get(to, "/export/strikes.csv" + FILTER)));

        // Once more: nothing changes. A feature that says something else now is refused, not applied.
        String twice = importCommand(second, file);
        assertTrue(twice.contains("0 added") && twice.contains("3 unchanged"), twice);
        Path changed = Files.createTempFile("frontline-export-changed", ".geojson");
        Files.writeString(changed, exported.replace("two cruise missiles", "three cruise missiles").replace("\"ARTILLERY\"", "\"CATAPULT\""),
                StandardCharsets.UTF_8);
        String refused = importCommand(second, changed);
        assertTrue(refused.contains("was restored before and the file now says otherwise"), refused);
        assertTrue(refused.contains("weaponKind \"CATAPULT\" is not one of"), refused);
        assertEquals(comparable(features), comparable(new JsonObject(get(to, "/export/strikes.geojson" + FILTER)).getJsonArray("features")));
        assertNotEquals(exported, again, "the second record's ids are its own");
    }

    /** The features without the ids each record gives, in an order that does not depend on them. */
    private static List<JsonObject> comparable(JsonArray features) {
        List<JsonObject> result = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonObject feature = features.getJsonObject(i).copy();
            feature.remove("id");
            feature.getJsonObject("properties").remove("id");
            feature.getJsonObject("properties").remove("regionId");
            result.add(feature);
        }
        result.sort(Comparator.comparing(JsonObject::encode));
        return result;
    }

    private static List<String> csvWithoutIds(String csv) {
        List<String> rows = new ArrayList<>();
        for (String line : csv.split("\r?\n")) {
            // id and region_id are the first and fourth columns, and hold no commas or quotes.
            String[] cells = line.split(",", 5);
            rows.add(cells[1] + "," + cells[2] + "," + cells[4]);
        }
        rows.sort(null);
        return rows;
    }

    private static Map<String, String> database() {
        FreshDatabase database = new FreshDatabase();
        DATABASES.add(database);
        return database.start();
    }

    private static URI start(String name, Map<String, String> datasource) throws Exception {
        return Packaged.start("roundtrip-" + name, datasource, STARTED);
    }

    /** The packaged import command, as a user runs it: its report, after checking that it succeeded. */
    private static String importCommand(Map<String, String> datasource, Path file) throws Exception {
        List<String> command = new ArrayList<>(Packaged.command(Packaged.properties(datasource)));
        command.addAll(List.of("import", "frontline", file.toString(), "--as", "roundtrip-test"));
        Path log = Files.createTempFile("frontline-roundtrip-import", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the import finishes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static String get(URI base, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
