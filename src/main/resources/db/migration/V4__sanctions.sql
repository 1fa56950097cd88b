-- A measure imposed by an authority on a date, under a programme, possibly lifted later.
create table sanction (
    id              bigint generated always as identity primary key,
    authority_id    bigint not null references actor (id),
    title           text not null check (length(trim(title)) > 0),
    programme       text,
    announced_on    date not null,
    lifted_on       date,
    -- Sources often give a count without a list ("more than 1,000 people and firms"). The count is
    -- a fact in its own right and is kept as stated, beside whatever targets are listed.
    stated_target_count           integer check (stated_target_count >= 0),
    stated_target_count_qualifier text check (stated_target_count_qualifier in ('EXACT', 'AT_LEAST', 'MORE_THAN', 'ABOUT')),
    stated_target_description     text,
    check (lifted_on is null or lifted_on >= announced_on),
    check ((stated_target_count is null) = (stated_target_count_qualifier is null))
);

create index sanction_authority_idx on sanction (authority_id, announced_on);
create index sanction_announced_on_idx on sanction (announced_on, id);

-- Whom a sanction names: a leader, an actor (a firm, a body), or a name we hold nothing else on.
create table sanction_target (
    id          bigint generated always as identity primary key,
    sanction_id bigint not null references sanction (id) on delete cascade,
    leader_id   bigint references leader (id),
    actor_id    bigint references actor (id),
    name        text not null check (length(trim(name)) > 0),
    kind        text not null check (kind in ('PERSON', 'COMPANY', 'BODY', 'VESSEL', 'OTHER')),
    delisted_on date
);

create index sanction_target_sanction_idx on sanction_target (sanction_id);
create index sanction_target_leader_idx on sanction_target (leader_id);
create index sanction_target_actor_idx on sanction_target (actor_id);
create index sanction_target_name_trgm_idx on sanction_target using gin (name gin_trgm_ops);
