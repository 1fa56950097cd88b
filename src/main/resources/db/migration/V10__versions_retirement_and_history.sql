-- Writes (mutations through the API) need three things the read-only model did not:
--   * a version on every entity a client can update, so that an update states the version it
--     read and is refused if someone changed the row since (optimistic concurrency);
--   * retirement instead of deletion: a retired fact leaves the lists but stays in the record,
--     readable by id and in its history;
--   * a history of every change, written by triggers in the same transaction as the change, so
--     that no write path (the API, a script, a psql session) can change a fact without trace.

alter table leader add column version integer not null default 0;
alter table region add column version integer not null default 0;
alter table sanction add column version integer not null default 0;
alter table strike add column version integer not null default 0;

alter table leader add column retired_at timestamptz, add column retired_reason text;
alter table region add column retired_at timestamptz, add column retired_reason text;
alter table sanction add column retired_at timestamptz, add column retired_reason text;
alter table sanction_target add column retired_at timestamptz, add column retired_reason text;
alter table strike add column retired_at timestamptz, add column retired_reason text;

-- Lists read live rows only; these keep that cheap on a war-sized table.
create index strike_live_occurred_on_idx on strike (occurred_on desc, id desc) where retired_at is null;

-- The name tables get their own ids, so that the write model can map them as plain entities;
-- the pair (owner, name) stays unique.
alter table leader_name drop constraint leader_name_pkey;
alter table leader_name add column id bigint generated always as identity primary key;
alter table leader_name add constraint leader_name_unique unique (leader_id, name);
alter table region_name drop constraint region_name_pkey;
alter table region_name add column id bigint generated always as identity primary key;
alter table region_name add constraint region_name_unique unique (region_id, name);

-- A create retried with the same client-supplied key returns the record the first attempt made
-- instead of making a second one.
create table client_request (
    client_key text primary key check (length(client_key) between 1 and 200),
    operation  text not null,
    fact_id    bigint,
    created_at timestamptz not null default now()
);

-- One row per change of one fact. fact_kind names the kind as the API does (STRIKE,
-- CASUALTY_REPORT...); a change to a name is a change of its leader or region, and a citation
-- added to a fact is a change of that fact. changed_by is the signed-in user the API sets for its
-- transaction (frontline.user); a change made outside the API shows the database role instead.
create table history (
    id         bigint generated always as identity primary key,
    fact_kind  text not null,
    fact_id    bigint not null,
    action     text not null check (action in ('CREATE', 'UPDATE', 'RETIRE', 'DELETE', 'CITE', 'UNCITE')),
    before     jsonb,
    after      jsonb,
    changed_at timestamptz not null default clock_timestamp(),
    changed_by text not null
);

create index history_fact_idx on history (fact_kind, fact_id, id desc);

create function history_user() returns text language sql stable as $$
    select coalesce(nullif(current_setting('frontline.user', true), ''), 'database:' || current_user);
$$;

-- Records a change of the row. Arguments: the fact kind, and the column holding the id of the fact
-- the row belongs to ('id' for the fact itself; 'leader_id' for a leader's name).
create function record_history() returns trigger language plpgsql as $$
declare
    row_after  jsonb := case when tg_op = 'DELETE' then null else to_jsonb(new) end;
    row_before jsonb := case when tg_op = 'INSERT' then null else to_jsonb(old) end;
    fact       bigint := (coalesce(row_after, row_before) ->> tg_argv[1])::bigint;
    what       text;
begin
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

create trigger leader_history after insert or update or delete on leader
    for each row execute function record_history('LEADER', 'id');
create trigger leader_name_history after insert or update or delete on leader_name
    for each row execute function record_history('LEADER', 'leader_id');
create trigger leader_position_history after insert or update or delete on leader_position
    for each row execute function record_history('LEADER_POSITION', 'id');
create trigger region_history after insert or update or delete on region
    for each row execute function record_history('REGION', 'id');
create trigger region_name_history after insert or update or delete on region_name
    for each row execute function record_history('REGION', 'region_id');
create trigger region_control_history after insert or update or delete on region_control
    for each row execute function record_history('REGION_CONTROL', 'id');
create trigger sovereignty_claim_history after insert or update or delete on sovereignty_claim
    for each row execute function record_history('SOVEREIGNTY_CLAIM', 'id');
create trigger claim_response_history after insert or update or delete on claim_response
    for each row execute function record_history('CLAIM_RESPONSE', 'id');
create trigger sanction_history after insert or update or delete on sanction
    for each row execute function record_history('SANCTION', 'id');
create trigger sanction_target_history after insert or update or delete on sanction_target
    for each row execute function record_history('SANCTION_TARGET', 'id');
create trigger strike_history after insert or update or delete on strike
    for each row execute function record_history('STRIKE', 'id');
create trigger casualty_report_history after insert or update or delete on casualty_report
    for each row execute function record_history('CASUALTY_REPORT', 'id');
create trigger attribution_history after insert or update or delete on attribution
    for each row execute function record_history('ATTRIBUTION', 'id');
create trigger event_history after insert or update or delete on event
    for each row execute function record_history('EVENT', 'id');

-- A citation added to (or removed from) a fact is recorded as a change of that fact.
create function record_citation_history() returns trigger language plpgsql as $$
declare
    cited citation := case when tg_op = 'DELETE' then old else new end;
    kind  text;
    fact  bigint;
begin
    select s.fact_kind, s.fact_id into kind, fact from (
        select case
                   when cited.leader_id is not null then 'LEADER'
                   when cited.leader_position_id is not null then 'LEADER_POSITION'
                   when cited.region_id is not null then 'REGION'
                   when cited.region_control_id is not null then 'REGION_CONTROL'
                   when cited.sovereignty_claim_id is not null then 'SOVEREIGNTY_CLAIM'
                   when cited.claim_response_id is not null then 'CLAIM_RESPONSE'
                   when cited.sanction_id is not null then 'SANCTION'
                   when cited.sanction_target_id is not null then 'SANCTION_TARGET'
                   when cited.strike_id is not null then 'STRIKE'
                   when cited.casualty_report_id is not null then 'CASUALTY_REPORT'
                   when cited.attribution_id is not null then 'ATTRIBUTION'
                   else 'EVENT'
               end as fact_kind,
               coalesce(cited.leader_id, cited.leader_position_id, cited.region_id, cited.region_control_id,
                        cited.sovereignty_claim_id, cited.claim_response_id, cited.sanction_id,
                        cited.sanction_target_id, cited.strike_id, cited.casualty_report_id,
                        cited.attribution_id, cited.event_id) as fact_id) s;
    insert into history (fact_kind, fact_id, action, before, after, changed_by)
    values (kind, fact, case when tg_op = 'DELETE' then 'UNCITE' else 'CITE' end,
            case when tg_op = 'INSERT' then null else to_jsonb(old) end,
            case when tg_op = 'DELETE' then null else to_jsonb(new) end,
            history_user());
    return null;
end;
$$;

create trigger citation_history after insert or update or delete on citation
    for each row execute function record_citation_history();
