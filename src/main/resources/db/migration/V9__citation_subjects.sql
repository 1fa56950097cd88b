-- For each citation: which kind of fact it supports, that fact's id, and the leader, region,
-- sanction, strike or event the fact is about (a casualty report is about its strike, a control
-- record about its region). "What does this source support?" is answered from here without every
-- reader repeating the joins.
create view citation_subject as
select c.id as citation_id,
       case
           when c.leader_id is not null then 'LEADER'
           when c.leader_position_id is not null then 'LEADER_POSITION'
           when c.region_id is not null then 'REGION'
           when c.region_control_id is not null then 'REGION_CONTROL'
           when c.sovereignty_claim_id is not null then 'SOVEREIGNTY_CLAIM'
           when c.claim_response_id is not null then 'CLAIM_RESPONSE'
           when c.sanction_id is not null then 'SANCTION'
           when c.sanction_target_id is not null then 'SANCTION_TARGET'
           when c.strike_id is not null then 'STRIKE'
           when c.casualty_report_id is not null then 'CASUALTY_REPORT'
           when c.attribution_id is not null then 'ATTRIBUTION'
           else 'EVENT'
       end as fact_kind,
       coalesce(c.leader_id, c.leader_position_id, c.region_id, c.region_control_id, c.sovereignty_claim_id,
                c.claim_response_id, c.sanction_id, c.sanction_target_id, c.strike_id, c.casualty_report_id,
                c.attribution_id, c.event_id) as fact_id,
       coalesce(c.leader_id, lp.leader_id) as leader_id,
       coalesce(c.region_id, rc.region_id, sc.region_id, responded.region_id) as region_id,
       coalesce(c.sanction_id, st.sanction_id) as sanction_id,
       coalesce(c.strike_id, cr.strike_id, a.strike_id) as strike_id,
       c.event_id
from citation c
left join leader_position lp on lp.id = c.leader_position_id
left join region_control rc on rc.id = c.region_control_id
left join sovereignty_claim sc on sc.id = c.sovereignty_claim_id
left join claim_response resp on resp.id = c.claim_response_id
left join sovereignty_claim responded on responded.id = resp.claim_id
left join sanction_target st on st.id = c.sanction_target_id
left join casualty_report cr on cr.id = c.casualty_report_id
left join attribution a on a.id = c.attribution_id;
