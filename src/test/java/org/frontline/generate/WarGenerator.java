package org.frontline.generate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.frontline.source.FactKind;

/**
 * Fills a Frontline database with a war-sized record: regions in four levels with a control history
 * that follows a moving front line, strikes clustered near that line and in time with heavy-tailed
 * casualties, competing reports and attributions, sanctions with their targets, leaders, and the
 * sources and citations behind every fact. The same seed and scale always give the same rows.
 *
 * <p>It migrates the database first (the project's own Flyway migrations, so the seed article is
 * there), then writes beside the seed's rows: ids continue after the highest ones present. Rows go
 * in through COPY; secondary indexes are dropped for the load and built afterwards, which is several
 * times faster than maintaining them row by row.
 *
 * <p>It lives in the tests' sources so that the service's jar and native image do not carry it; the
 * benchmark runs it from the test classpath (the exec plugin in pom.xml names this class):
 *
 * <pre>./mvnw -q test-compile exec:java \
 *     -Dexec.args="jdbc:postgresql://localhost:5432/frontline_bench?user=postgres 1.0 42"</pre>
 */
public final class WarGenerator {

    /** The first day of the generated record: the full-scale invasion. */
    static final LocalDate START = LocalDate.of(2022, 2, 24);
    static final int DAYS = 1096;

    /** The generated country's box, a little inside Ukraine's. */
    static final double SOUTH = 44.5, NORTH = 52.3, WEST = 22.2, EAST = 40.2;
    static final int OBLAST_ROWS = 5, OBLAST_COLS = 5;

    /** The tables whose secondary indexes are dropped during the load and rebuilt after it. */
    private static final List<String> LOADED = List.of("region", "region_name", "region_control", "source", "leader",
            "leader_name", "leader_position", "sanction", "sanction_target", "strike", "casualty_report", "attribution",
            "citation");

    private static final String[] AUTHORITIES = {"United States", "European Union", "United Kingdom", "Canada", "Japan",
            "Switzerland", "Australia", "New Zealand", "Norway", "South Korea", "Ukraine", "Iceland", "Liechtenstein",
            "Montenegro", "Albania", "North Macedonia", "Moldova", "Singapore", "Taiwan", "Monaco"};
    private static final String[] POSITIONS = {"Governor", "Mayor", "Minister", "Deputy Minister", "Commander",
            "Member of Parliament", "Head of Administration", "Ambassador", "Chief of Staff", "Director"};

    final double scale;
    final SplittableRandom random;
    final String url;

    /** How many of each thing, at this scale. */
    final int strikeCount, regionCount, leaderCount, sanctionCount, targetCount, districtRows, districtCols;

    // Ids of the actors the generated facts name, looked up or created by name.
    final Map<String, Long> actors = new LinkedHashMap<>();
    long russia, ukraine, iran, russianForces, ukrainianForces, airForce, prosecutor, generalStaff, russianDefence;
    final long[] oblastAdministration = new long[OBLAST_ROWS * OBLAST_COLS];
    final long[] occupationAdministration = new long[4];
    final long[] wires = new long[4];

    // Where the id of each table starts: after the highest one present.
    final Map<String, Long> base = new LinkedHashMap<>();

    // Regions: the generated country, oblasts, districts and settlements with their points.
    long country;
    final long[] oblasts = new long[OBLAST_ROWS * OBLAST_COLS];
    final List<String> oblastNames = new ArrayList<>();
    long[] districts;
    String[] districtNames;
    double[] districtLat, districtLon;
    long[][] settlements;
    double[][] settlementLat, settlementLon;
    String[][] settlementNames;

    // Sources: one document per publisher per day; see sourceId.
    final List<Long> publishers = new ArrayList<>();
    final List<String> publisherNames = new ArrayList<>();
    final Map<Long, Integer> publisherIndex = new LinkedHashMap<>();
    long gazetteer;

    // Running ids.
    long nextCitation;
    long citations;

    WarGenerator(String url, double scale, long seed) {
        this.url = url;
        this.scale = scale;
        this.random = new SplittableRandom(seed);
        this.strikeCount = (int) Math.round(1_000_000 * scale);
        this.regionCount = (int) Math.max(150, Math.round(30_000 * scale));
        this.leaderCount = (int) Math.max(20, Math.round(5_000 * scale));
        this.sanctionCount = (int) Math.max(20, Math.round(20_000 * scale));
        this.targetCount = (int) Math.max(100, Math.round(200_000 * scale));
        int perOblast = (int) Math.max(1, Math.round(20 * scale));
        this.districtRows = Math.max(1, (int) Math.floor(Math.sqrt(perOblast)));
        this.districtCols = Math.max(1, Math.round((float) perOblast / districtRows));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: WarGenerator <jdbc-url> [scale, default 1.0] [seed, default 42]");
            System.exit(2);
        }
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        generate(args[0], scale, seed);
    }

    /** The title of the source that marks a database as generated, with the seed and scale used. */
    public static String marker(double scale, long seed) {
        return String.format(Locale.ROOT, "Frontline generated war record (scale %s, seed %d)", scale, seed);
    }

    /** Migrates the database at {@code url} and generates into it; refuses a database already generated into. */
    public static void generate(String url, double scale, long seed) throws Exception {
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        WarGenerator generator = new WarGenerator(url, scale, seed);
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select title from source where title like 'Frontline generated war record%'")) {
                if (rs.next()) {
                    throw new IllegalStateException("This database already holds " + rs.getString(1)
                            + "; generate into a fresh one.");
                }
            }
            generator.run(connection, seed, started);
        }
    }

    private void run(Connection connection, long seed, long started) throws Exception {
        log(started, "generating scale %s (seed %d): %,d strikes, %,d regions, %,d leaders, %,d sanctions, %,d targets",
                scale, seed, strikeCount, regionCount, leaderCount, sanctionCount, targetCount);
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("set synchronous_commit = off");
        }
        createActors(connection);
        for (String table : LOADED) {
            if (table.endsWith("_name")) {
                continue;
            }
            base.put(table, single(connection, "select coalesce(max(id), 0) from " + table, table));
        }
        List<String> indexes = dropIndexes(connection);
        connection.commit();
        log(started, "dropped %d secondary indexes", indexes.size());

        // The tables' own triggers stay off during the load: the casualty-report trigger would
        // update a strike per report (the generator sets each strike's figures itself, by the same
        // rule, see Strikes.figures), and the history triggers would record millions of generated
        // rows as if editors had written them. A generated record starts with no history.
        try (Statement st = connection.createStatement()) {
            for (String table : LOADED) {
                st.execute("alter table " + table + " disable trigger user");
            }
        }
        connection.commit();

        List<Connection> streams = new ArrayList<>();
        try {
            Map<String, CopyStream> copy = openStreams(streams);
            writePlacesSourcesPeople(copy, seed);
            log(started, "regions, sources, leaders and sanctions written; strikes next");
            new Strikes(this, copy, started).write();
            for (CopyStream stream : copy.values()) {
                stream.close();
            }
            for (Connection stream : streams) {
                stream.commit();
            }
            for (CopyStream stream : copy.values()) {
                log(started, "%-16s %,10d rows", stream.table(), stream.rows());
            }
        } finally {
            for (Connection stream : streams) {
                stream.close();
            }
        }

        try (Statement st = connection.createStatement()) {
            for (String table : LOADED) {
                st.execute("alter table " + table + " enable trigger user");
            }
            for (String table : base.keySet()) {
                st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
            }
        }
        connection.commit();
        buildIndexes(indexes, started);
        try (Statement st = connection.createStatement()) {
            // The triggers that keep region totals per month were off with the rest: count again.
            st.execute("select rebuild_strike_month_totals()");
        }
        connection.commit();
        log(started, "strike totals by region and month counted");
        try (Statement st = connection.createStatement()) {
            connection.setAutoCommit(true);
            // Freshly loaded tables have no statistics and no visibility map: without these the
            // planner guesses and index-only scans read the heap.
            st.execute("vacuum analyze " + String.join(", ", LOADED));
        }
        log(started, "done: %,d citations in all; vacuumed and analysed", citations);
    }

    // --- Actors ---------------------------------------------------------------------------------

    private void createActors(Connection connection) throws SQLException {
        russia = actor(connection, "Russia", "STATE", null);
        ukraine = actor(connection, "Ukraine", "STATE", null);
        iran = actor(connection, "Iran", "STATE", null);
        russianForces = actor(connection, "Armed Forces of Russia", "ARMED_FORCE", russia);
        ukrainianForces = actor(connection, "Armed Forces of Ukraine", "ARMED_FORCE", ukraine);
        airForce = actor(connection, "Ukrainian Air Force", "ARMED_FORCE", ukraine);
        prosecutor = actor(connection, "Office of the Prosecutor General of Ukraine", "GOVERNMENT_BODY", ukraine);
        generalStaff = actor(connection, "General Staff of the Armed Forces of Ukraine (generated)", "GOVERNMENT_BODY", ukraine);
        russianDefence = actor(connection, "Ministry of Defence of Russia (generated)", "GOVERNMENT_BODY", russia);
        for (String authority : AUTHORITIES) {
            actor(connection, authority, authority.equals("European Union") ? "ORGANISATION" : "STATE", null);
        }
        SplittableRandom names = random.split();
        for (int i = 0; i < oblasts.length; i++) {
            String name = uniquePlace(names, oblastNames);
            oblastNames.add(name);
            oblastAdministration[i] = actor(connection, name + " Oblast Military Administration (generated)",
                    "GOVERNMENT_BODY", ukraine);
        }
        for (int i = 0; i < occupationAdministration.length; i++) {
            // The occupied oblasts are the eastern column of the grid.
            occupationAdministration[i] = actor(connection, "Russia-appointed administration of "
                    + oblastNames.get(i * OBLAST_COLS + OBLAST_COLS - 1) + " Oblast (generated)", "OCCUPATION_AUTHORITY", russia);
        }
        String[] wireNames = {"Frontline Wire (generated)", "Eastern Herald (generated)", "Black Sea Courier (generated)",
                "Kyiv Daily Record (generated)"};
        for (int i = 0; i < wires.length; i++) {
            wires[i] = actor(connection, wireNames[i], "MEDIA", null);
        }
        // Every actor above publishes documents; each is one column of the source grid.
        for (Map.Entry<String, Long> entry : actors.entrySet()) {
            publisherIndex.put(entry.getValue(), publishers.size());
            publishers.add(entry.getValue());
            publisherNames.add(entry.getKey());
        }
    }

    private static String uniquePlace(SplittableRandom names, List<String> taken) {
        String name;
        do {
            name = Syllables.place(names);
        } while (taken.contains(name));
        return name;
    }

    private long actor(Connection connection, String name, String kind, Long partOf) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into actor (name, kind, part_of_id) values (?, ?, ?) on conflict (name) do nothing")) {
            insert.setString(1, name);
            insert.setString(2, kind);
            insert.setObject(3, partOf);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("select id from actor where name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                actors.put(name, id);
                return id;
            }
        }
    }

    // --- Indexes --------------------------------------------------------------------------------

    /** Drops the loaded tables' indexes that back no constraint, and returns their definitions. */
    private List<String> dropIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i"
                        + " join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace"
                        + " where n.nspname = 'public' and t.relname = any(?)"
                        + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)"
                        + " order by pg_relation_size(i.indrelid) desc, 1")) {
            select.setArray(1, connection.createArrayOf("text", LOADED.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            for (String name : names) {
                st.execute("drop index " + name);
            }
        }
        return definitions;
    }

    /** Builds the indexes two at a time (this machine has two cores), each with more sort memory. */
    private void buildIndexes(List<String> definitions, long started) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> builds = new ArrayList<>();
            for (String definition : definitions) {
                builds.add(pool.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(url); Statement st = connection.createStatement()) {
                        st.execute("set maintenance_work_mem = '256MB'");
                        st.execute("set max_parallel_maintenance_workers = 0");
                        st.execute(definition);
                    }
                    return null;
                }));
            }
            for (Future<?> build : builds) {
                build.get();
            }
        } finally {
            pool.shutdown();
        }
        log(started, "built %d indexes", definitions.size());
    }

    // --- Regions, sources, leaders, sanctions ---------------------------------------------------

    private Map<String, CopyStream> openStreams(List<Connection> connections) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("region", "id, name, kind, parent_id, latitude, longitude");
        columns.put("region_name", "region_id, name");
        columns.put("region_control", "id, region_id, controller_id, extent, share_percent, valid_from, valid_from_precision, valid_to");
        columns.put("source", "id, title, publisher, published_on, url, kind, description");
        columns.put("leader", "id, name");
        columns.put("leader_name", "leader_id, name");
        columns.put("leader_position", "id, leader_id, title, acting_for_id, since, since_precision, until, until_precision");
        columns.put("sanction", "id, authority_id, title, programme, announced_on, lifted_on, stated_target_count, "
                + "stated_target_count_qualifier, stated_target_description");
        columns.put("sanction_target", "id, sanction_id, leader_id, actor_id, name, kind, delisted_on");
        columns.put("strike", "id, occurred_on, occurred_at, region_id, latitude, longitude, weapon_kind, weapon, "
                + "weapon_supplier_id, target, description, killed, killed_qualifier, injured, injured_qualifier");
        columns.put("casualty_report", "id, strike_id, killed, killed_qualifier, injured, injured_qualifier, "
                + "reported_by_actor_id, reported_by_leader_id, reported_on");
        columns.put("attribution", "id, strike_id, actor_id, status, claimed_by_actor_id, claimed_by_leader_id, evidence_given");
        columns.put("citation", "id, source_id, quote, speaker, "
                + Arrays.stream(FactKind.values()).map(FactKind::column).collect(Collectors.joining(", ")));
        Map<String, CopyStream> streams = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : columns.entrySet()) {
            Connection connection = DriverManager.getConnection(url);
            connections.add(connection);
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute("set synchronous_commit = off");
                // The generator writes consistent keys by construction; checking each of millions
                // of foreign keys row by row would double the load. Needs a superuser; without one
                // the load is slower, not different.
                try {
                    st.execute("savepoint role");
                    st.execute("set session_replication_role = replica");
                } catch (SQLException notSuperuser) {
                    st.execute("rollback to savepoint role");
                }
            }
            streams.put(table.getKey(), new CopyStream(connection, table.getKey(), table.getValue()));
        }
        return streams;
    }

    private void writePlacesSourcesPeople(Map<String, CopyStream> copy, long seed) throws SQLException {
        writeSources(copy.get("source"), seed);
        writeRegions(copy);
        writeControl(copy);
        long[] leaders = writeLeaders(copy);
        writeSanctions(copy, leaders);
    }

    /** The document a publisher put out on a day of the war (day 0 is the invasion). */
    long sourceId(long publisher, int day) {
        return base.get("source") + 2 + (long) day * publishers.size() + publisherIndex.get(publisher);
    }

    private void writeSources(CopyStream source, long seed) throws SQLException {
        long id = base.get("source") + 1;
        source.add(id).add(marker(scale, seed)).add("Frontline").add(START.plusDays(DAYS)).add(null).add("DATASET")
                .add("A synthetic record generated for load tests: every place, person and figure in it is made up.").end();
        gazetteer = id;
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = START.plusDays(day);
            for (int p = 0; p < publishers.size(); p++) {
                long publisher = publishers.get(p);
                boolean media = isWire(publisher);
                source.add(sourceId(publisher, day)).add(publisherNames.get(p) + (media ? ": reports of " : ": statement of ") + date)
                        .add(publisherNames.get(p)).add(date)
                        .add("https://record.example/" + (p + 1) + "/" + date).add(media ? "ARTICLE" : "OFFICIAL_STATEMENT")
                        .add(null).end();
            }
        }
    }

    private boolean isWire(long actor) {
        for (long wire : wires) {
            if (wire == actor) {
                return true;
            }
        }
        return false;
    }

    private void writeRegions(Map<String, CopyStream> copy) throws SQLException {
        CopyStream region = copy.get("region");
        CopyStream names = copy.get("region_name");
        long id = base.get("region");
        SplittableRandom r = random.split();
        country = ++id;
        region.add(country).add("Generated Country").add("COUNTRY").add(null).add(48.4).add(31.2).end();
        names.add(country).add("Generated Country").end();
        int perOblast = districtRows * districtCols;
        int districtCount = oblasts.length * perOblast;
        districts = new long[districtCount];
        districtNames = new String[districtCount];
        districtLat = new double[districtCount];
        districtLon = new double[districtCount];
        double oblastHeight = (NORTH - SOUTH) / OBLAST_ROWS, oblastWidth = (EAST - WEST) / OBLAST_COLS;
        for (int o = 0; o < oblasts.length; o++) {
            oblasts[o] = ++id;
            double lat = SOUTH + (o / OBLAST_COLS + 0.5) * oblastHeight, lon = WEST + (o % OBLAST_COLS + 0.5) * oblastWidth;
            String name = oblastNames.get(o) + " Oblast";
            region.add(oblasts[o]).add(name).add("OBLAST").add(country).add(lat).add(lon).end();
            names.add(oblasts[o]).add(name).end();
            names.add(oblasts[o]).add(Syllables.variant(oblastNames.get(o))).end();
            cite(copy, gazetteer, "The gazetteer lists " + name + ".", FactKind.REGION, oblasts[o]);
        }
        List<String> taken = new ArrayList<>();
        for (int d = 0; d < districtCount; d++) {
            int o = d / perOblast, cell = d % perOblast;
            double south = SOUTH + (o / OBLAST_COLS) * oblastHeight, west = WEST + (o % OBLAST_COLS) * oblastWidth;
            districtLat[d] = south + ((cell / districtCols) + 0.5) * oblastHeight / districtRows;
            districtLon[d] = west + ((cell % districtCols) + 0.5) * oblastWidth / districtCols;
            districts[d] = ++id;
            districtNames[d] = uniquePlace(r, taken) + " Raion";
            taken.add(districtNames[d].replace(" Raion", ""));
            region.add(districts[d]).add(districtNames[d]).add("DISTRICT").add(oblasts[o]).add(round(districtLat[d]))
                    .add(round(districtLon[d])).end();
            names.add(districts[d]).add(districtNames[d]).end();
            cite(copy, gazetteer, "The gazetteer lists " + districtNames[d] + " in " + oblastNames.get(o) + " Oblast.",
                    FactKind.REGION, districts[d]);
        }
        int settlementCount = Math.max(districtCount, regionCount - 1 - oblasts.length - districtCount);
        settlements = new long[districtCount][];
        settlementLat = new double[districtCount][];
        settlementLon = new double[districtCount][];
        settlementNames = new String[districtCount][];
        for (int d = 0; d < districtCount; d++) {
            int n = settlementCount / districtCount + (d < settlementCount % districtCount ? 1 : 0);
            settlements[d] = new long[n];
            settlementLat[d] = new double[n];
            settlementLon[d] = new double[n];
            settlementNames[d] = new String[n];
            double height = oblastHeight / districtRows, width = oblastWidth / districtCols;
            for (int s = 0; s < n; s++) {
                settlements[d][s] = ++id;
                settlementLat[d][s] = districtLat[d] + (r.nextDouble() - 0.5) * height;
                settlementLon[d][s] = districtLon[d] + (r.nextDouble() - 0.5) * width;
                settlementNames[d][s] = Syllables.place(r);
                region.add(settlements[d][s]).add(settlementNames[d][s]).add("SETTLEMENT").add(districts[d])
                        .add(round(settlementLat[d][s])).add(round(settlementLon[d][s])).end();
                names.add(settlements[d][s]).add(settlementNames[d][s]).end();
                if (r.nextInt(10) == 0) {
                    String variant = Syllables.variant(settlementNames[d][s]);
                    if (!variant.equals(settlementNames[d][s])) {
                        names.add(settlements[d][s]).add(variant).end();
                    }
                }
            }
        }
    }

    /**
     * Control of every oblast and district, month by month, following the front line: a district
     * behind Russia's side of the line is held by Russia, one on the line is contested, the rest
     * Ukraine's; an oblast is held in the shares its districts give. A row is written only when its
     * holder or extent changes, so the history reads as sources would state it.
     */
    private void writeControl(Map<String, CopyStream> copy) throws SQLException {
        CopyStream control = copy.get("region_control");
        long id = base.get("region_control");
        int perOblast = districtRows * districtCols;
        // Each region's changes as {first day, state}: for a district 0 Ukraine, 1 Russia, 2
        // contested; for an oblast the share Russia holds, in percent.
        List<List<int[]>> districtChanges = new ArrayList<>();
        List<List<int[]>> oblastChanges = new ArrayList<>();
        for (int d = 0; d < districts.length; d++) {
            districtChanges.add(new ArrayList<>());
        }
        for (int o = 0; o < oblasts.length; o++) {
            oblastChanges.add(new ArrayList<>());
        }
        for (int day = 0; day < DAYS; day += 30) {
            int[] held = new int[oblasts.length];
            for (int d = 0; d < districts.length; d++) {
                double distance = districtLon[d] - Front.longitude(day, districtLat[d]);
                int state = distance > 0.35 ? 1 : distance > -0.15 ? 2 : 0;
                held[d / perOblast] += state == 1 ? 1 : 0;
                addChange(districtChanges.get(d), day, state);
            }
            for (int o = 0; o < oblasts.length; o++) {
                addChange(oblastChanges.get(o), day, Math.round(100f * held[o] / perOblast));
            }
        }
        for (int d = 0; d < districts.length; d++) {
            List<int[]> changes = districtChanges.get(d);
            for (int c = 0; c < changes.size(); c++) {
                int from = changes.get(c)[0], state = changes.get(c)[1];
                LocalDate to = c + 1 < changes.size() ? START.plusDays(changes.get(c + 1)[0]) : null;
                control.add(++id).add(districts[d]).add(state == 1 ? russia : ukraine).add(state == 2 ? "CONTESTED" : "FULL")
                        .add(null).add(START.plusDays(from)).add("MONTH").add(to).end();
                cite(copy, sourceId(generalStaff, from), districtNames[d] + (state == 1 ? " is held by Russian forces."
                        : state == 2 ? " is contested." : " is under Ukrainian control."), FactKind.REGION_CONTROL, id);
            }
        }
        for (int o = 0; o < oblasts.length; o++) {
            List<int[]> changes = oblastChanges.get(o);
            String name = oblastNames.get(o) + " Oblast";
            for (int c = 0; c < changes.size(); c++) {
                int from = changes.get(c)[0], russianShare = changes.get(c)[1];
                LocalDate to = c + 1 < changes.size() ? START.plusDays(changes.get(c + 1)[0]) : null;
                if (russianShare > 0) {
                    control.add(++id).add(oblasts[o]).add(russia).add(extent(russianShare)).add(russianShare)
                            .add(START.plusDays(from)).add("MONTH").add(to).end();
                    cite(copy, sourceId(generalStaff, from), "Russian forces hold about " + russianShare + "% of " + name + ".",
                            FactKind.REGION_CONTROL, id);
                }
                if (russianShare < 100) {
                    control.add(++id).add(oblasts[o]).add(ukraine).add(extent(100 - russianShare)).add(100 - russianShare)
                            .add(START.plusDays(from)).add("MONTH").add(to).end();
                    cite(copy, sourceId(generalStaff, from), "Ukraine holds about " + (100 - russianShare) + "% of " + name + ".",
                            FactKind.REGION_CONTROL, id);
                }
            }
        }
    }

    private static void addChange(List<int[]> changes, int day, int state) {
        if (changes.isEmpty() || changes.get(changes.size() - 1)[1] != state) {
            changes.add(new int[] {day, state});
        }
    }

    private static String extent(int share) {
        return share == 100 ? "FULL" : share >= 50 ? "MOST" : "PART";
    }

    private long[] writeLeaders(Map<String, CopyStream> copy) throws SQLException {
        CopyStream leader = copy.get("leader"), names = copy.get("leader_name"), position = copy.get("leader_position");
        SplittableRandom r = random.split();
        long id = base.get("leader"), positionId = base.get("leader_position");
        long[] ids = new long[leaderCount];
        Long[] actingFor = actors.values().toArray(Long[]::new);
        for (int i = 0; i < leaderCount; i++) {
            ids[i] = ++id;
            String name = Syllables.person(r);
            leader.add(id).add(name).end();
            names.add(id).add(name).end();
            if (r.nextInt(4) == 0) {
                String variant = Syllables.variant(name);
                if (!variant.equals(name)) {
                    names.add(id).add(variant).end();
                }
            }
            cite(copy, sourceId(wires[r.nextInt(wires.length)], r.nextInt(DAYS)), name + " was named in the report.", FactKind.LEADER, id);
            int count = 1 + (r.nextInt(3) == 0 ? 1 : 0);
            for (int p = 0; p < count; p++) {
                LocalDate from = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000));
                LocalDate until = r.nextInt(3) == 0 ? from.plusDays(200 + r.nextInt(2000)) : null;
                position.add(++positionId).add(id).add(POSITIONS[r.nextInt(POSITIONS.length)])
                        .add(actingFor[r.nextInt(actingFor.length)]).add(from).add("DAY").add(until)
                        .add(until == null ? null : "DAY").end();
                cite(copy, sourceId(wires[r.nextInt(wires.length)], r.nextInt(DAYS)), name + " holds the position.",
                        FactKind.LEADER_POSITION, positionId);
            }
        }
        return ids;
    }

    private void writeSanctions(Map<String, CopyStream> copy, long[] leaders) throws SQLException {
        CopyStream sanction = copy.get("sanction"), target = copy.get("sanction_target");
        SplittableRandom r = random.split();
        long id = base.get("sanction"), targetId = base.get("sanction_target");
        // Packages cluster on a few dozen days (anniversaries, escalations); the rest are spread out.
        int[] packageDays = new int[36];
        for (int i = 0; i < packageDays.length; i++) {
            packageDays[i] = r.nextInt(DAYS);
        }
        // Targets per sanction are heavy-tailed: most list a handful, a few list hundreds.
        double[] weights = new double[sanctionCount];
        double total = 0;
        for (int i = 0; i < sanctionCount; i++) {
            weights[i] = Math.min(400, pareto(r, 1, 1.15));
            total += weights[i];
        }
        int[] targets = new int[sanctionCount];
        int assigned = 0;
        for (int i = 0; i < sanctionCount; i++) {
            targets[i] = (int) Math.floor(targetCount * weights[i] / total);
            assigned += targets[i];
        }
        for (int i = 0; assigned < targetCount; i = (i + 1) % sanctionCount) {
            targets[i]++;
            assigned++;
        }
        for (int i = 0; i < sanctionCount; i++) {
            // Authorities are Zipf-like: the US and the EU list by far the most.
            int a = Math.min(AUTHORITIES.length - 1, (int) Math.floor(pareto(r, 1, 1.1)) - 1);
            long authority = actors.get(AUTHORITIES[a]);
            int day = r.nextInt(2) == 0 ? packageDays[r.nextInt(packageDays.length)] : r.nextInt(DAYS);
            LocalDate announced = START.plusDays(day);
            boolean stated = r.nextInt(20) == 0;
            sanction.add(++id).add(authority).add(AUTHORITIES[a] + " sanctions of " + announced + " (" + (i + 1) + ")")
                    .add(AUTHORITIES[a] + " Russia-related sanctions programme").add(announced)
                    .add(r.nextInt(50) == 0 ? announced.plusDays(100 + r.nextInt(300)) : null)
                    .add(stated ? (Object) (100 + r.nextInt(1000)) : null).add(stated ? "MORE_THAN" : null)
                    .add(stated ? "people and firms linked to the invasion" : null).end();
            long notice = sourceId(authority, day);
            cite(copy, notice, AUTHORITIES[a] + " announced new sanctions.", FactKind.SANCTION, id);
            cite(copy, sourceId(wires[r.nextInt(wires.length)], day), "New sanctions were announced by " + AUTHORITIES[a] + ".",
                    FactKind.SANCTION, id);
            for (int t = 0; t < targets[i]; t++) {
                int kind = r.nextInt(20);
                Long leader = null;
                String name;
                String kindName;
                if (kind < 11) {
                    kindName = "PERSON";
                    if (r.nextInt(10) == 0) {
                        leader = leaders[r.nextInt(leaders.length)];
                    }
                    name = Syllables.person(r);
                } else if (kind < 18) {
                    kindName = "COMPANY";
                    name = Syllables.place(r) + (r.nextBoolean() ? " Holding" : " LLC");
                } else if (kind < 19) {
                    kindName = "BODY";
                    name = "Directorate of " + Syllables.place(r);
                } else {
                    kindName = "VESSEL";
                    name = "MV " + Syllables.place(r);
                }
                target.add(++targetId).add(id).add(leader).add(null).add(name).add(kindName)
                        .add(r.nextInt(100) == 0 ? announced.plusDays(30 + r.nextInt(300)) : null).end();
                cite(copy, notice, name + " is listed.", FactKind.SANCTION_TARGET, targetId);
                cite(copy, sourceId(wires[(int) (targetId % wires.length)], day), name + " was added to the list.",
                        FactKind.SANCTION_TARGET, targetId);
            }
        }
    }

    // --- Shared helpers -------------------------------------------------------------------------

    /** One citation of one fact by one source. */
    void cite(Map<String, CopyStream> copy, long source, String quote, FactKind kind, long fact) throws SQLException {
        if (nextCitation == 0) {
            nextCitation = base.get("citation");
        }
        CopyStream citation = copy.get("citation");
        citation.add(++nextCitation).add(source).add(quote).add(null);
        for (FactKind column : FactKind.values()) {
            citation.add(column == kind ? fact : null);
        }
        citation.end();
        citations++;
    }

    /** A Pareto draw: at least {@code minimum}, with a tail as heavy as {@code alpha} is small. */
    static double pareto(SplittableRandom r, double minimum, double alpha) {
        return minimum / Math.pow(1 - r.nextDouble(), 1 / alpha);
    }

    static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    private static long single(Connection connection, String sql, String what) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void log(long started, String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - started) / 1e9, String.format(Locale.ROOT, format, args));
    }
}
