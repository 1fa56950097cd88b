-- A region's strike totals (strikes, killed, injured, and how far the sums can be trusted) count
-- every strike in the region and in every region below it. Added up live, a busy district's 20
-- villages meant reading 17,000 strikes for each request (4.5 ms of the database's time, measured
-- on the generated war of bench/run.sh). This table keeps those sums per region and calendar month,
-- sub-regions included, so that all-time totals read a region's few dozen months, and totals over
-- a date range read the whole months inside it and count only the strikes of the part-months at
-- its ends.
--
-- Kept by triggers: a strike added, changed, retired or deleted moves its counts in its region and
-- every region above it; a region moved to another parent takes its counts with it. Retired
-- strikes count nowhere, as everywhere else. The figures are the strike's own (the lowest report,
-- kept by the casualty-report trigger of V5), so a new report reaches the totals through the
-- strike's update.
create table strike_month_totals (
    region_id        bigint not null references region (id) on delete cascade,
    -- The first day of the month.
    month            date not null,
    strikes          integer not null,
    killed           integer not null,
    -- Strikes whose killed figure is only a lower bound: "at least", or no figure at all.
    killed_at_least  integer not null,
    -- Strikes whose killed figure is an estimate ("about").
    killed_about     integer not null,
    without_killed   integer not null,
    injured          integer not null,
    injured_at_least integer not null,
    injured_about    integer not null,
    without_injured  integer not null,
    primary key (region_id, month)
);

-- The region itself and every region above it, nearest first.
create function region_and_ancestors(start_id bigint) returns setof bigint
    language sql stable as $$
    with recursive chain(id) as (
        select start_id
        union all
        select r.parent_id from region r join chain c on r.id = c.id where r.parent_id is not null
    )
    select id from chain;
$$;

-- Adds counts to the kept totals (negative counts take them away). Rows are locked in region and
-- month order, so that two writers meeting on a country's row wait for each other rather than
-- deadlock.
create function strike_month_totals_merge(p_counts strike_month_totals[]) returns void language sql as $$
    insert into strike_month_totals as t
    select * from unnest(p_counts) as c order by c.region_id, c.month
    on conflict (region_id, month) do update set
        strikes = t.strikes + excluded.strikes,
        killed = t.killed + excluded.killed,
        killed_at_least = t.killed_at_least + excluded.killed_at_least,
        killed_about = t.killed_about + excluded.killed_about,
        without_killed = t.without_killed + excluded.without_killed,
        injured = t.injured + excluded.injured,
        injured_at_least = t.injured_at_least + excluded.injured_at_least,
        injured_about = t.injured_about + excluded.injured_about,
        without_injured = t.without_injured + excluded.without_injured;
$$;

-- Adds one strike's counts (sign 1) or takes them away (sign -1) in its region and every region
-- above it.
create function strike_month_totals_add(p_region_id bigint, p_day date, p_sign integer,
        p_killed integer, p_killed_qualifier text, p_injured integer, p_injured_qualifier text)
    returns void language sql as $$
    select strike_month_totals_merge(array(
        select row(a.id, date_trunc('month', p_day)::date, p_sign,
               p_sign * coalesce(p_killed, 0),
               p_sign * (p_killed is null or p_killed_qualifier = 'AT_LEAST')::int,
               p_sign * coalesce(p_killed_qualifier = 'ABOUT', false)::int,
               p_sign * (p_killed is null)::int,
               p_sign * coalesce(p_injured, 0),
               p_sign * (p_injured is null or p_injured_qualifier = 'AT_LEAST')::int,
               p_sign * coalesce(p_injured_qualifier = 'ABOUT', false)::int,
               p_sign * (p_injured is null)::int)::strike_month_totals
        from region_and_ancestors(p_region_id) as a(id)));
$$;

create function strike_changes_month_totals() returns trigger language plpgsql as $$
begin
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

create trigger strike_added_to_month_totals after insert or delete on strike
    for each row execute function strike_changes_month_totals();
-- Only a change to what the totals count moves them; a new description or version does not.
create trigger strike_changed_in_month_totals after update on strike
    for each row
    when ((old.region_id, old.occurred_on, old.killed, old.killed_qualifier, old.injured, old.injured_qualifier,
           old.retired_at is null)
          is distinct from
          (new.region_id, new.occurred_on, new.killed, new.killed_qualifier, new.injured, new.injured_qualifier,
           new.retired_at is null))
    execute function strike_changes_month_totals();

-- A region moved under another parent: its totals (its sub-regions' included) leave the regions
-- above its old place and join those above its new one.
create function strike_month_totals_shift(p_region_id bigint, p_above bigint, p_sign integer)
    returns void language sql as $$
    select strike_month_totals_merge(array(
        select row(a.id, m.month, p_sign * m.strikes, p_sign * m.killed, p_sign * m.killed_at_least,
               p_sign * m.killed_about, p_sign * m.without_killed, p_sign * m.injured,
               p_sign * m.injured_at_least, p_sign * m.injured_about, p_sign * m.without_injured)::strike_month_totals
        from strike_month_totals m cross join region_and_ancestors(p_above) as a(id)
        where m.region_id = p_region_id));
$$;

create function region_moves_month_totals() returns trigger language plpgsql as $$
begin
    if old.parent_id is not null then
        perform strike_month_totals_shift(new.id, old.parent_id, -1);
    end if;
    if new.parent_id is not null then
        perform strike_month_totals_shift(new.id, new.parent_id, 1);
    end if;
    return null;
end;
$$;

create trigger region_moved_in_month_totals after update of parent_id on region
    for each row when (old.parent_id is distinct from new.parent_id)
    execute function region_moves_month_totals();

-- Counts everything again from the strikes: run here once, and by the data generator, which loads
-- strikes with the triggers off.
create function rebuild_strike_month_totals() returns void language sql as $$
    truncate strike_month_totals;
    with recursive above(region_id, ancestor_id) as (
        select id, id from region
        union all
        select a.region_id, r.parent_id from above a join region r on r.id = a.ancestor_id where r.parent_id is not null
    ), by_place as (
        select s.region_id, date_trunc('month', s.occurred_on)::date as month,
               count(*) as strikes, coalesce(sum(s.killed), 0) as killed,
               count(*) filter (where s.killed is null or s.killed_qualifier = 'AT_LEAST') as killed_at_least,
               count(*) filter (where s.killed_qualifier = 'ABOUT') as killed_about,
               count(*) filter (where s.killed is null) as without_killed,
               coalesce(sum(s.injured), 0) as injured,
               count(*) filter (where s.injured is null or s.injured_qualifier = 'AT_LEAST') as injured_at_least,
               count(*) filter (where s.injured_qualifier = 'ABOUT') as injured_about,
               count(*) filter (where s.injured is null) as without_injured
        from strike s where s.retired_at is null
        group by 1, 2
    )
    insert into strike_month_totals
    select a.ancestor_id, p.month, sum(p.strikes), sum(p.killed), sum(p.killed_at_least), sum(p.killed_about),
           sum(p.without_killed), sum(p.injured), sum(p.injured_at_least), sum(p.injured_about), sum(p.without_injured)
    from by_place p join above a on a.region_id = p.region_id
    group by 1, 2;
    analyze strike_month_totals;
$$;

select rebuild_strike_month_totals();
