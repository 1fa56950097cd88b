-- Indexes that PlansTest asked for: it plans every statement that queries drawn from the schema
-- send (every list with each order and each filter, every relation), on a generated war, and fails
-- where one reads a whole large table to keep a few rows or sorts more rows than a page needs.
-- Numbered 15.1 so that it follows V15 wherever V16 is already taken by the next change.

-- The sources list reads newest first, undated last; until now each page sorted every source.
drop index source_published_on_idx;
create index source_newest_idx on source ((coalesce(published_on, date '0001-01-01')) desc, id desc);
create index source_kind_newest_idx on source (kind, (coalesce(published_on, date '0001-01-01')) desc, id desc);

-- Text filters match any part of a title, publisher or weapon, in any case: trigrams serve them,
-- as they already serve names (V1 to V4).
create index source_title_trgm_idx on source using gin (title gin_trgm_ops);
create index source_publisher_trgm_idx on source using gin (publisher gin_trgm_ops);
create index strike_weapon_trgm_idx on strike using gin (weapon gin_trgm_ops);

-- strikes(orderBy: MOST_INJURED) had no index; MOST_KILLED's is strike_killed_idx (V5).
create index strike_injured_idx on strike ((coalesce(injured, -1)) desc, id desc);
