-- Provenance first: every other table's facts are cited against a source (see V7), so the
-- documents exist before anything that rests on them.

-- pg_trgm gives fuzzy name search (Zelenskyy/Zelensky, Odesa/Odessa). It is a trusted extension,
-- so the owner of the database may create it without being a superuser.
create extension if not exists pg_trgm;

-- A document that states facts: an article, an official statement, an editors' note, a data set.
-- The seed article has no title, publisher or URL; those columns are nullable because many real
-- documents lack them too, and we keep what is known rather than invent it.
create table source (
    id           bigint generated always as identity primary key,
    title        text not null check (length(trim(title)) > 0),
    publisher    text,
    published_on date,
    url          text,
    kind         text not null check (kind in ('ARTICLE', 'OFFICIAL_STATEMENT', 'EDITORIAL_NOTE', 'DATASET', 'OTHER')),
    description  text
);

create index source_published_on_idx on source (published_on, id);

-- Someone who acts: a state, an alliance, a government body, an armed force, a separatist or
-- occupation authority, a news agency. Control, claims, sanctions, attributions and reports all
-- name actors. A state is kept apart from its territory (the region): Russia the actor claims
-- Donetsk; Russia the region is where Moscow lies.
create table actor (
    id         bigint generated always as identity primary key,
    name       text not null unique,
    kind       text not null check (kind in ('STATE', 'ORGANISATION', 'GOVERNMENT_BODY', 'ARMED_FORCE',
                                             'SEPARATIST_AUTHORITY', 'OCCUPATION_AUTHORITY', 'MEDIA', 'COMPANY')),
    -- The state an actor belongs to (Ukraine's air force belongs to Ukraine); null for states and
    -- for bodies that belong to none (NATO, the EU).
    part_of_id bigint references actor (id)
);

create index actor_part_of_idx on actor (part_of_id);
create index actor_name_trgm_idx on actor using gin (name gin_trgm_ops);
