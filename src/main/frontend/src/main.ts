import 'leaflet/dist/leaflet.css';
import './style.css';
import { ApiError, run } from './api';
import { byId, h } from './dom';
import { LiveState, LiveStrikes, StrikeEvent } from './live';
import { StrikeMap } from './map';
import { regionPanel, strikePanel } from './panel';
import { ATTRIBUTION_STATUSES, PeriodTotals, RegionDetail, StrikeDetail, StrikePoint, WEAPON_KINDS, count, day, figure, weaponLabel, words } from './record';
import { drawTimeline } from './timeline';
import Regions from './operations/Regions.graphql';
import RegionView from './operations/RegionView.graphql';
import Strike from './operations/Strike.graphql';
import StrikeEvents from './operations/StrikeEvents.graphql';
import StrikesInView from './operations/StrikesInView.graphql';
import Timeline from './operations/Timeline.graphql';

/** The most strikes the map draws for one view; past it, it says how many more there are. */
const MAP_LIMIT = 500;
/** The API's largest page. */
const PAGE = 100;
/** Changes heard closer together than this make one refresh: a batch of imports is not a reload per strike. */
const REFRESH_AT_MOST_EVERY_MS = 500;
/** How long the notice of a change stays up. */
const NOTICE_MS = 60_000;

const form = byId<HTMLFormElement>('filters');
const regionSelect = byId<HTMLSelectElement>('region');
const placeSelect = byId<HTMLSelectElement>('place');
const fromInput = byId<HTMLInputElement>('from');
const toInput = byId<HTMLInputElement>('to');
const weaponSelect = byId<HTMLSelectElement>('weapon-kind');
const statusSelect = byId<HTMLSelectElement>('attribution-status');
const periodSelect = byId<HTMLSelectElement>('period');
const mapCount = byId('map-count');
const summary = byId('timeline-summary');
const timeline = byId('timeline');
const list = byId('strike-list');
const panel = byId('panel');
const problem = byId('problem');
const liveIndicator = byId('live');
const notice = byId('notice');

let selectedStrike: string | null = null;
/** Each load takes a number; an answer that comes back after a newer load started is dropped. */
const latest = { strikes: 0, timeline: 0, panel: 0 };

/**
 * How many loads are under way; the page is aria-busy while any is. Assistive technology waits for
 * it, and so does the browser test before it reads what the page shows.
 */
let loading = 0;
async function busy<T>(load: Promise<T>): Promise<T> {
  loading++;
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await load;
  } finally {
    if (--loading === 0) document.body.setAttribute('aria-busy', 'false');
  }
}

const map = new StrikeMap(byId('map'), () => busy(loadStrikes()), (id) => busy(showStrike(id)));

/** The strikes filter the form describes; the map adds its view as within. */
function filter(): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  const region = placeSelect.value || regionSelect.value;
  if (region) f.region = region;
  if (fromInput.value) f.from = fromInput.value;
  if (toInput.value) f.to = toInput.value;
  if (weaponSelect.value) f.weaponKind = weaponSelect.value;
  if (statusSelect.value) f.attributionStatus = statusSelect.value;
  return f;
}

function report(e: unknown): void {
  const error = ApiError.from(e);
  problem.replaceChildren(h('strong', {}, 'The record could not be read. '), error.message, error.code ? ` (${error.code})` : '');
  problem.hidden = false;
}

function clearProblem(): void {
  problem.hidden = true;
}

async function loadStrikes(): Promise<void> {
  const mine = ++latest.strikes;
  const variables = { filter: { ...filter(), within: map.view() }, first: PAGE, count: true } as Record<string, unknown>;
  mapCount.textContent = 'Loading strikes in view…';
  try {
    const shown: StrikePoint[] = [];
    let total = 0;
    let after: string | null = null;
    do {
      type Answer = { strikes: { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: StrikePoint }[] } };
      const answer: Answer = await run<Answer>(StrikesInView, { ...variables, after, count: after === null });
      if (mine !== latest.strikes) return;
      if (answer.strikes.totalCount !== undefined) total = answer.strikes.totalCount;
      shown.push(...answer.strikes.edges.map((e) => e.node));
      after = answer.strikes.pageInfo.hasNextPage ? answer.strikes.pageInfo.endCursor : null;
    } while (after && shown.length < MAP_LIMIT);
    map.show(shown, selectedStrike);
    mapCount.textContent = total > shown.length
      ? `Showing the newest ${count(shown.length, 'strike', 'strikes')} of ${count(total, 'strike', 'strikes')} in view — zoom in or narrow the filters for the rest`
      : `${count(total, 'strike', 'strikes')} in view`;
    listStrikes(shown, total);
    clearProblem();
  } catch (e) {
    if (mine === latest.strikes) report(e);
  }
}

function listStrikes(strikes: StrikePoint[], total: number): void {
  const rows = strikes.slice(0, 50).map((s) => {
    const button = h('button', { type: 'button', class: `strike-row${s.id === selectedStrike ? ' selected' : ''}`, 'data-strike': s.id },
      swatch(s.weaponKind),
      h('span', { class: 'row-place' }, s.region?.name ?? 'Unplaced'),
      h('span', { class: 'row-date' }, s.occurredOn),
      h('span', { class: 'row-figures' }, `${figure(s.killed, s.killedQualifier)} killed`));
    button.addEventListener('click', () => busy(showStrike(s.id)));
    return h('li', {}, button);
  });
  list.replaceChildren(...rows);
  if (total > rows.length) {
    list.append(h('li', { class: 'more' }, `and ${count(total - rows.length, 'more', 'more')} in view`));
  }
}

async function loadTimeline(): Promise<void> {
  const mine = ++latest.timeline;
  const period = periodSelect.value as 'WEEK' | 'MONTH';
  try {
    const answer = await run<{ strikeTotalsByPeriod: PeriodTotals[] }>(Timeline, { filter: filter(), period });
    if (mine !== latest.timeline) return;
    const periods = answer.strikeTotalsByPeriod;
    drawTimeline(timeline, periods, period, (from, to) => {
      fromInput.value = from;
      toInput.value = to;
      refresh();
    });
    summarise(periods);
    clearProblem();
  } catch (e) {
    if (mine === latest.timeline) report(e);
  }
}

/** The timeline's totals added up: an "at least" anywhere makes the sum "at least" too. */
function summarise(periods: PeriodTotals[]): void {
  let strikes = 0, killed = 0, injured = 0, killedExact = true, injuredExact = true;
  for (const { totals: t } of periods) {
    strikes += t.strikes;
    killed += t.killed;
    injured += t.injured;
    killedExact &&= t.killedQualifier === 'EXACT';
    injuredExact &&= t.injuredQualifier === 'EXACT';
  }
  summary.replaceChildren(
    h('span', { class: 'strikes' }, count(strikes, 'strike', 'strikes')), ' · ',
    h('span', { class: 'killed' }, `${figure(killed, killedExact ? 'EXACT' : 'AT_LEAST')} killed`), ' · ',
    h('span', { class: 'injured' }, `${figure(injured, injuredExact ? 'EXACT' : 'AT_LEAST')} injured`));
}

async function showStrike(id: string): Promise<void> {
  const mine = ++latest.panel;
  selectedStrike = id;
  map.select(id);
  document.querySelectorAll('.strike-row').forEach((row) => row.classList.toggle('selected', row.getAttribute('data-strike') === id));
  try {
    const answer = await run<{ strike: StrikeDetail | null }>(Strike, { id });
    if (mine !== latest.panel) return;
    if (!answer.strike) {
      panel.replaceChildren(h('p', { class: 'empty' }, 'This strike is no longer on the record.'));
      return;
    }
    panel.replaceChildren(strikePanel(answer.strike, closePanel));
    panel.scrollTop = 0;
    clearProblem();
  } catch (e) {
    if (mine === latest.panel) report(e);
  }
}

async function showRegion(id: string, on: string): Promise<void> {
  const mine = ++latest.panel;
  selectedStrike = null;
  try {
    const answer = await run<{ region: RegionDetail | null }>(RegionView, { id, on });
    if (mine !== latest.panel || !answer.region) return;
    panel.replaceChildren(regionPanel(answer.region, on, (date) => busy(showRegion(id, date)), closePanel));
    if (id === regionSelect.value) offerPlaces(answer.region);
    clearProblem();
  } catch (e) {
    if (mine === latest.panel) report(e);
  }
}

/** The places below the chosen oblast, for the second region filter. */
function offerPlaces(region: RegionDetail): void {
  const keep = placeSelect.value;
  placeSelect.replaceChildren(h('option', { value: '' }, `All of ${region.name}`),
    ...region.children.map((c) => h('option', { value: c.id }, c.name)));
  placeSelect.value = region.children.some((c) => c.id === keep) ? keep : '';
  placeSelect.disabled = region.children.length === 0;
}

/** A weapon kind's colour, as the map draws it (set from script: the policy allows no inline style attribute). */
function swatch(kind: string): HTMLElement {
  const element = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  element.style.backgroundColor = WEAPON_KINDS[kind]?.colour ?? '#5d6d7e';
  return element;
}

function closePanel(): void {
  latest.panel++;
  selectedStrike = null;
  map.select(null);
  document.querySelectorAll('.strike-row.selected').forEach((row) => row.classList.remove('selected'));
  panel.replaceChildren(byId<HTMLTemplateElement>('panel-intro').content.cloneNode(true));
}

/** What a filter change does: the map, the timeline, and the panel for the chosen region. */
function refresh(): void {
  const following = JSON.stringify(filter());
  if (following !== followed) {
    followed = following;
    heard.length = 0;
    live.follow(filter());
  }
  busy(loadStrikes());
  busy(loadTimeline());
  const region = placeSelect.value || regionSelect.value;
  if (region) {
    busy(showRegion(region, toInput.value || new Date().toISOString().slice(0, 10)));
  }
}

async function start(): Promise<void> {
  for (const [kind, { label }] of Object.entries(WEAPON_KINDS)) {
    weaponSelect.append(h('option', { value: kind }, label));
  }
  for (const [status, label] of Object.entries(ATTRIBUTION_STATUSES)) {
    statusSelect.append(h('option', { value: status }, label));
  }
  byId('legend').replaceChildren(...Object.entries(WEAPON_KINDS).map(([kind]) =>
    h('li', {}, swatch(kind), weaponLabel(kind))));
  panel.replaceChildren(byId<HTMLTemplateElement>('panel-intro').content.cloneNode(true));
  regionSelect.addEventListener('change', () => {
    placeSelect.value = '';
    placeSelect.replaceChildren(h('option', { value: '' }, regionSelect.value ? 'Loading places…' : 'Choose a region first'));
    placeSelect.disabled = true;
    if (!regionSelect.value) closePanel();
    refresh();
  });
  for (const input of [placeSelect, fromInput, toInput, weaponSelect, statusSelect]) {
    input.addEventListener('change', refresh);
  }
  periodSelect.addEventListener('change', () => busy(loadTimeline()));
  // The filters apply as they change; the form is never sent anywhere.
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () => setTimeout(() => regionSelect.dispatchEvent(new Event('change'))));
  window.addEventListener('resize', () => busy(loadTimeline()));
  refresh();
  await busy(offerRegions());
}

async function offerRegions(): Promise<void> {
  try {
    type Node = { id: string; name: string; parent?: { id: string } | null };
    const answer = await run<{ countries: { edges: { node: Node }[] }; oblasts: { edges: { node: Node }[] } }>(Regions);
    const oblasts = answer.oblasts.edges.map((e) => e.node);
    for (const { node: country } of answer.countries.edges) {
      const within = oblasts.filter((o) => o.parent?.id === country.id);
      if (within.length === 0) continue;
      regionSelect.append(h('optgroup', { label: country.name },
        h('option', { value: country.id }, `All of ${country.name}`),
        ...within.map((o) => h('option', { value: o.id }, o.name))));
    }
  } catch (e) {
    report(e);
  }
}

/** The filters the live subscription is for, as JSON; a refresh for other filters subscribes again. */
let followed: string | null = null;
/** Changes heard since the last refresh they caused. */
const heard: StrikeEvent[] = [];
let refreshTimer: number | undefined;
let noticeTimer: number | undefined;

const live = new LiveStrikes(StrikeEvents, {
  event(event) {
    // INTERRUPTED changes nothing by itself: what was committed meanwhile follows it.
    if (!event.strike) return;
    heard.push(event);
    refreshTimer ??= window.setTimeout(refreshForHeard, REFRESH_AT_MOST_EVERY_MS);
  },
  state: showLiveState,
  missedChanges: refresh,
});

function refreshForHeard(): void {
  refreshTimer = undefined;
  const changes = heard.splice(0);
  if (changes.length === 0) return;
  refresh();
  if (selectedStrike && changes.some((c) => c.strike?.id === selectedStrike)) {
    busy(showStrike(selectedStrike));
  }
  tell(changes);
}

const CHANGED: Record<string, string> = {
  RECORDED: 'New strike recorded',
  CORRECTED: 'Record corrected',
  FIGURE_ADDED: 'Figures corrected',
  ATTRIBUTION_ADDED: 'New claim of who did it',
  SOURCE_CITED: 'New source cited',
  SOURCE_REMOVED: 'Source withdrawn',
  RETIRED: 'Strike retired from the record',
  DELETED: 'Strike removed from the record',
};

/** Says what the last change was, when, and how many more came with it. */
function tell(changes: StrikeEvent[]): void {
  const last = changes[changes.length - 1];
  const strike = last.strike!;
  const others = changes.length - 1;
  const at = new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  notice.replaceChildren(
    h('span', { class: 'notice-kicker' }, `Updated ${at}`),
    h('span', { class: 'notice-what' }, `${CHANGED[last.kind] ?? words(last.kind)}: ${strike.region?.name ?? 'place not known'}, ${day(strike.occurredOn)}`),
    ...(others > 0 ? [h('span', { class: 'notice-more' }, `and ${count(others, 'other change', 'other changes')}`)] : []));
  notice.hidden = false;
  window.clearTimeout(noticeTimer);
  noticeTimer = window.setTimeout(() => { notice.hidden = true; }, NOTICE_MS);
}

const LIVE_LABELS: Record<LiveState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  off: 'Not live: reload for the newest',
};

function showLiveState(state: LiveState): void {
  liveIndicator.className = `live live-${state}`;
  liveIndicator.textContent = LIVE_LABELS[state];
  liveIndicator.title = state === 'live' ? 'New and corrected strikes appear as they are recorded' : '';
}

start();

