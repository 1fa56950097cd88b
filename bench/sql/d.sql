-- (d) The two statements Frontline runs: the page of sanctions, then their targets.
select s.id, s.title, s.programme, s.announced_on, s.lifted_on, s.stated_target_count, s.stated_target_count_qualifier, s.stated_target_description, a.id as a_id, a.name as a_name, a.kind as a_kind from sanction s join actor a on a.id = s.authority_id where s.authority_id = :authority order by s.announced_on desc, s.id desc limit 51;
select t.id, t.sanction_id, t.name, t.kind, t.delisted_on from sanction_target t where t.sanction_id = any(:sanctions::bigint[]) and t.retired_at is null order by t.name, t.id;
