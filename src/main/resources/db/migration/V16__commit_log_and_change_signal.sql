-- Live subscriptions and the change feed need two things the history (V10) does not give:
--   * the order in which changes were committed. history.id is taken when a row is inserted, not
--     when its transaction commits: a transaction that began first may commit last, so a reader
--     who has read up to id 100 could later find a committed id 99 it never saw. A feed read "after
--     a cursor" would miss it;
--   * a signal to every replica, sent by the transaction that makes the change and only if it
--     commits.
--
-- Both come from one row per committed transaction in commit_log, written at the last moment
-- before the commit by a deferred trigger that first takes one lock shared by all writers. The
-- lock is held until the commit has completed (and is visible), so a transaction cannot take its
-- number until the one before it has committed: seq is the commit order, and a reader who sees seq
-- n committed has already been able to see every seq below it. The price is that commits (only the
-- commit itself, not the work before it) take turns; an analysts' record commits a few changes a
-- second, far below what one lock can pass.
--
-- NOTIFY is transactional: PostgreSQL sends it at commit, in commit order, and drops it on
-- rollback. Logical decoding would give the same order without the lock, but needs wal_level =
-- logical, a replication slot that holds WAL while a replica is away, and a replication connection
-- per replica: more to run and more to go wrong than one LISTEN connection each.

-- The transaction that wrote each history row; rows written before this migration keep null and
-- are given the first entry of the log below. Set as a default after the column exists, so that
-- the rows already there are not rewritten to fill it.
alter table history add column tx xid8;
alter table history alter column tx set default pg_current_xact_id();
create index history_tx_idx on history (tx);

create table commit_log (
    -- The commit order: taken under the commit lock, so later commits have larger numbers.
    seq          bigint generated always as identity primary key,
    tx           xid8 not null unique,
    committed_at timestamptz not null default clock_timestamp()
);

-- Everything recorded before commits were logged counts as one first commit, in history.id order.
insert into commit_log (tx, committed_at)
select '0'::xid8, coalesce(max(changed_at), now()) from history;
update history set tx = '0'::xid8 where tx is null;
alter table history alter column tx set not null;

-- Runs at commit for every history row of the transaction (a deferred trigger cannot run once per
-- transaction); all but the first return at once.
create function log_commit() returns trigger language plpgsql as $$
declare
    logged bigint;
begin
    if current_setting('frontline.commit_logged', true) = pg_current_xact_id()::text then
        return null;
    end if;
    perform set_config('frontline.commit_logged', pg_current_xact_id()::text, true);
    -- The commit lock, a key nothing else takes: see the top of this file.
    perform pg_advisory_xact_lock(7308614064715150708);
    insert into commit_log (tx) values (pg_current_xact_id()) returning seq into logged;
    -- Replicas read the transaction's changes themselves; the signal carries only its place.
    perform pg_notify('frontline_changes', logged::text);
    return null;
end;
$$;

create constraint trigger history_commit_log after insert on history
    deferrable initially deferred
    for each row execute function log_commit();
