package org.frontline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * FollowTheMoney entities, one JSON object a line (OpenSanctions' format): Person becomes a leader
 * with every name and alias as a spelling (a person the record holds under another spelling is
 * found by any of them and gets the new ones, never a second leader); Organization, Company and
 * LegalEntity are what sanctions name; a Sanction entity names one of them under an authority and
 * a programme from a start date, and sanctions of one authority, programme and start date are one
 * sanction of the record with each entity as a target. Every fact made cites the file and the line.
 * <p>
 * Entities are keyed by their FtM id (external_key, dataset 'ftm'), so importing a file again adds
 * nothing; a changed Person gets the spellings it did not have, and other changes are counted as
 * changed and left to an editor (a target's name and a sanction's dates are the sanction authority's
 * own words, which a re-import should not overwrite silently).
 */
final class Ftm {

    static final String DATASET = "ftm";
    private static final Set<String> PARTIES = Set.of("Person", "Organization", "Company", "LegalEntity");

    static final String STAGING = """
            create temp table ftm_entity (
                line      bigint not null,
                id        text not null,
                schema    text not null,
                names     text[] not null,
                datasets  text,
                row_hash  text not null
            ) on commit drop;
            create temp table ftm_sanction (
                line       bigint not null,
                id         text not null,
                entity_id  text not null,
                authority  text not null,
                programme  text,
                start_date date not null,
                end_date   date,
                row_hash   text not null
            ) on commit drop""";

    private final Connection db;
    private final String fileName;

    Ftm(Connection db, String fileName) {
        this.db = db;
        this.fileName = fileName;
    }

    /** Reads the lines into the staging tables; answers the rows read and adds each bad line to {@code refused}. */
    long stage(BufferedReader in, List<ImportReport.Refusal> refused) throws IOException, SQLException {
        long line = 0;
        long rows = 0;
        try (PreparedStatement entity = db.prepareStatement("insert into ftm_entity values (?, ?, ?, ?, ?, md5(?))");
                PreparedStatement sanction = db.prepareStatement("insert into ftm_sanction values (?, ?, ?, ?, ?, ?, ?, md5(?))")) {
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                rows++;
                try {
                    JsonObject object = parse(text);
                    String id = string(object, "id");
                    String schema = string(object, "schema");
                    JsonObject properties = object.getJsonObject("properties");
                    if (properties == null) {
                        throw new Rows.Refused("the entity has no properties");
                    }
                    if (PARTIES.contains(schema)) {
                        List<String> names = new ArrayList<>(values(properties, "name"));
                        if (names.isEmpty()) {
                            throw new Rows.Refused(schema + " " + id + " has no name");
                        }
                        values(properties, "alias").stream().filter(alias -> !names.contains(alias)).forEach(names::add);
                        entity.setLong(1, line);
                        entity.setString(2, id);
                        entity.setString(3, schema);
                        entity.setArray(4, db.createArrayOf("text", names.toArray()));
                        entity.setString(5, object.containsKey("datasets") ? String.join(", ", strings(object.getJsonArray("datasets"))) : null);
                        entity.setString(6, text);
                        entity.addBatch();
                    } else if (schema.equals("Sanction")) {
                        List<String> entities = values(properties, "entity");
                        List<String> authorities = values(properties, "authority");
                        List<String> starts = values(properties, "startDate");
                        if (entities.size() != 1) {
                            throw new Rows.Refused("Sanction " + id + " names " + entities.size() + " entities; it names one");
                        }
                        if (authorities.isEmpty()) {
                            throw new Rows.Refused("Sanction " + id + " has no authority");
                        }
                        if (starts.isEmpty()) {
                            throw new Rows.Refused("Sanction " + id + " has no startDate");
                        }
                        List<String> programmes = values(properties, "program");
                        List<String> ends = values(properties, "endDate");
                        sanction.setLong(1, line);
                        sanction.setString(2, id);
                        sanction.setString(3, entities.get(0));
                        sanction.setString(4, authorities.get(0));
                        sanction.setString(5, programmes.isEmpty() ? null : programmes.get(0));
                        sanction.setObject(6, date(starts.get(0), "startDate"));
                        sanction.setObject(7, ends.isEmpty() ? null : date(ends.get(0), "endDate"));
                        sanction.setString(8, text);
                        sanction.addBatch();
                    } else {
                        throw new Rows.Refused("schema " + schema + " is not imported (Person, Organization, Company, LegalEntity, Sanction are)");
                    }
                } catch (Rows.Refused bad) {
                    refused.add(new ImportReport.Refusal(line, bad.getMessage()));
                }
            }
            entity.executeBatch();
            sanction.executeBatch();
        }
        return rows;
    }

    /** The set-based part; answers {added, changed, unchanged}. Refuses sanctions whose entity the file and the record lack. */
    long[] apply(long fileSource, List<ImportReport.Refusal> refused) throws SQLException {
        run("""
                create temp table ftm_known on commit drop as
                select e.id, k.fact_id, k.row_hash as known_hash from ftm_entity e
                left join external_key k on k.dataset = 'ftm' and k.external_id = e.id
                union all
                select s.id, k.fact_id, k.row_hash from ftm_sanction s
                left join external_key k on k.dataset = 'ftm' and k.external_id = s.id""");
        // Persons: found by any spelling the record holds for a leader, else made.
        run("""
                create temp table ftm_person on commit drop as
                select e.*, coalesce(k.fact_id, (select min(n.leader_id) from leader_name n join leader l on l.id = n.leader_id
                             where l.retired_at is null and lower(n.name) in (select lower(x) from unnest(e.names) x))) as leader_id
                from ftm_entity e join ftm_known k using (id)
                where e.schema = 'Person' and (k.fact_id is null or k.known_hash <> e.row_hash)""");
        run("""
                with made as (
                    insert into leader (name) select names[1] from ftm_person where leader_id is null order by line returning id, name)
                update ftm_person p set leader_id = made.id from made where p.leader_id is null and made.name = p.names[1]""");
        update("""
                insert into citation (source_id, quote, leader_id)
                select ?, format('Line %s of %s: Person %s, %s (%s).', p.line, ?::text, p.id, p.names[1], coalesce(p.datasets, 'no dataset')), p.leader_id
                from ftm_person p""", fileSource, fileName);
        run("""
                insert into leader_name (leader_id, name)
                select distinct p.leader_id, x from ftm_person p cross join lateral unnest(p.names) x
                on conflict (leader_id, name) do nothing""");
        run("""
                insert into external_key (dataset, external_id, fact_kind, fact_id, row_hash)
                select 'ftm', id, 'LEADER', leader_id, row_hash from ftm_person
                on conflict (dataset, external_id) do update set row_hash = excluded.row_hash, fact_id = excluded.fact_id""");
        // The entity a sanction names: in this file, or imported before (a leader, or the first
        // target made for an organisation).
        run("""
                create temp table ftm_named on commit drop as
                select s.*, coalesce(e.schema, case k.fact_kind when 'LEADER' then 'Person' else 'Organization' end) as target_schema,
                       coalesce(e.names[1], l.name, t.name) as target_name,
                       case when k.fact_kind = 'LEADER' then k.fact_id end as leader_id,
                       s.authority || '|' || coalesce(s.programme, '') || '|' || s.start_date as sanction_key,
                       n.fact_id is null as is_new
                from ftm_sanction s join ftm_known n on n.id = s.id
                left join ftm_entity e on e.id = s.entity_id
                left join external_key k on k.dataset = 'ftm' and k.external_id = s.entity_id
                left join leader l on k.fact_kind = 'LEADER' and l.id = k.fact_id
                left join sanction_target t on k.fact_kind = 'SANCTION_TARGET' and t.id = k.fact_id""");
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                select line, id, entity_id from ftm_named where target_name is null order by line""")) {
            while (rs.next()) {
                refused.add(new ImportReport.Refusal(rs.getLong(1), "Sanction " + rs.getString(2) + " names " + rs.getString(3)
                        + ", which neither this file nor an earlier import holds"));
            }
        }
        run("delete from ftm_named where target_name is null");
        // Organisations are kept as what sanctions name; one no sanction names is refused.
        run("""
                create temp table ftm_unnamed on commit drop as
                select e.line, e.id, e.schema from ftm_entity e join ftm_known k using (id)
                where e.schema <> 'Person' and k.fact_id is null and not exists (select 1 from ftm_named n where n.entity_id = e.id)""");
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("select line, id, schema from ftm_unnamed order by line")) {
            while (rs.next()) {
                refused.add(new ImportReport.Refusal(rs.getLong(1), rs.getString(3) + " " + rs.getString(2)
                        + " is named by no sanction; the record keeps organisations as the targets of sanctions"));
            }
        }
        run("""
                insert into actor (name, kind) select distinct authority, 'ORGANISATION' from ftm_named where is_new
                on conflict (name) do nothing""");
        update("""
                with wanted as (
                    select sanction_key, min(authority) as authority, min(programme) as programme, min(start_date) as start_date,
                           max(end_date) as end_date, min(line) as line
                    from ftm_named n
                    where is_new and not exists (select 1 from external_key k where k.dataset = 'ftm-sanction' and k.external_id = n.sanction_key)
                    group by sanction_key),
                made as (
                    insert into sanction (authority_id, title, programme, announced_on, lifted_on)
                    select a.id, coalesce(w.programme, w.authority || ' sanctions of ' || w.start_date), w.programme, w.start_date, w.end_date
                    from wanted w join actor a on a.name = w.authority
                    order by w.line
                    returning id, authority_id, programme, announced_on),
                keyed as (
                    insert into external_key (dataset, external_id, fact_kind, fact_id)
                    select 'ftm-sanction', w.sanction_key, 'SANCTION', m.id
                    from made m join actor a on a.id = m.authority_id
                    join wanted w on w.authority = a.name and w.programme is not distinct from m.programme and w.start_date = m.announced_on
                    returning external_id, fact_id)
                insert into citation (source_id, quote, sanction_id)
                select ?, format('Line %s of %s: %s sanctions under %s from %s.', w.line, ?::text, w.authority,
                                 coalesce(w.programme, 'no named programme'), w.start_date), k.fact_id
                from keyed k join wanted w on w.sanction_key = k.external_id""", fileSource, fileName);
        run("""
                create temp table ftm_target on commit drop as
                select n.*, k.fact_id as sanction_id, nextval((select pg_get_serial_sequence('sanction_target', 'id')::regclass)) as target_id
                from ftm_named n join external_key k on k.dataset = 'ftm-sanction' and k.external_id = n.sanction_key
                where n.is_new""");
        update("""
                insert into sanction_target (id, sanction_id, leader_id, name, kind, delisted_on)
                overriding system value
                select target_id, sanction_id, leader_id, target_name,
                       case target_schema when 'Person' then 'PERSON' when 'Company' then 'COMPANY' when 'Organization' then 'BODY' else 'OTHER' end,
                       end_date
                from ftm_target order by line""");
        update("""
                insert into citation (source_id, quote, sanction_target_id)
                select ?, format('Line %s of %s: %s lists %s.', line, ?::text, authority, target_name), target_id from ftm_target""",
                fileSource, fileName);
        run("""
                insert into external_key (dataset, external_id, fact_kind, fact_id, row_hash)
                select 'ftm', id, 'SANCTION_TARGET', target_id, row_hash from ftm_target
                union all
                select distinct on (e.id) 'ftm', e.id, 'SANCTION_TARGET', t.target_id, e.row_hash
                from ftm_entity e join ftm_target t on t.entity_id = e.id join ftm_known k on k.id = e.id
                where e.schema <> 'Person' and k.fact_id is null""");
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                select count(*) filter (where k.fact_id is null),
                       count(*) filter (where k.fact_id is not null and k.known_hash <> coalesce(e.row_hash, s.row_hash)),
                       count(*) filter (where k.known_hash = coalesce(e.row_hash, s.row_hash))
                from ftm_known k left join ftm_entity e on e.id = k.id left join ftm_sanction s on s.id = k.id
                where not exists (select 1 from ftm_unnamed u where u.id = k.id)
                  and (s.id is null or exists (select 1 from ftm_named n where n.id = s.id) or k.fact_id is not null)""")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), 0};
        }
    }

    private static JsonObject parse(String text) throws Rows.Refused {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new Rows.Refused("the line is not a JSON object");
        }
    }

    private static String string(JsonObject object, String key) throws Rows.Refused {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw new Rows.Refused("the entity has no " + key);
        }
        return text.getString();
    }

    private static List<String> values(JsonObject properties, String key) throws Rows.Refused {
        JsonValue value = properties.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new Rows.Refused("property " + key + " is not a list");
        }
        return strings(array).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> strings(JsonArray array) throws Rows.Refused {
        List<String> strings = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new Rows.Refused("a list holds something other than text");
            }
            strings.add(text.getString());
        }
        return strings;
    }

    private static LocalDate date(String value, String property) throws Rows.Refused {
        // FtM dates may be partial (2022, 2022-03); the record's sanctions have a day.
        if (value.length() == 10) {
            return Rows.date(property, value);
        }
        throw new Rows.Refused(property + " \"" + value + "\" is not a day (2022-02-25)");
    }

    private void run(String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
        }
    }
}
