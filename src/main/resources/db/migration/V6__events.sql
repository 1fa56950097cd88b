-- Other things that happened and are dated: the invasion, the referendums, the signing of the
-- accession treaties, Ukraine's NATO application, a mobilisation. They give the record its
-- timeline and hold the article's facts that are neither control, claim, sanction nor strike.
create table event (
    id                  bigint generated always as identity primary key,
    occurred_on         date not null,
    occurred_precision  date_precision not null default 'DAY',
    kind                text not null check (kind in ('INVASION', 'ANNEXATION', 'REFERENDUM', 'TREATY',
                                                      'APPLICATION', 'MOBILISATION', 'DECLARATION',
                                                      'MILITARY_OPERATION', 'OTHER')),
    title               text not null check (length(trim(title)) > 0),
    description         text,
    region_id           bigint references region (id),
    actor_id            bigint references actor (id),
    leader_id           bigint references leader (id)
);

create index event_occurred_on_idx on event (occurred_on, id);
create index event_region_idx on event (region_id);
create index event_actor_idx on event (actor_id);
create index event_leader_idx on event (leader_id);
