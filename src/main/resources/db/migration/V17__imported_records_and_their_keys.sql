-- Imports (org.frontline.ingest) bring other projects' records in: ACLED-style event files,
-- UCDP GED-style files. Their rows carry ids of their own; this table remembers which fact each
-- became, so that importing a file again finds the strike it made the first time instead of
-- making another, and a hash of the row's content, so that a corrected file changes only the rows
-- whose content changed.
create table external_key (
    -- Whose id it is: 'acled', 'ucdp', 'ftm'; 'file' for a file already imported (its SHA-256),
    -- 'acled-source'/'ucdp-source' for a source a row names, which become sources of their own,
    -- and 'ftm-sanction' for a sanction (authority|programme|start date) FtM entities make together.
    dataset     text not null check (length(dataset) > 0),
    external_id text not null check (length(external_id) > 0),
    -- STRIKE for events; SOURCE for files and named sources (a source is not a fact kind: it has
    -- no history and is cited, not citing).
    -- LEADER, SANCTION, SANCTION_TARGET for FollowTheMoney persons, sanctions and the entities
    -- they name.
    fact_kind   text not null check (fact_kind in ('STRIKE', 'SOURCE', 'LEADER', 'SANCTION', 'SANCTION_TARGET')),
    fact_id     bigint not null,
    -- md5 of the row's content as the importer reads it (its line number left out): equal means
    -- nothing to change.
    row_hash    text,
    -- What the row says that the model has no column for (ACLED's event type, time and geo
    -- precision, source scale; UCDP's where_prec and date_prec), kept as the file gave it.
    details     jsonb,
    -- The other facts an event's row made: its casualty reports, in the order the row gives its
    -- figures (ACLED one; UCDP best, low, high), and its attribution, so that a corrected row
    -- corrects them and not an editor's reports or attributions on the same strike.
    report_ids     bigint[],
    attribution_id bigint,
    -- True where the event joined a strike another data set had made (the same strike told twice:
    -- ingest/EventFormat.joinsOtherDatasets); a correction of it then corrects its own reports and
    -- leaves the strike's time and place to the data set that made it.
    joined         boolean not null default false,
    primary key (dataset, external_id)
);

create index external_key_fact_idx on external_key (fact_kind, fact_id);

-- A bulk import writes a million strikes with their reports, attributions and citations. Row by
-- row, the triggers below would cost more than the rows themselves (each strike's totals walk its
-- regions; each report updates its strike again), so the importer sets frontline.bulk for the
-- statements that insert new facts, and writes their history, figures and totals itself with one
-- statement each (ingest/Acled.sql). Every other change, the importer's corrections included, goes
-- through the triggers as before. Setting frontline.bulk outside the importer loses history: it is
-- a setting for the importer's own transaction, like frontline.user.
create function in_bulk() returns boolean language sql stable as $$
    select coalesce(current_setting('frontline.bulk', true), '') = 'on';
$$;

create or replace function record_history() returns trigger language plpgsql as $$
declare
    row_after  jsonb;
    row_before jsonb;
    fact       bigint;
    what       text;
begin
    if in_bulk() then
        return null;
    end if;
    row_after := case when tg_op = 'DELETE' then null else to_jsonb(new) end;
    row_before := case when tg_op = 'INSERT' then null else to_jsonb(old) end;
    fact := (coalesce(row_after, row_before) ->> tg_argv[1])::bigint;
    -- Taking a version (see the API's writer) is not a change of the fact by itself: the change
    -- that follows it in the same transaction is recorded, with the new version in its row.
    if tg_op = 'UPDATE' and (row_after - 'version') = (row_before - 'version') then
        return null;
    end if;
    what := case
        when tg_op = 'DELETE' then 'DELETE'
        when tg_op = 'INSERT' and tg_argv[1] = 'id' then 'CREATE'
        when tg_op = 'INSERT' then 'UPDATE'
        when row_after ->> 'retired_at' is not null and row_before ->> 'retired_at' is null then 'RETIRE'
        else 'UPDATE'
    end;
    insert into history (fact_kind, fact_id, action, before, after, changed_by)
    values (tg_argv[0], fact, what, row_before, row_after, history_user());
    return null;
end;
$$;

create or replace function record_citation_history() returns trigger language plpgsql as $$
declare
    cited citation := case when tg_op = 'DELETE' then old else new end;
begin
    if in_bulk() then
        return null;
    end if;
    insert into history (fact_kind, fact_id, action, before, after, changed_by)
    values (citation_fact_kind(cited), citation_fact_id(cited), case when tg_op = 'DELETE' then 'UNCITE' else 'CITE' end,
            case when tg_op = 'INSERT' then null else to_jsonb(old) end,
            case when tg_op = 'DELETE' then null else to_jsonb(new) end,
            history_user());
    return null;
end;
$$;

create or replace function casualty_report_changed() returns trigger language plpgsql as $$
begin
    if in_bulk() then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform refresh_strike_figures(old.strike_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.strike_id <> old.strike_id) then
        perform refresh_strike_figures(new.strike_id);
    end if;
    return null;
end;
$$;

create or replace function strike_changes_month_totals() returns trigger language plpgsql as $$
begin
    if in_bulk() then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.retired_at is null then
        perform strike_month_totals_add(old.region_id, old.occurred_on, -1,
            old.killed, old.killed_qualifier, old.injured, old.injured_qualifier);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.retired_at is null then
        perform strike_month_totals_add(new.region_id, new.occurred_on, 1,
            new.killed, new.killed_qualifier, new.injured, new.injured_qualifier);
    end if;
    return null;
end;
$$;

-- One row per import that changed the record: which file (its source), as whom, and what it did.
-- It is also how a bulk import reaches the commit log (V16): the importer writes the rows of a
-- first load in replica mode where its role may (ingest/EventImport), which skips every per-row
-- trigger, the commit log's deferred one on history included, so the commit is logged once, here.
create table import_run (
    id           bigint generated always as identity primary key,
    source_id    bigint not null references source (id),
    format       text not null,
    imported_by  text not null,
    imported_at  timestamptz not null default now(),
    added        bigint not null,
    changed      bigint not null,
    unchanged    bigint not null,
    refused      bigint not null
);

create constraint trigger import_run_commit_log after insert on import_run
    deferrable initially deferred
    for each row execute function log_commit();
