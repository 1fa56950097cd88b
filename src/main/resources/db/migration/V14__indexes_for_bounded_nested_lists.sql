-- Every nested list now reads at most its `first` rows per parent (guard/OperationCheck costs a
-- request by those bounds before it runs). The two lists that can grow large under one parent
-- read each parent's first rows in their own order straight from an index, so that a district
-- with thousands of settlements, or a sanction with thousands of named targets, costs a page.

-- region.children: a region's live children in name order.
create index region_children_idx on region (parent_id, name, id) where retired_at is null;

-- sanction.targets: a sanction's listed targets in name order.
create index sanction_target_listed_idx on sanction_target (sanction_id, name, id) where retired_at is null;
