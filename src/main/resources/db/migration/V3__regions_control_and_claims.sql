-- A place: a country, an oblast, a district, a city or settlement, a facility such as a power
-- plant. The parent follows the internationally recognised division (Crimea's parent is Ukraine):
-- who holds a place and who claims it change over time and are disputed, so they are histories in
-- their own tables below, never a column here.
create table region (
    id        bigint generated always as identity primary key,
    name      text not null check (length(trim(name)) > 0),
    kind      text not null check (kind in ('COUNTRY', 'OBLAST', 'DISTRICT', 'CITY', 'SETTLEMENT', 'FACILITY')),
    parent_id bigint references region (id),
    -- A representative point (a city's centre, a plant's site), where known.
    latitude  double precision check (latitude between -90 and 90),
    longitude double precision check (longitude between -180 and 180),
    check ((latitude is null) = (longitude is null)),
    check (parent_id is null or parent_id <> id)
);

create index region_parent_idx on region (parent_id);
create index region_kind_idx on region (kind);

-- Every spelling of a place: "Zaporizhzhia", "Zaporozhye", "Zaporizhia" are one oblast.
create table region_name (
    region_id bigint not null references region (id) on delete cascade,
    name      text not null check (length(trim(name)) > 0),
    primary key (region_id, name)
);

create index region_name_trgm_idx on region_name using gin (name gin_trgm_ops);

-- Who holds a place on the ground, over time. Several rows may overlap: on 30 September 2022
-- Russia held about 60% of Donetsk oblast while Ukraine held the rest. A row is what a source
-- stated; two sources that disagree give two rows.
create table region_control (
    id                   bigint generated always as identity primary key,
    region_id            bigint not null references region (id) on delete cascade,
    controller_id        bigint not null references actor (id),
    -- FULL, MOST, PART as sources put it; CONTESTED where fighting for the place is reported.
    extent               text not null check (extent in ('FULL', 'MOST', 'PART', 'CONTESTED')),
    -- The share of the region held, where a source gives a figure ("about 60%").
    share_percent        numeric(5, 2) check (share_percent > 0 and share_percent <= 100),
    valid_from           date not null,
    valid_from_precision date_precision not null default 'DAY',
    valid_to             date,
    check (valid_to is null or valid_to >= valid_from)
);

create index region_control_region_idx on region_control (region_id, valid_from);
create index region_control_controller_idx on region_control (controller_id, valid_from);

-- Who claims sovereignty over a place, over time. A claim is kept whether or not anyone recognises
-- it: Russia's claim to Donetsk is a fact of the record, and the rejection of that claim by the
-- EU, the US and NATO is another (claim_response).
create table sovereignty_claim (
    id                   bigint generated always as identity primary key,
    region_id            bigint not null references region (id) on delete cascade,
    claimant_id          bigint not null references actor (id),
    -- How the claim was made: "accession treaty signed after referendums", "annexation".
    basis                text,
    -- Part of the region claimed, where a claim covers only a share of it ("about 15%" of Ukraine).
    share_percent        numeric(5, 2) check (share_percent > 0 and share_percent <= 100),
    claimed_from         date not null,
    claimed_from_precision date_precision not null default 'DAY',
    claimed_until        date,
    check (claimed_until is null or claimed_until >= claimed_from)
);

create index sovereignty_claim_region_idx on sovereignty_claim (region_id, claimed_from);
create index sovereignty_claim_claimant_idx on sovereignty_claim (claimant_id, claimed_from);

-- An actor's stance on a claim: the EU's refusal to recognise the referendums is a declaration,
-- not a sanction, and it is modelled as what it is.
create table claim_response (
    id        bigint generated always as identity primary key,
    claim_id  bigint not null references sovereignty_claim (id) on delete cascade,
    actor_id  bigint not null references actor (id),
    stance    text not null check (stance in ('RECOGNISES', 'REJECTS')),
    stated_on date,
    unique (claim_id, actor_id, stance)
);

create index claim_response_actor_idx on claim_response (actor_id);

-- A region and every region below it. "Strikes in Donetsk oblast" means strikes in the oblast, its
-- districts and its towns, so filters and totals over a region go through this function.
create function region_and_descendants(root_id bigint) returns setof bigint
    language sql stable as $$
    with recursive tree(id) as (
        select root_id
        union all
        select r.id from region r join tree t on r.parent_id = t.id
    )
    select id from tree;
$$;
