-- "Says who?": a citation ties one fact to the source that states it and the sentence that states
-- it. Each fact table gets its own nullable foreign key, exactly one of which is set, so that every
-- link is checked by the database and deleting a fact removes its citations. A fact stated by two
-- sources has two citations.
create table citation (
    id                   bigint generated always as identity primary key,
    source_id            bigint not null references source (id),
    quote                text not null check (length(trim(quote)) > 0),
    -- Who spoke, where the sentence reports someone's words ("Denis Pushylin, to RIA Novosti").
    -- People quoted who lead nothing, such as an analyst, are named here and are not leaders.
    speaker              text,
    leader_id            bigint references leader (id) on delete cascade,
    leader_position_id   bigint references leader_position (id) on delete cascade,
    region_id            bigint references region (id) on delete cascade,
    region_control_id    bigint references region_control (id) on delete cascade,
    sovereignty_claim_id bigint references sovereignty_claim (id) on delete cascade,
    claim_response_id    bigint references claim_response (id) on delete cascade,
    sanction_id          bigint references sanction (id) on delete cascade,
    sanction_target_id   bigint references sanction_target (id) on delete cascade,
    strike_id            bigint references strike (id) on delete cascade,
    casualty_report_id   bigint references casualty_report (id) on delete cascade,
    attribution_id       bigint references attribution (id) on delete cascade,
    event_id             bigint references event (id) on delete cascade,
    check (num_nonnulls(leader_id, leader_position_id, region_id, region_control_id, sovereignty_claim_id,
                        claim_response_id, sanction_id, sanction_target_id, strike_id, casualty_report_id,
                        attribution_id, event_id) = 1)
);

create index citation_source_idx on citation (source_id, id);
create index citation_leader_idx on citation (leader_id) where leader_id is not null;
create index citation_leader_position_idx on citation (leader_position_id) where leader_position_id is not null;
create index citation_region_idx on citation (region_id) where region_id is not null;
create index citation_region_control_idx on citation (region_control_id) where region_control_id is not null;
create index citation_sovereignty_claim_idx on citation (sovereignty_claim_id) where sovereignty_claim_id is not null;
create index citation_claim_response_idx on citation (claim_response_id) where claim_response_id is not null;
create index citation_sanction_idx on citation (sanction_id) where sanction_id is not null;
create index citation_sanction_target_idx on citation (sanction_target_id) where sanction_target_id is not null;
create index citation_strike_idx on citation (strike_id) where strike_id is not null;
create index citation_casualty_report_idx on citation (casualty_report_id) where casualty_report_id is not null;
create index citation_attribution_idx on citation (attribution_id) where attribution_id is not null;
create index citation_event_idx on citation (event_id) where event_id is not null;
