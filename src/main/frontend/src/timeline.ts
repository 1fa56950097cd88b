import { PeriodTotals, count, figure } from './record';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 170;
const AXIS = 22;
const TOP = 14;
const months = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const ticks = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const weeks = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

export function periodLabel(period: 'WEEK' | 'MONTH', start: string): string {
  const date = new Date(`${start}T00:00:00Z`);
  return period === 'MONTH' ? months.format(date) : `w/c ${weeks.format(date)}`;
}

/**
 * Killed and injured per week or month, as bars side by side; a bar of a period whose figure is
 * only a lower bound (a strike with no figure, or an "at least") is hatched, and its label says
 * "at least". Clicking a period narrows the date filter to it.
 */
export function drawTimeline(
  element: HTMLElement,
  periods: PeriodTotals[],
  period: 'WEEK' | 'MONTH',
  onPick: (from: string, to: string) => void,
): void {
  element.replaceChildren();
  if (periods.length === 0) {
    element.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'No strikes on the record for these filters.' }));
    return;
  }
  const width = Math.max(element.clientWidth, 320);
  const chart = svg('svg', { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: 'img', 'aria-label': 'Killed and injured by period' });
  const defs = svg('defs', {});
  for (const figure of ['killed', 'injured']) {
    const hatch = svg('pattern', { id: `lower-bound-${figure}`, width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    hatch.append(svg('rect', { width: 5, height: 5, class: 'hatch-ground' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 5, class: `hatch-${figure}` }));
    defs.append(hatch);
  }
  chart.append(defs);

  const max = Math.max(1, ...periods.map((p) => Math.max(p.totals.killed, p.totals.injured)));
  const plot = HEIGHT - AXIS - TOP;
  const left = 44;
  const slot = (width - left - 8) / periods.length;
  const bar = Math.max(2, Math.min(28, slot * 0.38));
  const scale = (v: number) => (v / max) * plot;

  for (const tick of [0, max / 2, max]) {
    const y = TOP + plot - scale(tick);
    chart.append(svg('line', { x1: left, x2: width - 4, y1: y, y2: y, class: 'grid' }));
    chart.append(svg('text', { x: left - 6, y: y + 4, class: 'tick', 'text-anchor': 'end' }, ticks.format(Math.round(tick))));
  }

  const labelEvery = Math.ceil(periods.length / Math.max(1, Math.floor((width - left) / 90)));
  periods.forEach((p, i) => {
    const x = left + i * slot + slot / 2;
    const label = periodLabel(period, p.periodStart);
    const t = p.totals;
    const group = svg('g', { class: 'period', 'data-period': p.periodStart, tabindex: 0 });
    group.append(svg('title', {}, `${label}: ${count(t.strikes, 'strike', 'strikes')}, ${figure(t.killed, t.killedQualifier)} killed, ${figure(t.injured, t.injuredQualifier)} injured`));
    group.append(svg('rect', { x: left + i * slot, y: TOP, width: slot, height: plot, class: 'hit' }));
    const killed = scale(t.killed);
    const injured = scale(t.injured);
    group.append(svg('rect', { x: x - bar - 1, y: TOP + plot - killed, width: bar, height: killed, class: `killed${t.killedQualifier === 'EXACT' ? '' : ' lower-bound'}` }));
    group.append(svg('rect', { x: x + 1, y: TOP + plot - injured, width: bar, height: injured, class: `injured${t.injuredQualifier === 'EXACT' ? '' : ' lower-bound'}` }));
    if (periods.length <= 24) {
      const value = (n: number, q: string) => (q === 'EXACT' ? String(n) : `≥${n}`);
      if (t.killed > 0) group.append(svg('text', { x: x - bar / 2 - 1, y: TOP + plot - killed - 3, class: 'value', 'text-anchor': 'middle' }, value(t.killed, t.killedQualifier)));
      if (t.injured > 0) group.append(svg('text', { x: x + bar / 2 + 1, y: TOP + plot - injured - 3, class: 'value', 'text-anchor': 'middle' }, value(t.injured, t.injuredQualifier)));
    }
    if (i % labelEvery === 0) {
      // A label too near the right edge ends there instead of being cut off.
      const nearEdge = x + 45 > width;
      group.append(svg('text', { x: nearEdge ? width - 4 : x, y: HEIGHT - 6, class: 'axis-label', 'text-anchor': nearEdge ? 'end' : 'middle' }, label));
    }
    group.addEventListener('click', () => onPick(p.periodStart, p.periodEnd));
    group.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') onPick(p.periodStart, p.periodEnd);
    });
    chart.append(group);
  });
  chart.append(svg('line', { x1: left, x2: width - 4, y1: TOP + plot, y2: TOP + plot, class: 'baseline' }));
  element.append(chart);
}
