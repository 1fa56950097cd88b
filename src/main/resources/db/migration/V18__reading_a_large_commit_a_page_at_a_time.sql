-- A bulk import (ingest/, V17) commits millions of history rows in one transaction. The change
-- feed and each replica's live reader read changes in commit order a page at a time, and fold a
-- citation into the change of its fact made in the same transaction (live/RecordChange). With
-- history indexed by transaction alone, every page of such a commit sorted all of its rows, and
-- every row looked through all of them for the citations folded into it: 3 s a page for a commit of
-- 100,000 changes, minutes for millions, past the statement timeout, so that a replica's live
-- reader retried the same page for ever. These two serve both: a commit's changes in id order, and
-- a commit's changes of one fact.
create index history_tx_id_idx on history (tx, id);
create index history_tx_fact_idx on history (tx, fact_kind, fact_id);
drop index history_tx_idx;
