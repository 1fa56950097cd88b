-- A leader is a person who holds or held a position. The person and the position are kept apart
-- because positions change (Putin was Prime Minister before he was President) and a person's
-- position is itself a dated, sourced fact.
create table leader (
    id   bigint generated always as identity primary key,
    -- The usual English spelling; the spellings sources use go to leader_name.
    name text not null check (length(trim(name)) > 0)
);

-- Every name a leader is known by, the usual one included, so that a search by any spelling a
-- source used ("Zelensky", "Pushylin") finds the person.
create table leader_name (
    leader_id bigint not null references leader (id) on delete cascade,
    name      text not null check (length(trim(name)) > 0),
    primary key (leader_id, name)
);

create index leader_name_trgm_idx on leader_name using gin (name gin_trgm_ops);

-- How exact a date is: sources say "in 2014" or "shortly after 24 February" as often as they give a
-- day. The date column holds the first day of the stated period.
create domain date_precision as text check (value in ('DAY', 'MONTH', 'YEAR'));

create table leader_position (
    id              bigint generated always as identity primary key,
    leader_id       bigint not null references leader (id) on delete cascade,
    title           text not null check (length(trim(title)) > 0),
    -- The state or organisation the leader acts for in this position.
    acting_for_id   bigint not null references actor (id),
    since           date,
    since_precision date_precision,
    until           date,
    until_precision date_precision,
    check (until is null or since is null or until >= since),
    check ((since is null) = (since_precision is null)),
    check ((until is null) = (until_precision is null))
);

create index leader_position_leader_idx on leader_position (leader_id);
create index leader_position_acting_for_idx on leader_position (acting_for_id);
create index leader_position_title_trgm_idx on leader_position using gin (title gin_trgm_ops);
