-- The kinds of fact the record holds, declared once for the database. Until now the list was
-- written out four times (the citation check in V7, the citation_subject view in V9, the history
-- triggers and record_citation_history() in V10), and a kind added to one and forgotten in another
-- failed only when a row reached it. Now the list is this table, and apply_fact_kinds() derives
-- everything else from it. The API declares the same list once, as the enum FactKind; a test
-- compares the two.
--
-- A kind's name is the API's (STRIKE); by convention its facts live in the table of the same name
-- in lower case (strike), and a citation points at one through the column of that name with _id
-- (strike_id).
create table fact_kind (
    kind text primary key check (kind ~ '^[A-Z][A-Z_]*$')
);

insert into fact_kind (kind) values
    ('LEADER'), ('LEADER_POSITION'), ('REGION'), ('REGION_CONTROL'), ('SOVEREIGNTY_CLAIM'), ('CLAIM_RESPONSE'),
    ('SANCTION'), ('SANCTION_TARGET'), ('STRIKE'), ('CASUALTY_REPORT'), ('ATTRIBUTION'), ('EVENT');

-- Brings the citation table, its check and the history triggers in line with fact_kind. Idempotent:
-- a migration that adds a kind inserts its row and calls this again. For every kind it makes sure of:
--   * citation.<kind>_id, a foreign key to the kind's table (deleting a fact removes its
--     citations), with a partial index for "the citations of these facts";
--   * the history trigger on the kind's table;
-- and it rewrites, from the whole list:
--   * the check that a citation supports exactly one fact;
--   * citation_fact_kind(citation) and citation_fact_id(citation), the kind and id of the fact a
--     citation supports, which the citation_subject view and the citation history trigger use.
create procedure apply_fact_kinds() language plpgsql as $$
declare
    k            record;
    columns      text[] := '{}';
    kind_cases   text := '';
begin
    for k in select kind, lower(kind) as fact_table, lower(kind) || '_id' as fact_column
             from fact_kind order by kind loop
        if to_regclass(k.fact_table) is null then
            raise exception 'fact kind % has no table %', k.kind, k.fact_table;
        end if;
        -- Checked first rather than "if not exists", which would log a notice for every kind.
        if not exists (select 1 from pg_attribute
                       where attrelid = 'citation'::regclass and attname = k.fact_column and not attisdropped) then
            execute format('alter table citation add column %I bigint references %I (id) on delete cascade',
                           k.fact_column, k.fact_table);
            execute format('create index %I on citation (%I) where %I is not null',
                           'citation_' || k.fact_table || '_idx', k.fact_column, k.fact_column);
        end if;
        if not exists (select 1 from pg_trigger
                       where tgrelid = k.fact_table::regclass and tgname = k.fact_table || '_history') then
            execute format('create trigger %I after insert or update or delete on %I '
                           'for each row execute function record_history(%L, %L)',
                           k.fact_table || '_history', k.fact_table, k.kind, 'id');
        end if;
        columns := columns || quote_ident(k.fact_column);
        kind_cases := kind_cases || format(' when c.%I is not null then %L', k.fact_column, k.kind);
    end loop;

    -- V7's check (named by PostgreSQL) goes the first time; this procedure's own, every time.
    for k in select conname from pg_constraint
             where conrelid = 'citation'::regclass and conname in ('citation_check', 'citation_supports_one_fact') loop
        execute format('alter table citation drop constraint %I', k.conname);
    end loop;
    execute format('alter table citation add constraint citation_supports_one_fact check (num_nonnulls(%s) = 1)',
                   array_to_string(columns, ', '));

    -- Plain SQL functions of the row, so that the planner inlines them where they are used.
    execute format('create or replace function citation_fact_kind(c citation) returns text '
                   'language sql immutable as $body$ select case%s end $body$', kind_cases);
    execute format('create or replace function citation_fact_id(c citation) returns bigint '
                   'language sql immutable as $body$ select coalesce(%s) $body$',
                   (select string_agg('c.' || col, ', ') from unnest(columns) as col));
end;
$$;

call apply_fact_kinds();

create or replace view citation_subject as
select c.id as citation_id,
       citation_fact_kind(c) as fact_kind,
       citation_fact_id(c) as fact_id,
       coalesce(c.leader_id, lp.leader_id) as leader_id,
       coalesce(c.region_id, rc.region_id, sc.region_id, responded.region_id) as region_id,
       coalesce(c.sanction_id, st.sanction_id) as sanction_id,
       coalesce(c.strike_id, cr.strike_id, a.strike_id) as strike_id,
       c.event_id
from citation c
left join leader_position lp on lp.id = c.leader_position_id
left join region_control rc on rc.id = c.region_control_id
left join sovereignty_claim sc on sc.id = c.sovereignty_claim_id
left join claim_response resp on resp.id = c.claim_response_id
left join sovereignty_claim responded on responded.id = resp.claim_id
left join sanction_target st on st.id = c.sanction_target_id
left join casualty_report cr on cr.id = c.casualty_report_id
left join attribution a on a.id = c.attribution_id;

-- A citation added to (or removed from) a fact is recorded as a change of that fact.
create or replace function record_citation_history() returns trigger language plpgsql as $$
declare
    cited citation := case when tg_op = 'DELETE' then old else new end;
begin
    insert into history (fact_kind, fact_id, action, before, after, changed_by)
    values (citation_fact_kind(cited), citation_fact_id(cited), case when tg_op = 'DELETE' then 'UNCITE' else 'CITE' end,
            case when tg_op = 'INSERT' then null else to_jsonb(old) end,
            case when tg_op = 'DELETE' then null else to_jsonb(new) end,
            history_user());
    return null;
end;
$$;
