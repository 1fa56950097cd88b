-- How exact a casualty figure is, as the source put it: "25 killed" is EXACT, "at least one" is
-- AT_LEAST, "about 20" is ABOUT. Totals carry the weakest qualifier of what they add up.
create domain figure_qualifier as text check (value in ('EXACT', 'AT_LEAST', 'ABOUT'));

-- An attack at a time and a place.
create table strike (
    id                bigint generated always as identity primary key,
    occurred_on       date not null,
    -- The hour, where a source gives one.
    occurred_at       timestamptz,
    region_id         bigint not null references region (id),
    latitude          double precision check (latitude between -90 and 90),
    longitude         double precision check (longitude between -180 and 180),
    weapon_kind       text not null check (weapon_kind in ('MISSILE', 'DRONE', 'ROCKET', 'ARTILLERY',
                                                           'AIR_STRIKE', 'SHELLING', 'UNKNOWN')),
    -- The weapon as sources describe it: "anti-aircraft missiles repurposed for ground attack".
    weapon            text,
    -- Who supplied the weapon, where a source says so ("Iranian-supplied").
    weapon_supplier_id bigint references actor (id),
    -- What was hit: "a humanitarian convoy; people waiting in cars".
    target            text,
    description       text,
    -- The strike's own figures, kept by the trigger below from its casualty reports so that lists,
    -- filters and totals over a whole war's strikes read one row, not every report. Where reports
    -- disagree the lowest figure is the strike's, the conservative reading event data sets use;
    -- every report stays readable on its own.
    killed            integer check (killed >= 0),
    killed_qualifier  figure_qualifier,
    injured           integer check (injured >= 0),
    injured_qualifier figure_qualifier,
    check ((latitude is null) = (longitude is null)),
    check ((killed is null) = (killed_qualifier is null)),
    check ((injured is null) = (injured_qualifier is null))
);

create index strike_region_idx on strike (region_id, occurred_on desc, id desc);
create index strike_occurred_on_idx on strike (occurred_on desc, id desc);
create index strike_weapon_idx on strike (weapon_kind, occurred_on desc);
create index strike_weapon_supplier_idx on strike (weapon_supplier_id);
-- Sorting by killed treats "no figure" as below zero, so that the keyset has no nulls.
create index strike_killed_idx on strike ((coalesce(killed, -1)) desc, id desc);
create index strike_point_idx on strike (latitude, longitude) where latitude is not null;

-- Killed and injured as one source reported them. Figures that disagree are both kept, each with
-- who reported it; null means the source gave no figure.
create table casualty_report (
    id                bigint generated always as identity primary key,
    strike_id         bigint not null references strike (id) on delete cascade,
    killed            integer check (killed >= 0),
    killed_qualifier  figure_qualifier,
    injured           integer check (injured >= 0),
    injured_qualifier figure_qualifier,
    -- Who gave the figures: a body (the Prosecutor General's Office) or a leader (a governor).
    reported_by_actor_id  bigint references actor (id),
    reported_by_leader_id bigint references leader (id),
    reported_on       date,
    check ((killed is null) = (killed_qualifier is null)),
    check ((injured is null) = (injured_qualifier is null)),
    check (num_nonnulls(reported_by_actor_id, reported_by_leader_id) >= 1)
);

create index casualty_report_strike_idx on casualty_report (strike_id);
create index casualty_report_actor_idx on casualty_report (reported_by_actor_id);
create index casualty_report_leader_idx on casualty_report (reported_by_leader_id);

-- Who is said to have carried out a strike, and by whom. A strike may carry competing
-- attributions (Ukraine blames Russia; Russia-appointed officials blame Ukraine): each is a row,
-- with its status and whether its claimant offered evidence.
create table attribution (
    id                   bigint generated always as identity primary key,
    strike_id            bigint not null references strike (id) on delete cascade,
    actor_id             bigint not null references actor (id),
    status               text not null check (status in ('CONFIRMED', 'CLAIMED', 'DISPUTED', 'UNKNOWN')),
    claimed_by_actor_id  bigint references actor (id),
    claimed_by_leader_id bigint references leader (id),
    -- False where the source says the claimant gave none; null where it does not say.
    evidence_given       boolean
);

create index attribution_strike_idx on attribution (strike_id);
create index attribution_actor_idx on attribution (actor_id, status);
create index attribution_claimed_by_actor_idx on attribution (claimed_by_actor_id);
create index attribution_claimed_by_leader_idx on attribution (claimed_by_leader_id);

-- Keeps strike.killed/injured equal to the lowest reported figure (see strike). A lowest figure
-- from an "at least" report keeps its qualifier.
create function refresh_strike_figures(p_strike_id bigint) returns void language sql as $$
    update strike s set
        killed = k.killed, killed_qualifier = k.killed_qualifier,
        injured = i.injured, injured_qualifier = i.injured_qualifier
    from (select 1) one
    left join lateral (
        select killed, killed_qualifier from casualty_report
        where strike_id = p_strike_id and killed is not null
        order by killed, (killed_qualifier = 'EXACT') desc, id limit 1) k on true
    left join lateral (
        select injured, injured_qualifier from casualty_report
        where strike_id = p_strike_id and injured is not null
        order by injured, (injured_qualifier = 'EXACT') desc, id limit 1) i on true
    where s.id = p_strike_id;
$$;

create function casualty_report_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform refresh_strike_figures(old.strike_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.strike_id <> old.strike_id) then
        perform refresh_strike_figures(new.strike_id);
    end if;
    return null;
end;
$$;

create trigger casualty_report_keeps_strike_figures
    after insert or update or delete on casualty_report
    for each row execute function casualty_report_changed();
