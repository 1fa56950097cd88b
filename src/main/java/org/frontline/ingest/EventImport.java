package org.frontline.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

/**
 * The set-based half of an events import, run on the staged rows in the import's transaction: the
 * file's source and the sources rows name, the regions (matched by any spelling, made with their
 * parents where missing), the actors, and then the strikes, casualty reports, attributions and
 * citations of new events in a few statements over all of them, and the corrections of changed
 * events through the triggers, as an editor's are. Nothing here goes row by row.
 */
final class EventImport {

    private static final Logger LOG = Logger.getLogger(EventImport.class);

    /** One level of the place names a row gives, coarsest first, and how a region of that level is found. */
    private record Level(String name, String column, String idColumn, String parent, String scope, String kind,
            String variants, String match, boolean located) {
    }

    private static final List<Level> LEVELS = List.of(
            new Level("country", "country", "c_id", "null::bigint", "null::bigint", "COUNTRY", "", "r.kind = 'COUNTRY'", false),
            new Level("admin1", "admin1", "a1_id", "p.c_id", "null::bigint", "OBLAST", ", lower(l.name) || ' oblast'",
                    "r.kind = 'OBLAST' and (l.parent_id is null or r.parent_id = l.parent_id)", false),
            new Level("admin2", "admin2", "a2_id", "p.a1_id", "null::bigint", "DISTRICT",
                    ", lower(l.name) || ' raion', lower(l.name) || ' district'", "r.parent_id = l.parent_id", false),
            // A hromada (ACLED's admin3 in Ukraine) has no kind of its own in the model; it is a
            // district's subdivision and is kept as a DISTRICT below the raion.
            new Level("admin3", "admin3", "a3_id", "coalesce(p.a2_id, p.a1_id)", "null::bigint", "DISTRICT",
                    ", lower(l.name) || ' hromada'", "r.parent_id = l.parent_id", false),
            // A place is looked for anywhere in its oblast, since a city may sit directly under the
            // oblast in the record while the file puts it under a raion and a hromada.
            new Level("location", "location", "loc_id", "coalesce(p.a3_id, p.a2_id, p.a1_id)", "p.a1_id", "SETTLEMENT", "",
                    "r.kind in ('CITY', 'SETTLEMENT', 'FACILITY') and l.scope_id in (select region_and_ancestors(r.id))", true));

    private final Connection db;
    private final EventFormat format;
    private final String fileName;
    private final Progress progress;

    EventImport(Connection db, EventFormat format, String fileName, Progress progress) {
        this.db = db;
        this.format = format;
        this.fileName = fileName;
        this.progress = progress;
    }

    /** Refuses the second and later rows of an event id given more than once, and leaves them out. */
    List<ImportReport.Refusal> duplicates() throws SQLException {
        run("""
                create temp table duplicate on commit drop as
                select s.line, s.event_id, f.first_line
                from staged s join (select event_id, min(line) as first_line from staged group by event_id having count(*) > 1) f
                    using (event_id)
                where s.line > f.first_line""");
        run("delete from staged s using duplicate d where s.line = d.line");
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select line, event_id, first_line from duplicate order by line")) {
            List<ImportReport.Refusal> refused = new ArrayList<>();
            while (rs.next()) {
                refused.add(new ImportReport.Refusal(rs.getLong(1), "event " + rs.getString(2) + " is given again (first at line "
                        + rs.getLong(3) + "); only the first is imported"));
            }
            return refused;
        }
    }

    /** A source for each source the rows name that has none yet, and the reporting actor and the rows' actors. */
    long sourcesAndActors() throws SQLException {
        update("""
                with wanted as (
                    select distinct named_source from staged s
                    where named_source is not null
                      and not exists (select 1 from external_key k where k.dataset = ? and k.external_id = s.named_source)),
                made as (
                    insert into source (title, kind, description)
                    select named_source, 'OTHER', 'Named as the source of events in ' || ? || ' files.' from wanted
                    returning id, title)
                insert into external_key (dataset, external_id, fact_kind, fact_id)
                select ?, title, 'SOURCE', id from made""", namedSources(), format.reporter(), namedSources());
        update("insert into actor (name, kind) values (?, 'ORGANISATION') on conflict (name) do nothing", format.reporter());
        // Names of armed forces read as ARMED_FORCE; every other actor a file names is an ORGANISATION
        // until an editor says more.
        run("""
                insert into actor (name, kind)
                select distinct actor, case when actor ~* '(forces|army|military|navy|air force)' then 'ARMED_FORCE' else 'ORGANISATION' end
                from staged where actor is not null
                on conflict (name) do nothing""");
        try (PreparedStatement st = db.prepareStatement("select id from actor where name = ?")) {
            st.setString(1, format.reporter());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Each distinct place the rows give, matched level by level to a region by any of its spellings
     * (region_name), under the region matched for the level above; a region no spelling finds is
     * made under its parent, with its name as a spelling and a citation of the line that named it.
     */
    void places(long fileSource) throws SQLException {
        run("""
                create temp table place on commit drop as
                select country, admin1, admin2, admin3, location, min(line) as line, avg(latitude) as lat, avg(longitude) as lon,
                       null::bigint as c_id, null::bigint as a1_id, null::bigint as a2_id, null::bigint as a3_id, null::bigint as loc_id
                from staged group by 1, 2, 3, 4, 5""");
        for (Level level : LEVELS) {
            run("drop table if exists level");
            run("create temp table level on commit drop as select " + level.parent() + " as parent_id, " + level.scope()
                    + " as scope_id, " + level.column() + " as name, min(line) as line, avg(lat) as lat, avg(lon) as lon,"
                    + " null::bigint as region_id from place p where " + level.column() + " <> '' group by 1, 2, 3");
            run("update level set region_id = m.region_id from ("
                    + " select distinct on (l.parent_id, l.scope_id, l.name) l.parent_id, l.scope_id, l.name, r.id as region_id"
                    + " from level l cross join lateral unnest(array[lower(l.name)" + level.variants() + "]) as v(spelling)"
                    + " join region_name n on lower(n.name) = v.spelling join region r on r.id = n.region_id"
                    + " where r.retired_at is null and " + level.match()
                    + " order by l.parent_id, l.scope_id, l.name, r.id) m"
                    + " where m.parent_id is not distinct from level.parent_id and m.scope_id is not distinct from level.scope_id"
                    + " and m.name = level.name");
            update("with made as ("
                    + " insert into region (name, kind, parent_id, latitude, longitude)"
                    + " select distinct on (parent_id, name) name, '" + level.kind() + "', parent_id, "
                    + (level.located() ? "lat, lon" : "null::float8, null::float8")
                    + " from level where region_id is null order by parent_id, name, line returning id, name, parent_id),"
                    + " named as (insert into region_name (region_id, name) select id, name from made),"
                    + " cited as (insert into citation (source_id, quote, region_id)"
                    + "   select ?, format('Line %s of %s names %s (" + level.name() + ").', l.line, ?::text, m.name), m.id"
                    + "   from made m join level l on l.name = m.name and l.parent_id is not distinct from m.parent_id)"
                    + " update level set region_id = made.id from made"
                    + " where made.name = level.name and made.parent_id is not distinct from level.parent_id", fileSource, fileName);
            run("update place p set " + level.idColumn() + " = l.region_id from level l"
                    + " where l.name = p." + level.column() + " and l.parent_id is not distinct from " + level.parent()
                    + " and l.scope_id is not distinct from " + level.scope());
        }
    }

    /** Sorts the staged rows into new, changed and unchanged events; answers {added, changed, unchanged}. */
    long[] classify() throws SQLException {
        // What is known of each row, narrow, and the rows with it as a view: the wide rows are
        // written once (staged), not copied again for each step.
        run("analyze staged");
        run("""
                create temp table classification on commit drop as
                select s.line, coalesce(p.loc_id, p.a3_id, p.a2_id, p.a1_id, p.c_id) as region_id,
                       k.fact_id as known_strike_id, k.row_hash as known_hash, k.report_ids as known_report_ids,
                       k.attribution_id as known_attribution_id, k.joined as known_joined
                from staged s
                join place p using (country, admin1, admin2, admin3, location)
                left join external_key k on k.dataset = '%s' and k.external_id = s.event_id""".formatted(format.dataset()));
        run("analyze classification");
        run("create temp view classified as select s.*, c.region_id, c.known_strike_id, c.known_hash, c.known_report_ids,"
                + " c.known_attribution_id, c.known_joined from staged s join classification c using (line)");
        run("""
                create temp table attach on commit drop as
                select c.event_id, min(s.id) as strike_id
                from classified c
                join strike s on s.occurred_on = c.occurred_on and s.region_id = c.region_id and s.retired_at is null
                    and (c.latitude is null or s.latitude is null
                         or (abs(s.latitude - c.latitude) <= 0.05 and abs(s.longitude - c.longitude) <= 0.05))
                where %s and c.known_strike_id is null
                  and not exists (select 1 from external_key k where k.dataset = '%s' and k.fact_kind = 'STRIKE' and k.fact_id = s.id)
                group by c.event_id having count(*) = 1""".formatted(format.joinsOtherDatasets(), format.dataset()));
        // Two events of one file on the same strike are two strikes, as the file says.
        run("delete from attach a using (select strike_id from attach group by 1 having count(*) > 1) twice where a.strike_id = twice.strike_id");
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                select count(*) filter (where known_strike_id is null),
                       count(*) filter (where known_strike_id is not null and known_hash is distinct from row_hash),
                       count(*) filter (where known_hash = row_hash),
                       (select count(*) from attach)
                from classified""")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        }
    }

    /**
     * The new events: strikes, their reports and attributions and the citations of all three, each
     * table in one statement with its history written by the same statement, as the triggers would
     * have written it row by row (they stand aside: frontline.bulk, see V17). The strike's own
     * figures are the lowest report's, as the casualty-report trigger keeps them; the region totals
     * take the new strikes in one merge. Each sequence is named once per statement, in a subquery:
     * {@code nextval(pg_get_serial_sequence(...))} looks the name up again for every row: for a
     * million events the two statements below that take the new ids took 15.7 s that way, 6.2 s so.
     */
    void addNew(long fileSource, long reporter) throws SQLException {
        String dataset = format.dataset();
        run("""
                create temp table fresh on commit drop as
                select nextval((select pg_get_serial_sequence('strike', 'id')::regclass)) as strike_id,
                       case when c.actor is not null then nextval((select pg_get_serial_sequence('attribution', 'id')::regclass)) end as attribution_id,
                       ns.fact_id as named_source_id, c.*
                from classified c
                left join external_key ns on ns.dataset = '%s-source' and ns.external_id = c.named_source
                where c.known_strike_id is null and not exists (select 1 from attach a where a.event_id = c.event_id)""".formatted(dataset));
        run("""
                create temp table fresh_report on commit drop as
                select nextval((select pg_get_serial_sequence('casualty_report', 'id')::regclass)) as id, f.strike_id, u.killed, u.qualifier, u.n
                from fresh f cross join lateral unnest(f.figures, f.qualifiers) with ordinality as u(killed, qualifier, n)""");
        List<String> indexes = largeLoad() ? dropIndexes() : List.of();
        run("select set_config('frontline.bulk', 'on', true)");
        // The rows below are checked against nothing but what this import has just made or found
        // (regions, strikes, actors, sources), so where the importing role may, they skip the
        // foreign-key triggers and the commit log's too: replica mode, made for loading rows known
        // to be consistent, several million trigger events fewer. The commit is logged once, by the
        // import_run row (V17). Without the privilege the triggers run; frontline.bulk keeps the
        // record's own ones aside either way.
        boolean replica = mayReplicate();
        if (replica) {
            run("set local session_replication_role = replica");
        }
        progress.step("Adding new strikes");
        run("""
                with made as (
                    insert into strike (id, occurred_on, region_id, latitude, longitude, weapon_kind, weapon, target, description,
                                        killed, killed_qualifier)
                    overriding system value
                    select f.strike_id, f.occurred_on, f.region_id, f.latitude, f.longitude, f.weapon_kind, f.weapon, f.target,
                           f.description, low.killed, low.qualifier
                    from fresh f
                    left join lateral (
                        select u.killed, u.qualifier from unnest(f.figures, f.qualifiers) with ordinality as u(killed, qualifier, n)
                        order by u.killed, (u.qualifier = 'EXACT') desc, u.n limit 1) low on true
                    returning *)
                insert into history (fact_kind, fact_id, action, after, changed_by)
                select 'STRIKE', made.id, 'CREATE', to_jsonb(made), (select history_user()) from made""");
        progress.step("Adding their casualty reports");
        update("""
                with made as (
                    insert into casualty_report (id, strike_id, killed, killed_qualifier, reported_by_actor_id)
                    overriding system value
                    select id, strike_id, killed, qualifier, ? from fresh_report
                    returning *)
                insert into history (fact_kind, fact_id, action, after, changed_by)
                select 'CASUALTY_REPORT', made.id, 'CREATE', to_jsonb(made), (select history_user()) from made""", reporter);
        progress.step("Adding their attributions");
        run("""
                with made as (
                    insert into attribution (id, strike_id, actor_id, status)
                    overriding system value
                    select f.attribution_id, f.strike_id, a.id, 'CLAIMED' from fresh f join actor a on a.name = f.actor
                    returning *)
                insert into history (fact_kind, fact_id, action, after, changed_by)
                select 'ATTRIBUTION', made.id, 'CREATE', to_jsonb(made), (select history_user()) from made""");
        progress.step("Citing the file and the sources the rows name");
        // The strike cites the file and its line; the strike, its reports and its attribution cite
        // the source the row names (the file where it names none) with the row's own words.
        cite("strike_id", "f.strike_id", "fresh f",
                "?::bigint, format('Line %s of %s, event %s: %s', f.line, ?::text, f.event_id, f.quote)", fileSource, fileName);
        cite("strike_id", "f.strike_id", "fresh f", "coalesce(f.named_source_id, ?), f.quote", fileSource);
        cite("casualty_report_id", "r.id", "fresh_report r join fresh f using (strike_id)",
                "coalesce(f.named_source_id, ?), f.quote", fileSource);
        cite("attribution_id", "f.attribution_id", "fresh f where f.attribution_id is not null",
                "coalesce(f.named_source_id, ?), f.quote", fileSource);
        progress.step("Recording the events' keys and the regions' totals");
        run("""
                insert into external_key (dataset, external_id, fact_kind, fact_id, row_hash, details, report_ids, attribution_id)
                select '%s', f.event_id, 'STRIKE', f.strike_id, f.row_hash, f.details, coalesce(r.ids, '{}'), f.attribution_id
                from fresh f
                left join (select strike_id, array_agg(id order by n) as ids from fresh_report group by strike_id) r using (strike_id)"""
                .formatted(dataset));
        run("""
                select strike_month_totals_merge(array(
                    with recursive by_place as (
                        select s.region_id, date_trunc('month', s.occurred_on)::date as month, count(*) as strikes,
                               coalesce(sum(s.killed), 0) as killed,
                               count(*) filter (where s.killed is null or s.killed_qualifier = 'AT_LEAST') as killed_at_least,
                               count(*) filter (where s.killed_qualifier = 'ABOUT') as killed_about,
                               count(*) filter (where s.killed is null) as without_killed,
                               coalesce(sum(s.injured), 0) as injured,
                               count(*) filter (where s.injured is null or s.injured_qualifier = 'AT_LEAST') as injured_at_least,
                               count(*) filter (where s.injured_qualifier = 'ABOUT') as injured_about,
                               count(*) filter (where s.injured is null) as without_injured
                        from strike s join fresh f on f.strike_id = s.id
                        group by 1, 2),
                    above(region_id, ancestor_id) as (
                        select distinct region_id, region_id from by_place
                        union all
                        select a.region_id, r.parent_id from above a join region r on r.id = a.ancestor_id where r.parent_id is not null)
                    select row(a.ancestor_id, p.month, sum(p.strikes), sum(p.killed), sum(p.killed_at_least), sum(p.killed_about),
                               sum(p.without_killed), sum(p.injured), sum(p.injured_at_least), sum(p.injured_about),
                               sum(p.without_injured))::strike_month_totals
                    from by_place p join above a on a.region_id = p.region_id
                    group by a.ancestor_id, p.month))""");
        if (replica) {
            run("set local session_replication_role = origin");
        }
        run("select set_config('frontline.bulk', '', true)");
        if (!indexes.isEmpty()) {
            progress.step("Building the " + indexes.size() + " indexes again");
            for (String index : indexes) {
                run(index);
            }
        }
    }

    /**
     * The tables a load adds rows to, whose indexes a large load builds again rather than updating
     * row by row. Not history: its rows wait for the commit-log trigger (V16), deferred to the
     * commit, and PostgreSQL builds no index on a table with trigger events pending.
     */
    private static final String LOADED = "'strike', 'casualty_report', 'attribution', 'citation'";

    /**
     * Whether the new events outnumber the strikes already held (a first load of a war-sized file):
     * then building the loaded tables' secondary indexes once at the end costs a fraction of
     * updating them row by row. The price is that the dropped indexes' tables are locked until the
     * import commits, so reads of strikes wait for it; an import of fewer events than the record
     * holds updates the indexes as it goes and blocks no reader.
     */
    private boolean largeLoad() throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select (select count(*) from fresh) >= 50000 and (select count(*) from fresh) > (select count(*) from strike)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Whether the importing role may set session_replication_role (a superuser, or granted SET on it). */
    private boolean mayReplicate() throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select has_parameter_privilege('session_replication_role', 'SET')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Drops the loaded tables' indexes that back no constraint, in this transaction; answers how to
     * build them again. Not the citation indexes of other kinds of fact (V15: each kind's column,
     * where it is not null): a load leaves those columns null, so it adds nothing to them, and each
     * built again would read every citation once more.
     */
    private List<String> dropIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                select format('%I.%I', i.schemaname, i.indexname), i.indexdef from pg_indexes i
                where i.schemaname = current_schema() and i.tablename in (""" + LOADED + """
                )
                  and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
                  and not (i.tablename = 'citation'
                           and coalesce(substring(i.indexdef from ' WHERE \\((\\w+) IS NOT NULL\\)$'), 'strike_id')
                               not in ('strike_id', 'casualty_report_id', 'attribution_id'))""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        progress.step("Dropping " + names.size() + " indexes of the loaded tables, to build them once at the end");
        for (String name : names) {
            run("drop index " + name);
        }
        return definitions;
    }

    /**
     * New events of this data set that are strikes the record holds from another (see
     * EventFormat.joinsOtherDatasets): their figures become further casualty reports of that strike,
     * beside the other data set's, through the triggers (the strike's own figure stays the lowest
     * report's), cited to this file and to the source the row names.
     */
    void join(long fileSource, long reporter) throws SQLException {
        run("""
                create temp table joined on commit drop as
                select a.strike_id, ns.fact_id as named_source_id,
                       case when c.actor is not null and not exists (
                               select 1 from attribution t join actor w on w.id = t.actor_id where t.strike_id = a.strike_id and w.name = c.actor)
                            then nextval((select pg_get_serial_sequence('attribution', 'id')::regclass)) end as attribution_id,
                       c.*
                from attach a join classified c using (event_id)
                left join external_key ns on ns.dataset = '%s-source' and ns.external_id = c.named_source""".formatted(format.dataset()));
        run("""
                create temp table joined_report on commit drop as
                select nextval((select pg_get_serial_sequence('casualty_report', 'id')::regclass)) as id, j.strike_id, u.killed, u.qualifier, u.n
                from joined j cross join lateral unnest(j.figures, j.qualifiers) with ordinality as u(killed, qualifier, n)""");
        update("""
                insert into casualty_report (id, strike_id, killed, killed_qualifier, reported_by_actor_id)
                overriding system value
                select id, strike_id, killed, qualifier, ? from joined_report order by id""", reporter);
        run("""
                insert into attribution (id, strike_id, actor_id, status)
                overriding system value
                select j.attribution_id, j.strike_id, w.id, 'CLAIMED' from joined j join actor w on w.name = j.actor
                where j.attribution_id is not null""");
        update("""
                insert into citation (source_id, quote, strike_id)
                select ?, format('Line %s of %s, event %s: %s', j.line, ?::text, j.event_id, j.quote), j.strike_id from joined j""",
                fileSource, fileName);
        update("""
                insert into citation (source_id, quote, casualty_report_id)
                select coalesce(j.named_source_id, ?), j.quote, r.id from joined_report r join joined j using (strike_id)""", fileSource);
        update("""
                insert into citation (source_id, quote, attribution_id)
                select coalesce(j.named_source_id, ?), j.quote, j.attribution_id from joined j where j.attribution_id is not null""",
                fileSource);
        run("""
                insert into external_key (dataset, external_id, fact_kind, fact_id, row_hash, details, report_ids, attribution_id, joined)
                select '%s', j.event_id, 'STRIKE', j.strike_id, j.row_hash, j.details,
                       coalesce((select array_agg(r.id order by r.n) from joined_report r where r.strike_id = j.strike_id), '{}'),
                       j.attribution_id, true
                from joined j""".formatted(format.dataset()));
    }

    /**
     * The events whose rows changed since their last import: each change made through the
     * triggers, so that its history rows are an editor's correction's (before and after, by the
     * importing user), cited to this file as the source of the correction.
     */
    void correct(long fileSource, long reporter) throws SQLException {
        run("""
                create temp table changed on commit drop as
                select c.*, ns.fact_id as named_source_id from classified c
                left join external_key ns on ns.dataset = '%s-source' and ns.external_id = c.named_source
                where c.known_strike_id is not null and c.known_hash is distinct from c.row_hash""".formatted(format.dataset()));
        run("""
                update strike s set occurred_on = c.occurred_on, region_id = c.region_id, latitude = c.latitude,
                       longitude = c.longitude, weapon_kind = c.weapon_kind, weapon = c.weapon, target = c.target,
                       description = c.description, version = s.version + 1
                from changed c
                where s.id = c.known_strike_id and not c.known_joined
                  and (s.occurred_on, s.region_id, s.latitude, s.longitude, s.weapon_kind, s.weapon, s.target, s.description)
                      is distinct from (c.occurred_on, c.region_id, c.latitude, c.longitude, c.weapon_kind, c.weapon, c.target,
                                        c.description)""");
        // Reports pair up by their place in the row (ACLED has one; UCDP best, low, high).
        run("""
                create temp table changed_report on commit drop as
                select c.known_strike_id as strike_id, c.event_id, x.n, coalesce(x.id, nextval((select pg_get_serial_sequence('casualty_report', 'id')::regclass))) as id,
                       x.id is null as is_new, x.killed, x.qualifier
                from changed c cross join lateral (
                    select o.id, u.killed, u.qualifier, coalesce(o.n, u.n) as n
                    from unnest(c.known_report_ids) with ordinality as o(id, n)
                    full join unnest(c.figures, c.qualifiers) with ordinality as u(killed, qualifier, n) on u.n = o.n) x""");
        run("create index on changed_report (strike_id)");
        run("delete from casualty_report r using changed_report c where r.id = c.id and c.killed is null");
        run("""
                update casualty_report r set killed = c.killed, killed_qualifier = c.qualifier
                from changed_report c
                where r.id = c.id and not c.is_new and c.killed is not null
                  and (r.killed, r.killed_qualifier) is distinct from (c.killed, c.qualifier)""");
        update("""
                insert into casualty_report (id, strike_id, killed, killed_qualifier, reported_by_actor_id)
                overriding system value
                select id, strike_id, killed, qualifier, ? from changed_report where is_new and killed is not null""", reporter);
        run("""
                delete from attribution a using changed c
                where a.id = c.known_attribution_id and c.actor is null""");
        run("""
                update attribution a set actor_id = who.id
                from changed c join actor who on who.name = c.actor
                where a.id = c.known_attribution_id and a.actor_id <> who.id""");
        run("""
                create temp table changed_attribution on commit drop as
                select c.event_id, c.known_strike_id as strike_id, nextval((select pg_get_serial_sequence('attribution', 'id')::regclass)) as id, c.actor
                from changed c where c.known_attribution_id is null and c.actor is not null""");
        run("create index on changed_attribution (event_id)");
        run("""
                insert into attribution (id, strike_id, actor_id, status)
                overriding system value
                select c.id, c.strike_id, who.id, 'CLAIMED' from changed_attribution c join actor who on who.name = c.actor""");
        update("""
                insert into citation (source_id, quote, strike_id)
                select ?, format('Line %s of %s, event %s, corrected: %s', c.line, ?::text, c.event_id, c.quote), c.known_strike_id
                from changed c""", fileSource, fileName);
        run("""
                update external_key k set row_hash = c.row_hash, details = c.details,
                       report_ids = coalesce((select array_agg(r.id order by r.n) from changed_report r
                                              where r.strike_id = c.known_strike_id and r.killed is not null), '{}'),
                       attribution_id = case when c.actor is null then null
                                             else coalesce(c.known_attribution_id,
                                                           (select a.id from changed_attribution a where a.event_id = c.event_id)) end
                from changed c
                where k.dataset = '%s' and k.external_id = c.event_id""".formatted(format.dataset()));
    }

    private void cite(String column, String fact, String from, String sourceAndQuote, Object... args) throws SQLException {
        String kind = column.substring(0, column.length() - 3).toUpperCase();
        update("with made as (insert into citation (source_id, quote, " + column + ") select " + sourceAndQuote + ", " + fact
                + " from " + from + " returning *)"
                + " insert into history (fact_kind, fact_id, action, after, changed_by)"
                + " select '" + kind + "', made." + column + ", 'CITE', to_jsonb(made), (select history_user()) from made", args);
    }

    private String namedSources() {
        return format.dataset() + "-source";
    }

    private void run(String sql) throws SQLException {
        long started = System.nanoTime();
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
        timed(sql, started);
    }

    private int update(String sql, Object... args) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            return st.executeUpdate();
        } finally {
            timed(sql, started);
        }
    }

    /** Says which statements the time goes to: each that takes a second or more, in the log. */
    private static void timed(String sql, long started) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms >= 1000) {
            String line = sql.strip().replaceAll("\\s+", " ");
            LOG.infof("Import: %d ms in %s", ms, line.substring(0, Math.min(110, line.length())));
        }
    }
}
