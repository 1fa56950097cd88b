-- Indexes that a war-sized record needs (measured with bench/run.sh on a million strikes).

-- A region's strike totals add up killed and injured over its places' strikes. With the figures
-- in the index, those sums are read from the index alone instead of visiting every strike's row
-- (index-only scan); the index still serves "a place's newest strikes" as before. retired_at is
-- in it too, because every list and total leaves retired strikes out (V10).
drop index strike_region_idx;
create index strike_region_idx on strike (region_id, occurred_on desc, id desc)
    include (killed, killed_qualifier, injured, injured_qualifier, retired_at);

-- Sanctions by an authority, newest first: the authority's own rows in order, instead of walking
-- every sanction newest first and skipping the other authorities'.
drop index sanction_authority_idx;
create index sanction_authority_idx on sanction (authority_id, announced_on desc, id desc);
