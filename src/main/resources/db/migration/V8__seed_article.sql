-- The seed: every fact of the first document in the record, a news report of 30 September 2022
-- (Russia annexes four Ukrainian regions, Ukraine applies to join NATO, US sanctions, strikes on
-- Zaporizhzhia, Dnipro, Mykolaiv and Odesa), and the few facts the editors' background note adds to
-- place it.
--
-- How this file is built:
--   * No identity value is written by hand. Rows are found by their natural keys (an actor's or a
--     leader's name, a region's name and kind) in subselects, or taken from `returning id`.
--   * Every fact row gets at least one citation. The quotes are kept once, in the temporary table
--     seed_quote, each under a short key, and are copied verbatim from the article (its typos
--     included) or from the fact column of the note's table. Citations join seed_quote with a left
--     join, so a mistyped key leaves a null quote and the not-null constraint stops the migration
--     instead of silently dropping a citation.
--   * A fact that rests on the article and on the note (typically: the article states it, the note
--     gives its date) gets two citations, one per source.
--   * strike.killed and strike.injured are never written here: the trigger of V5 derives them from
--     the casualty reports.
--   * The last statement checks that no fact row is left without a citation.

-- ---------------------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------------------

-- The article carries no title, publisher, URL or date line. Its title here is a description of
-- it, marked as such, not a headline; publisher and url stay null rather than guessed.
insert into source (title, publisher, published_on, url, kind, description) values
    ('Putin annexes four Ukrainian regions; Zelensky applies to join NATO (untitled report)',
     null, date '2022-09-30', null, 'ARTICLE',
     'An English-language news report from Moscow on the day Russia signed the accession treaties for four occupied '
     || 'Ukrainian regions. It has no title, publisher, URL or date line: the title above describes it and is not its '
     || 'own, and its date, 30 September 2022, is not printed in it but comes from the editors'' background note '
     || '(the article''s "Friday" is that day).'),
    ('Frontline editors'' background note to the seed article',
     'Frontline', null, null, 'EDITORIAL_NOTE',
     'Gives the facts needed to place the seed article that it does not state itself: its date, the date of the US '
     || 'sanctions and the name of the head of Russia''s Central Bank, which strike the 25 killed belong to, where Lyman, '
     || 'the Zaporizhzhia nuclear power plant and Dnipro lie, Reznichenko''s oblast, the years of the invasion, of the '
     || 'separatist declarations and of the annexation of Crimea, and Kirill Tymoshenko''s office.');

-- The quotes, typed once. The key prefix says which document the quote comes from.
create temporary table seed_quote (
    key       text primary key,
    source_id bigint not null,
    quote     text not null
);

insert into seed_quote (key, source_id, quote)
select v.key, s.id, v.quote
from (values
    -- From the article.
    ('a.dateline', 'MOSCOW, Russia — Russian President Vladimir Putin signed the agreements on Friday to illegally annex the occupied Ukrainian territory in a dramatic escalation of his seven-month invasion.'),
    ('a.signed', 'Russian President Vladimir Putin signed the agreements on Friday to illegally annex the occupied Ukrainian territory in a dramatic escalation of his seven-month invasion.'),
    ('a.president-reacted', 'The President of Ukraine reacted to the unexpected application to join the NATO military alliance.'),
    ('a.land-grab', 'Putin’s land grab and President Vladimir Zelensky’s signing of an “accelerated” application to join NATO have put the two leaders on a collision course, raising fears of a full-blown conflict between Russia and the West.'),
    ('a.all-means', 'Putin promised to defend the recently annexed regions of Ukraine “with all available means.”'),
    ('a.kremlin-ceremony', 'He voiced this nuclear threat at the signing ceremony in the Kremlin, where he also lashed out at the West, accusing the US and its allies of seeking to destroy Russia.'),
    ('a.kyiv-ceremony', 'Zelensky then held his own signing ceremony in Kyiv, releasing a video of himself putting his pen to documents he said were a formal request to join NATO.'),
    ('a.no-negotiations', 'Zelensky said that there will be no negotiations with Putin.'),
    ('a.another-president', '“We are ready for a dialogue with Russia, but… with another president of Russia,” the Ukrainian president said.'),
    ('a.us-sanctions', 'The The US announced sanctions for more than 1,000 people and firms linked to the Russian invasion, including the head of the Central Bank.'),
    ('a.biden', 'President Joe Biden said about Putin’s annexation of the Donetsk, Luhansk, Kherson and Zaporozhye regions: “Make no mistake: these actions have no legitimacy.”'),
    ('a.annexation-of-four', 'Putin’s annexation of the Donetsk, Luhansk, Kherson and Zaporozhye regions'),
    ('a.eu-condemned', 'The European Union rejected and condemned the “illegal annexation”.'),
    ('a.eu-27', 'Its 27 member states said they would never recognize the illegal referendums organized by Russia “as a basis for this further violation of the independence, sovereignty and territorial integrity of Ukraine.”'),
    ('a.stoltenberg', 'NATO Secretary General Jens Stoltenberg called it “the biggest attempt at the forcible annexation of European territory since World War II.”'),
    ('a.turning-point', 'He said the war was at a “turning point” and that Putin’s decision to annex additional territory — Russia has claimed sovereignty over 15 percent of the country — represented “the most serious escalation since the war began.”'),
    ('a.fifteen-percent', 'Russia has claimed sovereignty over 15 percent of the country'),
    ('a.freed', '“The entire territory of our country will be freed from this enemy,” said the Ukrainian leader.'),
    ('a.referendums', 'Putin’s ceremony in the Kremlin came three days after Moscow-sponsored “referendums” on joining Russia in the occupied regions, which Kyiv and the West dismissed as an open-faced land grab at gunpoint and based on lies.'),
    ('a.accession-treaties', 'After the ceremony of signing treaties on accession to Russia, Moscow-appointed leaders of the occupied regions gathered around Putin and all of them joined hands, chanting “Russia! Russia!” with the audience.'),
    ('a.separatists-2014', 'Moscow has supported the separatist Donetsk and Luhansk regions in eastern Ukraine since they declared independence in 2014, weeks after the annexation of Ukraine’s Crimean peninsula.'),
    ('a.seized-after-invasion', 'Russia seized the southern Kherson region and part of neighboring Zaporozhye shortly after Putin moved troops into Ukraine on February 24.'),
    ('a.red-square', 'Thousands of people gathered on Red Square on Friday night for a concert and rally, and Putin joined the celebration.'),
    ('a.22-year-rule', 'The illegal annexation was Putin’s attempt to avoid further defeats on the battlefield that could threaten his 22-year rule.'),
    ('a.controls-most', 'Russia controls most of Luhansk and Kherson Oblasts, about 60% of Donetsk Oblast and a large chunk of Zaporizhia Oblast, where it controls Europe’s largest nuclear power plant.'),
    ('a.liman-encirclement', 'But the Kremlin is on the verge of another military loss, with reports of an imminent encirclement of the Ukrainian city of Liman in the east of the country.'),
    ('a.luhansk-annexed', 'The return could open the way for Ukraine to push deep into Luhansk, one of the annexed regions.'),
    ('a.25-killed', 'Russia bombarded Ukrainian cities with rockets, rocket-propelled grenades and drones, killing 25 people and injuring 50 in one strike, according to the Prosecutor General’s Office.'),
    ('a.convoy', 'The impact left deep craters and shrapnel tore apart the humanitarian convoy, killing its passengers.'),
    ('a.counteroffensive', 'The Ukrainian counteroffensive deprived Moscow of dominance on the battlefield.'),
    ('a.liman-pincers', 'Its control over the Luhansk region looks increasingly shaky as Ukrainian troops make their way there, using pincers to attack Liman.'),
    ('a.donetsk-bridgehead', 'Ukraine also still has a large bridgehead in the neighboring Donetsk region.'),
    ('a.zaporizhzhia-missiles', 'In the capital of Zaporozhye region, anti-aircraft missiles, which Russia was repurposing as ground attack weapons, hit people waiting in cars to move to Russian-occupied territory so that they could bring family members back across the front line, said Kirill Tymoshenko, deputy head of the Presidential Administration. of Ukraine.'),
    ('a.tymoshenko', 'said Kirill Tymoshenko, deputy head of the Presidential Administration. of Ukraine.'),
    ('a.no-evidence', 'Officials appointed by Russia in Zaporozhye accused Ukrainian forces, but did not provide evidence.'),
    ('a.dnipro-strikes', 'There are also reports of Russian strikes in the city of Dnipro.'),
    ('a.reznichenko', 'Regional governor Valentin Reznichenko said that at least one person was killed and five were injured.'),
    ('a.drones', 'Ukraine’s air force said the southern cities of Mykolaiv and Odessa were hit by Iranian-supplied suicide drones, which Russia is increasingly deploying, apparently to avoid losing more pilots who do not control Ukraine’s skies.'),
    ('a.mobilisation', 'Ukraine promised to take back all the occupied territories, and Russia promised to defend its conquests, threatening to use nuclear weapons and mobilization of an additional 300,000 troops despite protests.'),
    ('a.liman-battles', 'This was emphasized by the battles for Liman, a key node of Russian military operations in the Donbass and the desired reward in the Ukrainian counteroffensive.'),
    ('a.semi-surrounded', 'The leader of Donetsk separatists, who is supported by Russia, Denis Pushylin, said that the city is “semi-surrounded” by Ukrainian forces.'),
    ('a.ria-novosti', '“The armed formations of Ukraine,” he told the RIA Novosti agency, “are trying very hard to spoil our holiday.”'),
    -- From the note: the fact column of its table, whole or one clause of it.
    ('n.article-date', 'The article was published on Friday, 30 September 2022; its "Friday" is that day.'),
    ('n.us-sanctions-date', 'The US sanctions it reports were announced on 30 September 2022 (US Treasury and State Department)'),
    ('n.nabiullina', 'the head of Russia''s Central Bank named in them was Elvira Nabiullina.'),
    ('n.convoy-strike', 'The strike that killed 25 and injured 50 "according to the Prosecutor General''s Office" is the missile attack on a civilian convoy in the city of Zaporizhzhia on 30 September 2022, the one the article describes two paragraphs later (people waiting in cars to cross to occupied territory).'),
    ('n.strikes-reported', 'The strikes on Dnipro, Mykolaiv and Odesa were reported on 30 September 2022; the article gives no hour or exact date of the attacks themselves.'),
    ('n.lyman', 'Lyman (the article''s "Liman") is a city in Donetsk oblast'),
    ('n.znpp', 'the Zaporizhzhia nuclear power plant (the article''s "Europe''s largest nuclear power plant") is at Enerhodar in Zaporizhzhia oblast'),
    ('n.dnipro', 'Dnipro is the centre of Dnipropetrovsk oblast, whose governor was Valentyn Reznichenko.'),
    ('n.invasion-date', 'The invasion the article dates "February 24" is 24 February 2022'),
    ('n.independence-2014', 'the separatist "republics" declared independence in 2014'),
    ('n.crimea-2014', 'Crimea was annexed by Russia in March 2014.'),
    ('n.tymoshenko-office', 'Kirill Tymoshenko''s office is the Office of the President of Ukraine (the article: "deputy head of the Presidential Administration").')
) as v(key, quote)
join source s on s.title = case left(v.key, 2)
    when 'a.' then 'Putin annexes four Ukrainian regions; Zelensky applies to join NATO (untitled report)'
    when 'n.' then 'Frontline editors'' background note to the seed article'
end;

-- ---------------------------------------------------------------------------------------------
-- Actors
-- ---------------------------------------------------------------------------------------------

-- States and organisations first: the bodies below name the state they belong to.
insert into actor (name, kind) values
    ('Russia', 'STATE'),
    ('Ukraine', 'STATE'),
    ('United States', 'STATE'),
    ('Iran', 'STATE'),
    ('European Union', 'ORGANISATION'),
    ('NATO', 'ORGANISATION'),
    -- The separatist "republics" belong to no state in this record: Russia's support for them
    -- ("Moscow has supported the separatist Donetsk and Luhansk regions") is a relation the record
    -- does not model, and Russia's later claim to their territory is a sovereignty_claim below.
    ('Donetsk People''s Republic', 'SEPARATIST_AUTHORITY'),
    ('Luhansk People''s Republic', 'SEPARATIST_AUTHORITY');

insert into actor (name, kind, part_of_id)
select v.name, v.kind, s.id
from (values
    ('Armed Forces of Ukraine', 'ARMED_FORCE', 'Ukraine'),
    -- part_of names the state, not the parent force: the air force is Ukraine's.
    ('Ukrainian Air Force', 'ARMED_FORCE', 'Ukraine'),
    ('Armed Forces of Russia', 'ARMED_FORCE', 'Russia'),
    ('Office of the Prosecutor General of Ukraine', 'GOVERNMENT_BODY', 'Ukraine'),
    ('Office of the President of Ukraine', 'GOVERNMENT_BODY', 'Ukraine'),
    -- The body Reznichenko headed as "regional governor"; in 2022 the oblast's administration ran
    -- under martial law as a military administration.
    ('Dnipropetrovsk Oblast Military Administration', 'GOVERNMENT_BODY', 'Ukraine'),
    ('Central Bank of Russia', 'GOVERNMENT_BODY', 'Russia'),
    -- The article's "Officials appointed by Russia in Zaporozhye". It belongs to Russia, which
    -- appointed it; it is not a body of Ukraine.
    ('Russia-appointed administration of Zaporizhzhia Oblast', 'OCCUPATION_AUTHORITY', 'Russia'),
    -- The agency Pushilin spoke to; state-owned, hence part of Russia.
    ('RIA Novosti', 'MEDIA', 'Russia')
) as v(name, kind, state)
join actor s on s.name = v.state;

-- The "Kremlin-controlled Russian parliament" is not an actor here: the article only says it will
-- meet "next week", and no fact of this record names it.

-- ---------------------------------------------------------------------------------------------
-- Leaders, their names and their positions
-- ---------------------------------------------------------------------------------------------

-- leader.name is the usual English spelling; leader_name holds every spelling, that one included.
insert into leader (name) values
    ('Vladimir Putin'),
    ('Volodymyr Zelensky'),
    ('Joe Biden'),
    ('Jens Stoltenberg'),
    ('Denis Pushilin'),
    ('Kirill Tymoshenko'),
    ('Valentin Reznichenko'),
    -- The article says only "the head of the Central Bank"; the note gives her name.
    ('Elvira Nabiullina');

insert into leader_name (leader_id, name)
select l.id, v.name
from (values
    ('Vladimir Putin', 'Vladimir Putin'),
    ('Vladimir Putin', 'Putin'),
    ('Volodymyr Zelensky', 'Volodymyr Zelensky'),
    ('Volodymyr Zelensky', 'Volodymyr Zelenskyy'),
    ('Volodymyr Zelensky', 'Vladimir Zelensky'),
    ('Volodymyr Zelensky', 'Zelensky'),
    ('Volodymyr Zelensky', 'Zelenskyy'),
    ('Joe Biden', 'Joe Biden'),
    ('Joe Biden', 'Biden'),
    ('Jens Stoltenberg', 'Jens Stoltenberg'),
    ('Jens Stoltenberg', 'Stoltenberg'),
    ('Denis Pushilin', 'Denis Pushilin'),
    ('Denis Pushilin', 'Denis Pushylin'),
    ('Denis Pushilin', 'Pushilin'),
    ('Denis Pushilin', 'Pushylin'),
    ('Kirill Tymoshenko', 'Kirill Tymoshenko'),
    ('Kirill Tymoshenko', 'Kyrylo Tymoshenko'),
    ('Kirill Tymoshenko', 'Tymoshenko'),
    ('Valentin Reznichenko', 'Valentin Reznichenko'),
    ('Valentin Reznichenko', 'Valentyn Reznichenko'),
    ('Valentin Reznichenko', 'Reznichenko'),
    ('Elvira Nabiullina', 'Elvira Nabiullina'),
    ('Elvira Nabiullina', 'Nabiullina')
) as v(leader, name)
join leader l on l.name = v.leader;

-- Each leader is cited where a source names them.
insert into citation (source_id, quote, speaker, leader_id)
select q.source_id, q.quote, v.speaker, l.id
from (values
    ('Vladimir Putin', 'a.signed', null),
    ('Volodymyr Zelensky', 'a.land-grab', null),
    ('Joe Biden', 'a.biden', null),
    ('Jens Stoltenberg', 'a.stoltenberg', null),
    ('Denis Pushilin', 'a.semi-surrounded', null),
    ('Kirill Tymoshenko', 'a.tymoshenko', null),
    ('Valentin Reznichenko', 'a.reznichenko', null),
    ('Valentin Reznichenko', 'n.dnipro', null),
    ('Elvira Nabiullina', 'a.us-sanctions', null),
    ('Elvira Nabiullina', 'n.nabiullina', null)
) as v(leader, quote_key, speaker)
join leader l on l.name = v.leader
left join seed_quote q on q.key = v.quote_key;

-- Positions. Only Putin's has a start the sources give: a "22-year rule" in a report of 2022 puts
-- its start in 2000, at YEAR precision (the year 2022 comes from the note). The article counts
-- his rule, which includes his years as Prime Minister (2008-2012); the record keeps the article's
-- span and does not add an office history no source here gives. Every other position keeps
-- since/until null: the sources give no dates for them, and no date is guessed.
insert into leader_position (leader_id, title, acting_for_id, since, since_precision)
select l.id, v.title, a.id, v.since, v.since_precision
from (values
    ('Vladimir Putin', 'President of Russia', 'Russia', date '2000-01-01', 'YEAR'),
    ('Volodymyr Zelensky', 'President of Ukraine', 'Ukraine', null, null),
    ('Joe Biden', 'President of the United States', 'United States', null, null),
    ('Jens Stoltenberg', 'Secretary General of NATO', 'NATO', null, null),
    -- The article: "The leader of Donetsk separatists". He acts for the separatist authority.
    ('Denis Pushilin', 'Head of the Donetsk separatists (Donetsk People''s Republic)', 'Donetsk People''s Republic', null, null),
    -- The article's "deputy head of the Presidential Administration. of Ukraine"; the note names
    -- the office by its name, the Office of the President of Ukraine.
    ('Kirill Tymoshenko', 'Deputy Head of the Office of the President of Ukraine', 'Office of the President of Ukraine', null, null),
    -- The article's "Regional governor"; the note gives the oblast.
    ('Valentin Reznichenko', 'Governor of Dnipropetrovsk Oblast', 'Dnipropetrovsk Oblast Military Administration', null, null),
    -- The position is the article's ("the head of the Central Bank"), the name the note's.
    ('Elvira Nabiullina', 'Head of the Central Bank of Russia', 'Central Bank of Russia', null, null)
) as v(leader, title, acting_for, since, since_precision)
join leader l on l.name = v.leader
join actor a on a.name = v.acting_for;

insert into citation (source_id, quote, speaker, leader_position_id)
select q.source_id, q.quote, v.speaker, p.id
from (values
    ('Vladimir Putin', 'a.signed', null),
    ('Vladimir Putin', 'a.22-year-rule', null),
    ('Vladimir Putin', 'n.article-date', null),
    ('Volodymyr Zelensky', 'a.land-grab', null),
    ('Volodymyr Zelensky', 'a.president-reacted', null),
    ('Joe Biden', 'a.biden', null),
    ('Jens Stoltenberg', 'a.stoltenberg', null),
    ('Denis Pushilin', 'a.semi-surrounded', null),
    ('Kirill Tymoshenko', 'a.tymoshenko', null),
    ('Kirill Tymoshenko', 'n.tymoshenko-office', null),
    ('Valentin Reznichenko', 'a.reznichenko', null),
    ('Valentin Reznichenko', 'n.dnipro', null),
    ('Elvira Nabiullina', 'a.us-sanctions', null),
    ('Elvira Nabiullina', 'n.nabiullina', null)
) as v(leader, quote_key, speaker)
join leader l on l.name = v.leader
join leader_position p on p.leader_id = l.id
left join seed_quote q on q.key = v.quote_key;

-- ---------------------------------------------------------------------------------------------
-- Regions
-- ---------------------------------------------------------------------------------------------

-- Points: cities and the plant carry a well-known public point (a city's centre, the plant's
-- site). Countries and oblasts carry none: a single point says little about an area, and an
-- oblast's centre would only repeat its capital's point.
insert into region (name, kind) values
    ('Ukraine', 'COUNTRY'),
    ('Russia', 'COUNTRY');

-- Parents follow the internationally recognised division: Crimea's parent is Ukraine, whatever
-- Russia claims or holds (those are histories below). Crimea is kept as an OBLAST, the kind for
-- Ukraine's first-level divisions, although its status is that of an autonomous republic. Kyiv is
-- a city with special status, not part of Kyiv oblast, so its parent is Ukraine; Moscow's parent is
-- Russia, whose own subdivisions this record does not need.
insert into region (name, kind, parent_id, latitude, longitude)
select v.name, v.kind, p.id, v.latitude, v.longitude
from (values
    ('Donetsk Oblast', 'OBLAST', 'Ukraine', null::double precision, null::double precision),
    ('Luhansk Oblast', 'OBLAST', 'Ukraine', null, null),
    ('Kherson Oblast', 'OBLAST', 'Ukraine', null, null),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Ukraine', null, null),
    ('Dnipropetrovsk Oblast', 'OBLAST', 'Ukraine', null, null),
    -- Mykolaiv and Odesa oblasts are in the record only as the parents of their cities: no source
    -- here names them; that the cities lie in them is public geography.
    ('Mykolaiv Oblast', 'OBLAST', 'Ukraine', null, null),
    ('Odesa Oblast', 'OBLAST', 'Ukraine', null, null),
    ('Crimea', 'OBLAST', 'Ukraine', null, null),
    ('Kyiv', 'CITY', 'Ukraine', 50.4501, 30.5234),
    ('Moscow', 'CITY', 'Russia', 55.7558, 37.6173)
) as v(name, kind, parent, latitude, longitude)
join region p on p.name = v.parent and p.kind = 'COUNTRY';

insert into region (name, kind, parent_id, latitude, longitude)
select v.name, v.kind, p.id, v.latitude, v.longitude
from (values
    ('Lyman', 'CITY', 'Donetsk Oblast', 48.9889, 37.8025),
    ('Dnipro', 'CITY', 'Dnipropetrovsk Oblast', 48.4647, 35.0462),
    ('Mykolaiv', 'CITY', 'Mykolaiv Oblast', 46.9750, 31.9946),
    ('Odesa', 'CITY', 'Odesa Oblast', 46.4825, 30.7233),
    ('Zaporizhzhia', 'CITY', 'Zaporizhzhia Oblast', 47.8388, 35.1396),
    -- The plant lies at Enerhodar (the note); the town is not a region of this record, so the
    -- plant's parent is its oblast.
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Zaporizhzhia Oblast', 47.5079, 34.5858)
) as v(name, kind, parent, latitude, longitude)
join region p on p.name = v.parent and p.kind = 'OBLAST';

-- Every spelling, the usual one included. "Donbas"/"Donbass" is the coal basin across Donetsk and
-- Luhansk oblasts, not a division of its own, so it is a name of both: a search for the article's
-- "Donbass" finds the two oblasts it spans. Short names ("Zaporizhzhia", "Zaporozhye") belong both
-- to the oblast and to its capital, as sources use them for either. "Dnipropetrovsk" is also the
-- city of Dnipro's name until 2016, which older data sets use.
insert into region_name (region_id, name)
select r.id, v.name
from (values
    ('Ukraine', 'COUNTRY', 'Ukraine'),
    ('Russia', 'COUNTRY', 'Russia'),
    ('Russia', 'COUNTRY', 'Russian Federation'),
    ('Donetsk Oblast', 'OBLAST', 'Donetsk Oblast'),
    ('Donetsk Oblast', 'OBLAST', 'Donetsk region'),
    ('Donetsk Oblast', 'OBLAST', 'Donetsk'),
    ('Donetsk Oblast', 'OBLAST', 'Donbas'),
    ('Donetsk Oblast', 'OBLAST', 'Donbass'),
    ('Luhansk Oblast', 'OBLAST', 'Luhansk Oblast'),
    ('Luhansk Oblast', 'OBLAST', 'Luhansk region'),
    ('Luhansk Oblast', 'OBLAST', 'Luhansk'),
    ('Luhansk Oblast', 'OBLAST', 'Lugansk'),
    ('Luhansk Oblast', 'OBLAST', 'Donbas'),
    ('Luhansk Oblast', 'OBLAST', 'Donbass'),
    ('Kherson Oblast', 'OBLAST', 'Kherson Oblast'),
    ('Kherson Oblast', 'OBLAST', 'Kherson region'),
    ('Kherson Oblast', 'OBLAST', 'Kherson'),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Zaporizhzhia Oblast'),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Zaporizhia Oblast'),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Zaporozhye Oblast'),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Zaporozhye region'),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Zaporizhzhia'),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Zaporizhia'),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Zaporozhye'),
    ('Dnipropetrovsk Oblast', 'OBLAST', 'Dnipropetrovsk Oblast'),
    ('Dnipropetrovsk Oblast', 'OBLAST', 'Dnipropetrovsk region'),
    ('Dnipropetrovsk Oblast', 'OBLAST', 'Dnipropetrovsk'),
    ('Mykolaiv Oblast', 'OBLAST', 'Mykolaiv Oblast'),
    ('Mykolaiv Oblast', 'OBLAST', 'Nikolaev Oblast'),
    ('Odesa Oblast', 'OBLAST', 'Odesa Oblast'),
    ('Odesa Oblast', 'OBLAST', 'Odessa Oblast'),
    ('Crimea', 'OBLAST', 'Crimea'),
    ('Crimea', 'OBLAST', 'Autonomous Republic of Crimea'),
    ('Crimea', 'OBLAST', 'Crimean peninsula'),
    ('Kyiv', 'CITY', 'Kyiv'),
    ('Kyiv', 'CITY', 'Kiev'),
    ('Moscow', 'CITY', 'Moscow'),
    ('Moscow', 'CITY', 'Moskva'),
    ('Lyman', 'CITY', 'Lyman'),
    ('Lyman', 'CITY', 'Liman'),
    ('Dnipro', 'CITY', 'Dnipro'),
    ('Dnipro', 'CITY', 'Dnepr'),
    ('Dnipro', 'CITY', 'Dnipropetrovsk'),
    ('Mykolaiv', 'CITY', 'Mykolaiv'),
    ('Mykolaiv', 'CITY', 'Nikolaev'),
    ('Mykolaiv', 'CITY', 'Nikolayev'),
    ('Odesa', 'CITY', 'Odesa'),
    ('Odesa', 'CITY', 'Odessa'),
    ('Zaporizhzhia', 'CITY', 'Zaporizhzhia'),
    ('Zaporizhzhia', 'CITY', 'Zaporozhye'),
    ('Zaporizhzhia', 'CITY', 'Zaporizhia'),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Zaporizhzhia Nuclear Power Plant'),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Zaporizhzhia NPP'),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'ZNPP'),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Zaporozhye Nuclear Power Plant'),
    -- The article's words for it, with its typographic apostrophe and with a plain one.
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Europe’s largest nuclear power plant'),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Europe''s largest nuclear power plant')
) as v(region, kind, name)
join region r on r.name = v.region and r.kind = v.kind;

-- A region is cited where the article mentions it, and where the note places it.
insert into citation (source_id, quote, speaker, region_id)
select q.source_id, q.quote, v.speaker, r.id
from (values
    ('Ukraine', 'COUNTRY', 'a.signed', null),
    ('Ukraine', 'COUNTRY', 'a.fifteen-percent', null),
    ('Russia', 'COUNTRY', 'a.dateline', null),
    ('Donetsk Oblast', 'OBLAST', 'a.controls-most', null),
    ('Donetsk Oblast', 'OBLAST', 'a.liman-battles', null),
    ('Luhansk Oblast', 'OBLAST', 'a.controls-most', null),
    ('Luhansk Oblast', 'OBLAST', 'a.liman-battles', null),
    ('Kherson Oblast', 'OBLAST', 'a.controls-most', null),
    ('Zaporizhzhia Oblast', 'OBLAST', 'a.controls-most', null),
    ('Dnipropetrovsk Oblast', 'OBLAST', 'a.reznichenko', null),
    ('Dnipropetrovsk Oblast', 'OBLAST', 'n.dnipro', null),
    -- No source names these two oblasts: the sentence cited is where their cities appear.
    ('Mykolaiv Oblast', 'OBLAST', 'a.drones', 'Ukraine''s air force'),
    ('Odesa Oblast', 'OBLAST', 'a.drones', 'Ukraine''s air force'),
    ('Crimea', 'OBLAST', 'a.separatists-2014', null),
    ('Kyiv', 'CITY', 'a.kyiv-ceremony', null),
    ('Moscow', 'CITY', 'a.dateline', null),
    ('Lyman', 'CITY', 'a.liman-encirclement', null),
    ('Lyman', 'CITY', 'n.lyman', null),
    ('Dnipro', 'CITY', 'a.dnipro-strikes', null),
    ('Dnipro', 'CITY', 'n.dnipro', null),
    ('Mykolaiv', 'CITY', 'a.drones', 'Ukraine''s air force'),
    ('Odesa', 'CITY', 'a.drones', 'Ukraine''s air force'),
    ('Zaporizhzhia', 'CITY', 'a.zaporizhzhia-missiles', 'Kirill Tymoshenko'),
    ('Zaporizhzhia', 'CITY', 'n.convoy-strike', null),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'a.controls-most', null),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'n.znpp', null)
) as v(region, kind, quote_key, speaker)
join region r on r.name = v.region and r.kind = v.kind
left join seed_quote q on q.key = v.quote_key;

-- ---------------------------------------------------------------------------------------------
-- Control on the ground
-- ---------------------------------------------------------------------------------------------

-- A row states who held a place from when. Where the article only says who held it on the day it
-- was written ("Russia controls most of..."), valid_from is that day, 30 September 2022 (the note
-- gives the date): the record then answers "who held it on 30 September" and says nothing of
-- earlier days, which these sources do not describe. No row is closed: the sources report no
-- end of any of these holdings, and no end date is invented.
--
-- Kherson and Zaporizhzhia oblasts: Russia seized them "shortly after" 24 February 2022. That is
-- not a date; the rows start in March 2022 at MONTH precision, the month after the invasion began,
-- rather than on 24 February itself, which would claim a day the source does not give. The same
-- rows carry the extents the article gives for 30 September ("most" of Kherson, "a large chunk"
-- of Zaporizhzhia), the only extents stated for the period.
--
-- Donetsk oblast: about 60% is Russia's (MOST, since 60% is more than half). The rest is not said
-- to be Ukraine's as a figure, but Ukraine "still has a large bridgehead" there: a PART row with no
-- share.
--
-- The separatist authorities: the article has them holding "the separatist Donetsk and Luhansk
-- regions" since their 2014 declarations; before 2022 they held part of each oblast only, so the
-- extent is PART. Their rows stay open beside Russia's 2022 rows (overlap is allowed): no source
-- here says when or whether their control ended.
--
-- Crimea: held by Russia since its annexation in March 2014 (the note's month); the article gives
-- no extent, and FULL is what annexation of the peninsula means.
--
-- Lyman: held by Russia and under Ukrainian attack as of the report (encirclement "imminent",
-- "semi-surrounded"): CONTESTED, from the report's date.
--
-- Ukraine's cities: the article does not say in so many words that Ukraine holds them, but each
-- row follows from the sentence cited: Zelensky signs in Kyiv; Dnipro's Ukrainian governor reports
-- on Russian strikes there; Russia's drones hit Mykolaiv and Odesa; people in Zaporizhzhia wait
-- "to move to Russian-occupied territory", so the city itself is not occupied.
insert into region_control (region_id, controller_id, extent, share_percent, valid_from, valid_from_precision)
select r.id, a.id, v.extent, v.share_percent, v.valid_from, v.valid_from_precision
from (values
    ('Luhansk Oblast', 'OBLAST', 'Russia', 'MOST', null::numeric, date '2022-09-30', 'DAY'),
    ('Kherson Oblast', 'OBLAST', 'Russia', 'MOST', null, date '2022-03-01', 'MONTH'),
    ('Donetsk Oblast', 'OBLAST', 'Russia', 'MOST', 60, date '2022-09-30', 'DAY'),
    ('Donetsk Oblast', 'OBLAST', 'Ukraine', 'PART', null, date '2022-09-30', 'DAY'),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Russia', 'PART', null, date '2022-03-01', 'MONTH'),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Russia', 'FULL', null, date '2022-09-30', 'DAY'),
    ('Crimea', 'OBLAST', 'Russia', 'FULL', null, date '2014-03-01', 'MONTH'),
    ('Donetsk Oblast', 'OBLAST', 'Donetsk People''s Republic', 'PART', null, date '2014-01-01', 'YEAR'),
    ('Luhansk Oblast', 'OBLAST', 'Luhansk People''s Republic', 'PART', null, date '2014-01-01', 'YEAR'),
    ('Lyman', 'CITY', 'Russia', 'CONTESTED', null, date '2022-09-30', 'DAY'),
    ('Kyiv', 'CITY', 'Ukraine', 'FULL', null, date '2022-09-30', 'DAY'),
    ('Dnipro', 'CITY', 'Ukraine', 'FULL', null, date '2022-09-30', 'DAY'),
    ('Mykolaiv', 'CITY', 'Ukraine', 'FULL', null, date '2022-09-30', 'DAY'),
    ('Odesa', 'CITY', 'Ukraine', 'FULL', null, date '2022-09-30', 'DAY'),
    ('Zaporizhzhia', 'CITY', 'Ukraine', 'FULL', null, date '2022-09-30', 'DAY')
) as v(region, kind, controller, extent, share_percent, valid_from, valid_from_precision)
join region r on r.name = v.region and r.kind = v.kind
join actor a on a.name = v.controller;

-- Each (region, controller) pair has one row in this seed, so it finds the row unambiguously.
insert into citation (source_id, quote, speaker, region_control_id)
select q.source_id, q.quote, v.speaker, rc.id
from (values
    ('Luhansk Oblast', 'OBLAST', 'Russia', 'a.controls-most', null),
    ('Luhansk Oblast', 'OBLAST', 'Russia', 'n.article-date', null),
    ('Kherson Oblast', 'OBLAST', 'Russia', 'a.seized-after-invasion', null),
    ('Kherson Oblast', 'OBLAST', 'Russia', 'a.controls-most', null),
    ('Kherson Oblast', 'OBLAST', 'Russia', 'n.invasion-date', null),
    ('Donetsk Oblast', 'OBLAST', 'Russia', 'a.controls-most', null),
    ('Donetsk Oblast', 'OBLAST', 'Russia', 'n.article-date', null),
    ('Donetsk Oblast', 'OBLAST', 'Ukraine', 'a.donetsk-bridgehead', null),
    ('Donetsk Oblast', 'OBLAST', 'Ukraine', 'n.article-date', null),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Russia', 'a.seized-after-invasion', null),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Russia', 'a.controls-most', null),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Russia', 'n.invasion-date', null),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Russia', 'a.controls-most', null),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Russia', 'n.znpp', null),
    ('Zaporizhzhia Nuclear Power Plant', 'FACILITY', 'Russia', 'n.article-date', null),
    ('Crimea', 'OBLAST', 'Russia', 'a.separatists-2014', null),
    ('Crimea', 'OBLAST', 'Russia', 'n.crimea-2014', null),
    ('Donetsk Oblast', 'OBLAST', 'Donetsk People''s Republic', 'a.separatists-2014', null),
    ('Donetsk Oblast', 'OBLAST', 'Donetsk People''s Republic', 'n.independence-2014', null),
    ('Luhansk Oblast', 'OBLAST', 'Luhansk People''s Republic', 'a.separatists-2014', null),
    ('Luhansk Oblast', 'OBLAST', 'Luhansk People''s Republic', 'n.independence-2014', null),
    ('Lyman', 'CITY', 'Russia', 'a.liman-encirclement', null),
    ('Lyman', 'CITY', 'Russia', 'a.liman-pincers', null),
    ('Lyman', 'CITY', 'Russia', 'a.liman-battles', null),
    ('Lyman', 'CITY', 'Russia', 'a.semi-surrounded', 'Denis Pushylin, to RIA Novosti'),
    ('Lyman', 'CITY', 'Russia', 'n.lyman', null),
    ('Lyman', 'CITY', 'Russia', 'n.article-date', null),
    ('Kyiv', 'CITY', 'Ukraine', 'a.kyiv-ceremony', null),
    ('Kyiv', 'CITY', 'Ukraine', 'n.article-date', null),
    ('Dnipro', 'CITY', 'Ukraine', 'a.dnipro-strikes', null),
    ('Dnipro', 'CITY', 'Ukraine', 'a.reznichenko', 'Valentin Reznichenko'),
    ('Dnipro', 'CITY', 'Ukraine', 'n.article-date', null),
    ('Mykolaiv', 'CITY', 'Ukraine', 'a.drones', 'Ukraine''s air force'),
    ('Mykolaiv', 'CITY', 'Ukraine', 'n.article-date', null),
    ('Odesa', 'CITY', 'Ukraine', 'a.drones', 'Ukraine''s air force'),
    ('Odesa', 'CITY', 'Ukraine', 'n.article-date', null),
    ('Zaporizhzhia', 'CITY', 'Ukraine', 'a.zaporizhzhia-missiles', 'Kirill Tymoshenko'),
    ('Zaporizhzhia', 'CITY', 'Ukraine', 'n.article-date', null)
) as v(region, kind, controller, quote_key, speaker)
join region r on r.name = v.region and r.kind = v.kind
join actor a on a.name = v.controller
join region_control rc on rc.region_id = r.id and rc.controller_id = a.id
left join seed_quote q on q.key = v.quote_key;

-- ---------------------------------------------------------------------------------------------
-- Sovereignty claims and the responses to them
-- ---------------------------------------------------------------------------------------------

-- Russia's claims to the four oblasts date from the signing of the accession treaties in the
-- Kremlin, 30 September 2022 (the article's "Friday", dated by the note). Each claim covers the
-- whole oblast as named; share_percent stays null because no source gives a share per oblast.
--
-- The "15 percent of the country" is the article's own sum of what Russia claims; it is kept as a
-- claim to Ukraine with that share, beside the four oblast claims it sums up, not as a fifth
-- territory.
--
-- The separatist "republics" claimed independence for their oblasts in 2014 (YEAR precision).
-- Those claims stay open: the sources do not say they ended, even though the republics signed
-- accession treaties on the same day as Russia.
insert into sovereignty_claim (region_id, claimant_id, basis, share_percent, claimed_from, claimed_from_precision)
select r.id, a.id, v.basis, v.share_percent, v.claimed_from, v.claimed_from_precision
from (values
    ('Donetsk Oblast', 'OBLAST', 'Russia', 'accession treaty signed in the Kremlin after referendums', null::numeric, date '2022-09-30', 'DAY'),
    ('Luhansk Oblast', 'OBLAST', 'Russia', 'accession treaty signed in the Kremlin after referendums', null, date '2022-09-30', 'DAY'),
    ('Kherson Oblast', 'OBLAST', 'Russia', 'accession treaty signed in the Kremlin after referendums', null, date '2022-09-30', 'DAY'),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Russia', 'accession treaty signed in the Kremlin after referendums', null, date '2022-09-30', 'DAY'),
    ('Ukraine', 'COUNTRY', 'Russia', 'annexation of occupied Ukrainian territory (the article''s total for the claims)', 15, date '2022-09-30', 'DAY'),
    ('Crimea', 'OBLAST', 'Russia', 'annexation', null, date '2014-03-01', 'MONTH'),
    ('Donetsk Oblast', 'OBLAST', 'Donetsk People''s Republic', 'declaration of independence', null, date '2014-01-01', 'YEAR'),
    ('Luhansk Oblast', 'OBLAST', 'Luhansk People''s Republic', 'declaration of independence', null, date '2014-01-01', 'YEAR')
) as v(region, kind, claimant, basis, share_percent, claimed_from, claimed_from_precision)
join region r on r.name = v.region and r.kind = v.kind
join actor a on a.name = v.claimant;

-- Each (region, claimant) pair has one claim in this seed.
insert into citation (source_id, quote, speaker, sovereignty_claim_id)
select q.source_id, q.quote, v.speaker, c.id
from (values
    ('Donetsk Oblast', 'OBLAST', 'Russia', 'a.signed', null),
    ('Donetsk Oblast', 'OBLAST', 'Russia', 'a.annexation-of-four', null),
    ('Donetsk Oblast', 'OBLAST', 'Russia', 'a.accession-treaties', null),
    ('Donetsk Oblast', 'OBLAST', 'Russia', 'n.article-date', null),
    ('Luhansk Oblast', 'OBLAST', 'Russia', 'a.signed', null),
    ('Luhansk Oblast', 'OBLAST', 'Russia', 'a.annexation-of-four', null),
    ('Luhansk Oblast', 'OBLAST', 'Russia', 'a.accession-treaties', null),
    ('Luhansk Oblast', 'OBLAST', 'Russia', 'a.luhansk-annexed', null),
    ('Luhansk Oblast', 'OBLAST', 'Russia', 'n.article-date', null),
    ('Kherson Oblast', 'OBLAST', 'Russia', 'a.signed', null),
    ('Kherson Oblast', 'OBLAST', 'Russia', 'a.annexation-of-four', null),
    ('Kherson Oblast', 'OBLAST', 'Russia', 'a.accession-treaties', null),
    ('Kherson Oblast', 'OBLAST', 'Russia', 'n.article-date', null),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Russia', 'a.signed', null),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Russia', 'a.annexation-of-four', null),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Russia', 'a.accession-treaties', null),
    ('Zaporizhzhia Oblast', 'OBLAST', 'Russia', 'n.article-date', null),
    ('Ukraine', 'COUNTRY', 'Russia', 'a.turning-point', 'Jens Stoltenberg'),
    ('Ukraine', 'COUNTRY', 'Russia', 'n.article-date', null),
    ('Crimea', 'OBLAST', 'Russia', 'a.separatists-2014', null),
    ('Crimea', 'OBLAST', 'Russia', 'n.crimea-2014', null),
    ('Donetsk Oblast', 'OBLAST', 'Donetsk People''s Republic', 'a.separatists-2014', null),
    ('Donetsk Oblast', 'OBLAST', 'Donetsk People''s Republic', 'n.independence-2014', null),
    ('Luhansk Oblast', 'OBLAST', 'Luhansk People''s Republic', 'a.separatists-2014', null),
    ('Luhansk Oblast', 'OBLAST', 'Luhansk People''s Republic', 'n.independence-2014', null)
) as v(region, kind, claimant, quote_key, speaker)
join region r on r.name = v.region and r.kind = v.kind
join actor a on a.name = v.claimant
join sovereignty_claim c on c.region_id = r.id and c.claimant_id = a.id
left join seed_quote q on q.key = v.quote_key;

-- The rejections of Russia's four 2022 claims. The EU's refusal to recognise the referendums is a
-- declaration, not a sanction: it is a REJECTS response. The EU, the US and NATO spoke on the day
-- of the report (stated_on from the note). Ukraine's rejection ("Kyiv ... dismissed" the
-- referendums; Zelensky's vow to free "the entire territory") is reported without a day, so its
-- stated_on stays null. The same rejections of the Crimea claim and of the 15% total are not
-- recorded: the article does not say who rejected those.
insert into claim_response (claim_id, actor_id, stance, stated_on)
select c.id, resp.id, 'REJECTS', v.stated_on
from (values
    ('European Union', date '2022-09-30'),
    ('United States', date '2022-09-30'),
    ('NATO', date '2022-09-30'),
    ('Ukraine', null::date)
) as v(responder, stated_on)
join actor resp on resp.name = v.responder
cross join (values ('Donetsk Oblast'), ('Luhansk Oblast'), ('Kherson Oblast'), ('Zaporizhzhia Oblast')) as o(region)
join region r on r.name = o.region and r.kind = 'OBLAST'
join sovereignty_claim c on c.region_id = r.id
    and c.claimant_id = (select id from actor where name = 'Russia')
    and c.claimed_from = date '2022-09-30';

insert into citation (source_id, quote, speaker, claim_response_id)
select q.source_id, q.quote, v.speaker, cr.id
from (values
    ('European Union', 'a.eu-condemned', null),
    ('European Union', 'a.eu-27', 'the EU''s 27 member states'),
    ('European Union', 'n.article-date', null),
    ('United States', 'a.biden', 'Joe Biden'),
    ('United States', 'n.article-date', null),
    ('NATO', 'a.stoltenberg', 'Jens Stoltenberg'),
    ('NATO', 'a.turning-point', 'Jens Stoltenberg'),
    ('NATO', 'n.article-date', null),
    ('Ukraine', 'a.referendums', null),
    ('Ukraine', 'a.freed', 'Volodymyr Zelensky')
) as v(responder, quote_key, speaker)
join actor resp on resp.name = v.responder
join claim_response cr on cr.actor_id = resp.id
left join seed_quote q on q.key = v.quote_key;

-- ---------------------------------------------------------------------------------------------
-- Sanctions
-- ---------------------------------------------------------------------------------------------

-- The US package: the count "more than 1,000 people and firms" is kept as stated; the one target
-- the article singles out, "the head of the Central Bank", is a listed target and a leader. The
-- date is the note's. The programme stays null: neither source names the legal programme the
-- designations were made under, and the record does not fill it in from elsewhere.
insert into sanction (authority_id, title, programme, announced_on,
                      stated_target_count, stated_target_count_qualifier, stated_target_description)
select a.id, 'US sanctions over the annexation of four Ukrainian regions', null, date '2022-09-30',
       1000, 'MORE_THAN', 'people and firms linked to the Russian invasion'
from actor a
where a.name = 'United States';

insert into sanction_target (sanction_id, leader_id, actor_id, name, kind)
select s.id, l.id, null, 'Elvira Nabiullina', 'PERSON'
from sanction s
join actor a on a.id = s.authority_id and a.name = 'United States'
join leader l on l.name = 'Elvira Nabiullina'
where s.title = 'US sanctions over the annexation of four Ukrainian regions';

insert into citation (source_id, quote, speaker, sanction_id)
select q.source_id, q.quote, null, s.id
from sanction s
cross join (values ('a.us-sanctions'), ('n.us-sanctions-date')) as v(quote_key)
left join seed_quote q on q.key = v.quote_key
where s.title = 'US sanctions over the annexation of four Ukrainian regions';

insert into citation (source_id, quote, speaker, sanction_target_id)
select q.source_id, q.quote, null, t.id
from sanction_target t
join sanction s on s.id = t.sanction_id
cross join (values ('a.us-sanctions'), ('n.nabiullina')) as v(quote_key)
left join seed_quote q on q.key = v.quote_key
where s.title = 'US sanctions over the annexation of four Ukrainian regions'
  and t.name = 'Elvira Nabiullina';

-- ---------------------------------------------------------------------------------------------
-- Strikes, their casualty reports and attributions
-- ---------------------------------------------------------------------------------------------

-- All four strikes are dated 30 September 2022 from the note. For Zaporizhzhia the note dates the
-- attack itself; for Dnipro, Mykolaiv and Odesa it dates only the reports ("the article gives no
-- hour or exact date of the attacks themselves"). strike has no precision column, so those three
-- carry the report's date and say so in their description. Each strike's point is its city's
-- point: the sources place the strikes in a city, not at an address.
--
-- The article's "Russia bombarded Ukrainian cities with rockets, rocket-propelled grenades and
-- drones" is a summary of these same volleys, not a further strike: it adds no place of its own.
insert into strike (occurred_on, region_id, latitude, longitude, weapon_kind, weapon, weapon_supplier_id, target, description)
select date '2022-09-30', r.id, r.latitude, r.longitude, v.weapon_kind, v.weapon, sup.id, v.target, v.description
from (values
    ('Zaporizhzhia', 'MISSILE', 'anti-aircraft missiles repurposed for ground attack', null,
     'a humanitarian convoy: people waiting in cars to cross to Russian-occupied territory',
     'Missiles hit a humanitarian convoy in the city of Zaporizhzhia, where people were waiting in cars to cross the '
     || 'front line into Russian-occupied territory to bring family members back. Ukraine blames Russia; Russia-appointed '
     || 'officials blamed Ukrainian forces without evidence.'),
    ('Dnipro', 'UNKNOWN', null, null, null,
     'Reported Russian strikes on the city of Dnipro; the article names no weapon. Dated by the report (30 September '
     || '2022); the source gives no date or hour of the attack itself.'),
    ('Mykolaiv', 'DRONE', 'Iranian-supplied suicide drones', 'Iran', null,
     'Iranian-supplied suicide drones hit the city of Mykolaiv, per Ukraine''s air force; no casualty figures given. '
     || 'Dated by the report (30 September 2022); the source gives no date or hour of the attack itself.'),
    ('Odesa', 'DRONE', 'Iranian-supplied suicide drones', 'Iran', null,
     'Iranian-supplied suicide drones hit the city of Odesa, per Ukraine''s air force; no casualty figures given. '
     || 'Dated by the report (30 September 2022); the source gives no date or hour of the attack itself.')
) as v(city, weapon_kind, weapon, supplier, target, description)
join region r on r.name = v.city and r.kind = 'CITY'
left join actor sup on sup.name = v.supplier;

-- One strike per city on that day in this seed: (city, date) finds it.
insert into citation (source_id, quote, speaker, strike_id)
select q.source_id, q.quote, v.speaker, s.id
from (values
    ('Zaporizhzhia', 'a.zaporizhzhia-missiles', 'Kirill Tymoshenko'),
    ('Zaporizhzhia', 'a.convoy', null),
    ('Zaporizhzhia', 'n.convoy-strike', null),
    ('Dnipro', 'a.dnipro-strikes', null),
    ('Dnipro', 'n.strikes-reported', null),
    ('Mykolaiv', 'a.drones', 'Ukraine''s air force'),
    ('Mykolaiv', 'n.strikes-reported', null),
    ('Odesa', 'a.drones', 'Ukraine''s air force'),
    ('Odesa', 'n.strikes-reported', null)
) as v(city, quote_key, speaker)
join region r on r.name = v.city and r.kind = 'CITY'
join strike s on s.region_id = r.id and s.occurred_on = date '2022-09-30'
left join seed_quote q on q.key = v.quote_key;

-- Casualty figures as reported. The article gives the 25 killed and 50 injured "in one strike"
-- without saying which; the note ties them to the Zaporizhzhia convoy, so that report cites both.
-- Mykolaiv and Odesa get no report: the sources give no figures for them.
insert into casualty_report (strike_id, killed, killed_qualifier, injured, injured_qualifier,
                             reported_by_actor_id, reported_by_leader_id, reported_on)
select s.id, v.killed, v.killed_qualifier, v.injured, v.injured_qualifier, a.id, l.id, date '2022-09-30'
from (values
    ('Zaporizhzhia', 25, 'EXACT', 50, 'EXACT', 'Office of the Prosecutor General of Ukraine', null),
    ('Dnipro', 1, 'AT_LEAST', 5, 'EXACT', null, 'Valentin Reznichenko')
) as v(city, killed, killed_qualifier, injured, injured_qualifier, reporter_actor, reporter_leader)
join region r on r.name = v.city and r.kind = 'CITY'
join strike s on s.region_id = r.id and s.occurred_on = date '2022-09-30'
left join actor a on a.name = v.reporter_actor
left join leader l on l.name = v.reporter_leader;

insert into citation (source_id, quote, speaker, casualty_report_id)
select q.source_id, q.quote, v.speaker, cr.id
from (values
    ('Zaporizhzhia', 'a.25-killed', 'Office of the Prosecutor General of Ukraine'),
    ('Zaporizhzhia', 'n.convoy-strike', null),
    ('Dnipro', 'a.reznichenko', 'Valentin Reznichenko'),
    ('Dnipro', 'n.strikes-reported', null)
) as v(city, quote_key, speaker)
join region r on r.name = v.city and r.kind = 'CITY'
join strike s on s.region_id = r.id and s.occurred_on = date '2022-09-30'
join casualty_report cr on cr.strike_id = s.id
left join seed_quote q on q.key = v.quote_key;

-- Attributions, one row per claimant.
--
-- Zaporizhzhia: Ukraine's officials blame Russia (Tymoshenko: missiles "which Russia was
-- repurposing"; the Prosecutor General's Office: "Russia bombarded ..., killing 25 ... in one
-- strike"), and Russia-appointed officials blame Ukrainian forces without evidence. The claims
-- exclude each other and none is confirmed by a source independent of the parties, so all three
-- rows are DISPUTED: the status describes the state of the record, not which side is more
-- plausible. evidence_given is false only where the article says so; elsewhere it is null
-- (the article does not say).
--
-- Dnipro: the article reports "Russian strikes" without naming who said so, so the row has no
-- claimant and is CLAIMED. Mykolaiv and Odesa: Ukraine's air force names the drones and,
-- in the same sentence, Russia as the side deploying them: CLAIMED, by the air force.
insert into attribution (strike_id, actor_id, status, claimed_by_actor_id, claimed_by_leader_id, evidence_given)
select s.id, a.id, v.status, ca.id, cl.id, v.evidence_given
from (values
    ('Zaporizhzhia', 'Russia', 'DISPUTED', null, 'Kirill Tymoshenko', null::boolean),
    ('Zaporizhzhia', 'Russia', 'DISPUTED', 'Office of the Prosecutor General of Ukraine', null, null),
    ('Zaporizhzhia', 'Armed Forces of Ukraine', 'DISPUTED', 'Russia-appointed administration of Zaporizhzhia Oblast', null, false),
    ('Dnipro', 'Russia', 'CLAIMED', null, null, null),
    ('Mykolaiv', 'Russia', 'CLAIMED', 'Ukrainian Air Force', null, null),
    ('Odesa', 'Russia', 'CLAIMED', 'Ukrainian Air Force', null, null)
) as v(city, actor, status, claimed_by_actor, claimed_by_leader, evidence_given)
join region r on r.name = v.city and r.kind = 'CITY'
join strike s on s.region_id = r.id and s.occurred_on = date '2022-09-30'
join actor a on a.name = v.actor
left join actor ca on ca.name = v.claimed_by_actor
left join leader cl on cl.name = v.claimed_by_leader;

-- (city, attributed actor, claimant) finds each attribution; "is not distinct from" matches the
-- null claimants.
insert into citation (source_id, quote, speaker, attribution_id)
select q.source_id, q.quote, v.speaker, at.id
from (values
    ('Zaporizhzhia', 'Russia', null, 'Kirill Tymoshenko', 'a.zaporizhzhia-missiles', 'Kirill Tymoshenko'),
    ('Zaporizhzhia', 'Russia', 'Office of the Prosecutor General of Ukraine', null, 'a.25-killed', 'Office of the Prosecutor General of Ukraine'),
    ('Zaporizhzhia', 'Russia', 'Office of the Prosecutor General of Ukraine', null, 'n.convoy-strike', null),
    ('Zaporizhzhia', 'Armed Forces of Ukraine', 'Russia-appointed administration of Zaporizhzhia Oblast', null, 'a.no-evidence', 'Russia-appointed officials in Zaporizhzhia'),
    ('Dnipro', 'Russia', null, null, 'a.dnipro-strikes', null),
    ('Mykolaiv', 'Russia', 'Ukrainian Air Force', null, 'a.drones', 'Ukraine''s air force'),
    ('Odesa', 'Russia', 'Ukrainian Air Force', null, 'a.drones', 'Ukraine''s air force')
) as v(city, actor, claimed_by_actor, claimed_by_leader, quote_key, speaker)
join region r on r.name = v.city and r.kind = 'CITY'
join strike s on s.region_id = r.id and s.occurred_on = date '2022-09-30'
join actor a on a.name = v.actor
left join actor ca on ca.name = v.claimed_by_actor
left join leader cl on cl.name = v.claimed_by_leader
join attribution at on at.strike_id = s.id and at.actor_id = a.id
    and at.claimed_by_actor_id is not distinct from ca.id
    and at.claimed_by_leader_id is not distinct from cl.id
left join seed_quote q on q.key = v.quote_key;

-- ---------------------------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------------------------

-- Dates and their precision:
--   * the invasion: the article's "February 24", year from the note;
--   * the referendums: the article says the Kremlin ceremony "came three days after" them, so they
--     ended on 27 September 2022; the event is dated by that end, the only day the sources give;
--   * the treaties, the NATO application, Putin's vow, Zelensky's refusal to negotiate and the Red
--     Square rally: the article's "Friday" (30 September 2022, per the note); Zelensky's signing
--     came "then", after Putin's, on the same day;
--   * the mobilisation of 300,000: the article gives no date, only that it was under way by the
--     report of 30 September 2022, in the war begun in February 2022, so it is dated 2022 at YEAR
--     precision rather than by a day no source here gives;
--   * Crimea: March 2014 (MONTH, the note); the separatist declarations: 2014 (YEAR);
--   * Lyman: the fighting was under way before the report and its outcome lies after it; the event
--     is the state of the battle the report describes, dated by the report.
-- The treaties signed in the Kremlin are placed in Moscow. The referendums, held in four oblasts,
-- are one event placed in Ukraine, the smallest region holding all four.
insert into event (occurred_on, occurred_precision, kind, title, description, region_id, actor_id, leader_id)
select v.occurred_on, v.precision, v.kind, v.title, v.description, r.id, a.id, l.id
from (values
    (date '2022-02-24', 'DAY', 'INVASION', 'Russia invades Ukraine',
     'Russian troops move into Ukraine; the war the article calls Putin''s "seven-month invasion".',
     'Ukraine', 'COUNTRY', 'Russia', 'Vladimir Putin'),
    (date '2022-09-27', 'DAY', 'REFERENDUM', 'Moscow-sponsored "referendums" on joining Russia end in four occupied regions',
     'Votes in the occupied parts of Donetsk, Luhansk, Kherson and Zaporizhzhia oblasts, which Kyiv and the West '
     || 'dismissed. Dated by their end, three days before the Kremlin signing.',
     'Ukraine', 'COUNTRY', 'Russia', null),
    (date '2022-09-30', 'DAY', 'TREATY', 'Putin signs treaties annexing four Ukrainian regions in the Kremlin',
     'Signing of the accession treaties for Donetsk, Luhansk, Kherson and Zaporizhzhia oblasts in St. George''s Hall '
     || 'of the Kremlin, with the Moscow-appointed leaders of the occupied regions.',
     'Moscow', 'CITY', 'Russia', 'Vladimir Putin'),
    (date '2022-09-30', 'DAY', 'APPLICATION', 'Ukraine signs an accelerated application to join NATO',
     'Zelensky signs, on video, what he calls a formal, "accelerated" request to join NATO, at his own ceremony in Kyiv.',
     'Kyiv', 'CITY', 'Ukraine', 'Volodymyr Zelensky'),
    (date '2022-09-30', 'DAY', 'DECLARATION', 'Putin vows to defend the annexed regions "with all available means"',
     'Said at the signing ceremony in the Kremlin; the article reads it as a nuclear threat.',
     'Moscow', 'CITY', 'Russia', 'Vladimir Putin'),
    (date '2022-09-30', 'DAY', 'DECLARATION', 'Zelensky rules out negotiations with Putin',
     'Zelensky says Ukraine is ready for a dialogue with Russia, but only with another president of Russia.',
     null, null, 'Ukraine', 'Volodymyr Zelensky'),
    (date '2022-09-30', 'DAY', 'OTHER', 'Concert and rally on Red Square celebrating the annexation',
     'Thousands gather on Red Square on the evening of the signing; Putin joins them.',
     'Moscow', 'CITY', null, 'Vladimir Putin'),
    (date '2022-01-01', 'YEAR', 'MOBILISATION', 'Russia mobilises an additional 300,000 troops',
     'Mobilisation of an additional 300,000 troops, despite protests, reported as under way by 30 September 2022; '
     || 'the sources give no date for it.',
     'Russia', 'COUNTRY', 'Russia', null),
    (date '2014-03-01', 'MONTH', 'ANNEXATION', 'Russia annexes Crimea',
     'Annexation of Ukraine''s Crimean peninsula by Russia.',
     'Crimea', 'OBLAST', 'Russia', null),
    (date '2014-01-01', 'YEAR', 'DECLARATION', 'Donetsk separatists declare independence',
     'The separatist "Donetsk People''s Republic" declares independence from Ukraine.',
     'Donetsk Oblast', 'OBLAST', 'Donetsk People''s Republic', null),
    (date '2014-01-01', 'YEAR', 'DECLARATION', 'Luhansk separatists declare independence',
     'The separatist "Luhansk People''s Republic" declares independence from Ukraine.',
     'Luhansk Oblast', 'OBLAST', 'Luhansk People''s Republic', null),
    (date '2022-09-30', 'DAY', 'MILITARY_OPERATION', 'Ukrainian counteroffensive nears encirclement of Lyman',
     'Ukrainian forces attack Lyman, a key node of Russian operations in Donbas, in a pincer movement; encirclement is '
     || 'reported imminent and Pushilin calls the city "semi-surrounded". State of the battle as of the report.',
     'Lyman', 'CITY', 'Armed Forces of Ukraine', null)
) as v(occurred_on, precision, kind, title, description, region, region_kind, actor, leader)
left join region r on r.name = v.region and r.kind = v.region_kind
left join actor a on a.name = v.actor
left join leader l on l.name = v.leader;

-- Event titles are unique in this seed, so the title finds the event.
insert into citation (source_id, quote, speaker, event_id)
select q.source_id, q.quote, v.speaker, e.id
from (values
    ('Russia invades Ukraine', 'a.seized-after-invasion', null),
    ('Russia invades Ukraine', 'a.signed', null),
    ('Russia invades Ukraine', 'n.invasion-date', null),
    ('Moscow-sponsored "referendums" on joining Russia end in four occupied regions', 'a.referendums', null),
    ('Moscow-sponsored "referendums" on joining Russia end in four occupied regions', 'a.annexation-of-four', null),
    ('Moscow-sponsored "referendums" on joining Russia end in four occupied regions', 'n.article-date', null),
    ('Putin signs treaties annexing four Ukrainian regions in the Kremlin', 'a.signed', null),
    ('Putin signs treaties annexing four Ukrainian regions in the Kremlin', 'a.kremlin-ceremony', null),
    ('Putin signs treaties annexing four Ukrainian regions in the Kremlin', 'a.accession-treaties', null),
    ('Putin signs treaties annexing four Ukrainian regions in the Kremlin', 'n.article-date', null),
    ('Ukraine signs an accelerated application to join NATO', 'a.kyiv-ceremony', null),
    ('Ukraine signs an accelerated application to join NATO', 'a.land-grab', null),
    ('Ukraine signs an accelerated application to join NATO', 'n.article-date', null),
    ('Putin vows to defend the annexed regions "with all available means"', 'a.all-means', 'Vladimir Putin'),
    ('Putin vows to defend the annexed regions "with all available means"', 'a.kremlin-ceremony', null),
    ('Putin vows to defend the annexed regions "with all available means"', 'n.article-date', null),
    ('Zelensky rules out negotiations with Putin', 'a.no-negotiations', 'Volodymyr Zelensky'),
    ('Zelensky rules out negotiations with Putin', 'a.another-president', 'Volodymyr Zelensky'),
    ('Zelensky rules out negotiations with Putin', 'n.article-date', null),
    ('Concert and rally on Red Square celebrating the annexation', 'a.red-square', null),
    ('Concert and rally on Red Square celebrating the annexation', 'n.article-date', null),
    ('Russia mobilises an additional 300,000 troops', 'a.mobilisation', null),
    ('Russia mobilises an additional 300,000 troops', 'n.article-date', null),
    ('Russia annexes Crimea', 'a.separatists-2014', null),
    ('Russia annexes Crimea', 'n.crimea-2014', null),
    ('Donetsk separatists declare independence', 'a.separatists-2014', null),
    ('Donetsk separatists declare independence', 'n.independence-2014', null),
    ('Luhansk separatists declare independence', 'a.separatists-2014', null),
    ('Luhansk separatists declare independence', 'n.independence-2014', null),
    ('Ukrainian counteroffensive nears encirclement of Lyman', 'a.liman-encirclement', null),
    ('Ukrainian counteroffensive nears encirclement of Lyman', 'a.liman-pincers', null),
    ('Ukrainian counteroffensive nears encirclement of Lyman', 'a.liman-battles', null),
    ('Ukrainian counteroffensive nears encirclement of Lyman', 'a.counteroffensive', null),
    ('Ukrainian counteroffensive nears encirclement of Lyman', 'a.semi-surrounded', 'Denis Pushylin, to RIA Novosti'),
    ('Ukrainian counteroffensive nears encirclement of Lyman', 'a.ria-novosti', 'Denis Pushylin, to RIA Novosti'),
    ('Ukrainian counteroffensive nears encirclement of Lyman', 'n.lyman', null),
    ('Ukrainian counteroffensive nears encirclement of Lyman', 'n.article-date', null)
) as v(title, quote_key, speaker)
join event e on e.title = v.title
left join seed_quote q on q.key = v.quote_key;

-- ---------------------------------------------------------------------------------------------
-- Checks and clean-up
-- ---------------------------------------------------------------------------------------------

-- Stop the migration if any fact row of the seed was left without a citation.
do $$
declare
    uncited text;
begin
    select string_agg(t.tbl || ' ' || t.id, ', ') into uncited
    from (
        select 'leader' as tbl, id from leader where id not in (select leader_id from citation where leader_id is not null)
        union all select 'leader_position', id from leader_position where id not in (select leader_position_id from citation where leader_position_id is not null)
        union all select 'region', id from region where id not in (select region_id from citation where region_id is not null)
        union all select 'region_control', id from region_control where id not in (select region_control_id from citation where region_control_id is not null)
        union all select 'sovereignty_claim', id from sovereignty_claim where id not in (select sovereignty_claim_id from citation where sovereignty_claim_id is not null)
        union all select 'claim_response', id from claim_response where id not in (select claim_response_id from citation where claim_response_id is not null)
        union all select 'sanction', id from sanction where id not in (select sanction_id from citation where sanction_id is not null)
        union all select 'sanction_target', id from sanction_target where id not in (select sanction_target_id from citation where sanction_target_id is not null)
        union all select 'strike', id from strike where id not in (select strike_id from citation where strike_id is not null)
        union all select 'casualty_report', id from casualty_report where id not in (select casualty_report_id from citation where casualty_report_id is not null)
        union all select 'attribution', id from attribution where id not in (select attribution_id from citation where attribution_id is not null)
        union all select 'event', id from event where id not in (select event_id from citation where event_id is not null)
    ) t;
    if uncited is not null then
        raise exception 'seed facts without a citation: %', uncited;
    end if;
end
$$;

drop table seed_quote;
