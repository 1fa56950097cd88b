import { h } from './dom';
import { ATTRIBUTION_STATUSES, Cited, RegionDetail, StrikeDetail, count, day, figure, weaponLabel, words } from './record';

/** One source and the sentence it is cited for: the answer to "says who?". */
function citation(c: Cited): HTMLElement {
  const s = c.source;
  const where = [s.publisher, s.publishedOn ? day(s.publishedOn) : null].filter(Boolean).join(', ');
  return h('figure', { class: 'citation' },
    h('blockquote', {}, c.quote),
    h('figcaption', {},
      c.speaker ? h('span', { class: 'speaker' }, `${c.speaker} — `) : null,
      s.url ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.title) : h('cite', {}, s.title),
      where ? h('span', { class: 'where' }, ` (${where})`) : null));
}

function citations(list: Cited[]): HTMLElement | null {
  return list.length === 0 ? null : h('div', { class: 'citations' }, ...list.map(citation));
}

function figures(killed: number | null, kq: StrikeDetail['killedQualifier'], injured: number | null, iq: StrikeDetail['injuredQualifier']): HTMLElement {
  return h('dl', { class: 'figures' },
    h('div', {}, h('dt', {}, 'Killed'), h('dd', { class: 'killed' }, figure(killed, kq))),
    h('div', {}, h('dt', {}, 'Injured'), h('dd', { class: 'injured' }, figure(injured, iq))));
}

export function strikePanel(s: StrikeDetail, onClose: () => void): HTMLElement {
  const place = s.region ? [s.region.name, s.region.parent?.name].filter(Boolean).join(', ') : 'Place not known';
  const weapon = [s.weapon ?? weaponLabel(s.weaponKind), s.weaponSupplier ? `supplied by ${s.weaponSupplier.name}` : null].filter(Boolean).join(', ');
  return closable(onClose, h('article', { class: 'strike', 'data-strike': s.id },
    h('header', {},
      h('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×'),
      h('p', { class: 'kicker' }, `${weaponLabel(s.weaponKind)} · ${day(s.occurredOn)}`),
      h('h2', {}, place),
      h('p', { class: 'weapon' }, weapon),
      s.target ? h('p', { class: 'target' }, `Hit: ${s.target}`) : null),
    figures(s.killed, s.killedQualifier, s.injured, s.injuredQualifier),
    h('p', { class: 'note' }, 'The lowest figures any report gives; every report is below.'),
    s.description ? h('p', { class: 'description' }, s.description) : null,
    h('section', { class: 'reports' },
      h('h3', {}, `Casualty reports (${s.casualtyReports.length})`),
      s.casualtyReports.length === 0 ? h('p', { class: 'empty' }, 'No source gave a figure.') : null,
      ...s.casualtyReports.map((r) => h('div', { class: 'report' },
        h('p', { class: 'who' }, h('strong', {}, r.reportedBy), r.reportedOn ? ` on ${day(r.reportedOn)}` : null),
        h('p', { class: 'says' }, `${figure(r.killed, r.killedQualifier)} killed, ${figure(r.injured, r.injuredQualifier)} injured`),
        citations(r.sources)))),
    h('section', { class: 'attributions' },
      h('h3', {}, `Who did it, says who (${s.attributions.length})`),
      s.attributions.length === 0 ? h('p', { class: 'empty' }, 'Nobody is recorded as naming who did it.') : null,
      ...s.attributions.map((a) => h('div', { class: 'attribution' },
        h('p', { class: 'who' },
          h('span', { class: `status status-${a.status.toLowerCase()}` }, ATTRIBUTION_STATUSES[a.status] ?? words(a.status)),
          ' ', h('strong', {}, a.attributedTo.name),
          a.claimedBy ? ` according to ${a.claimedBy}` : ' (no one named)',
          a.evidenceGiven === false ? ', without evidence' : a.evidenceGiven ? ', with evidence' : null),
        citations(a.sources)))),
    h('section', { class: 'sources' },
      h('h3', {}, `Sources (${s.sources.length})`),
      citations(s.sources)),
  ));
}

export function regionPanel(r: RegionDetail, on: string, onDate: (on: string) => void, onClose: () => void): HTMLElement {
  const date = h('input', { type: 'date', value: on, 'aria-label': 'Control and claims on' });
  date.addEventListener('change', () => date.value && onDate(date.value));
  const t = r.strikeTotals;
  return closable(onClose, h('article', { class: 'region', 'data-region': r.id },
    h('header', {},
      h('button', { class: 'close', type: 'button', 'aria-label': 'Close' }, '×'),
      h('p', { class: 'kicker' }, [words(r.kind), r.parent?.name].filter(Boolean).join(' · ')),
      h('h2', {}, r.name),
      r.names.length > 1 ? h('p', { class: 'aka' }, `Also: ${r.names.filter((n) => n !== r.name).join(', ')}`) : null),
    h('p', { class: 'totals' }, `${count(t.strikes, 'strike', 'strikes')} on the record, ${figure(t.killed, t.killedQualifier)} killed, ${figure(t.injured, t.injuredQualifier)} injured (sub-regions included)`),
    h('label', { class: 'on' }, 'Who held it on ', date),
    h('section', { class: 'control' },
      h('h3', {}, `Control on ${day(on)}`),
      r.controlledBy.length === 0 ? h('p', { class: 'empty' }, 'The record says nothing about who held it then.') : null,
      ...r.controlledBy.map((c) => h('div', { class: 'holder' },
        h('p', { class: 'who' }, h('strong', {}, c.controller.name), ` held ${extent(c.extent, c.sharePercent)}`,
          h('span', { class: 'since' }, ` since ${day(c.validFrom)}${c.validTo ? ` until ${day(c.validTo)}` : ''}`)),
        citations(c.sources)))),
    h('section', { class: 'claims' },
      h('h3', {}, `Claims standing on ${day(on)}`),
      r.claims.length === 0 ? h('p', { class: 'empty' }, 'No claim of sovereignty stood then.') : null,
      ...r.claims.map((c) => h('div', { class: 'claim' },
        h('p', { class: 'who' }, h('strong', {}, c.claimant.name), ` claims ${c.sharePercent ? `${c.sharePercent}% of it` : 'it'} from ${day(c.claimedFrom)}`, c.basis ? `: ${c.basis}` : ''),
        c.responses.length ? h('ul', { class: 'responses' }, ...c.responses.map((x) => h('li', {}, `${x.actor.name} ${x.stance === 'RECOGNISES' ? 'recognises' : 'rejects'} it${x.statedOn ? ` (${day(x.statedOn)})` : ''}`))) : null,
        citations(c.sources)))),
  ));
}

function extent(extent: string, share: number | string | null): string {
  const part = { FULL: 'all of it', MOST: 'most of it', PART: 'part of it', CONTESTED: 'it, contested' }[extent] ?? words(extent);
  return share !== null && share !== undefined ? `${part} (about ${share}%)` : part;
}

function closable(onClose: () => void, article: HTMLElement): HTMLElement {
  article.querySelector('button.close')?.addEventListener('click', onClose);
  return article;
}
