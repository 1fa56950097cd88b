// The shapes the page's operations read (operations/*.graphql), and how the page words them.

export type Qualifier = 'EXACT' | 'AT_LEAST' | 'ABOUT';

export interface StrikePoint {
  id: string;
  occurredOn: string;
  latitude: number | null;
  longitude: number | null;
  weaponKind: string;
  weapon: string | null;
  killed: number | null;
  killedQualifier: Qualifier | null;
  injured: number | null;
  injuredQualifier: Qualifier | null;
  region: { name: string } | null;
}

export interface Totals {
  strikes: number;
  killed: number;
  killedQualifier: Qualifier;
  injured: number;
  injuredQualifier: Qualifier;
  strikesWithoutKilledFigure: number;
  strikesWithoutInjuredFigure: number;
}

export interface PeriodTotals {
  periodStart: string;
  periodEnd: string;
  totals: Totals;
}

export interface Cited {
  id: string;
  quote: string;
  speaker: string | null;
  source: { title: string; publisher: string | null; publishedOn: string | null; url: string | null };
}

export interface StrikeDetail extends StrikePoint {
  occurredAt: string | null;
  target: string | null;
  description: string | null;
  weaponSupplier: { name: string } | null;
  region: { id: string; name: string; parent: { name: string } | null } | null;
  casualtyReports: {
    id: string;
    reportedBy: string;
    reportedOn: string | null;
    killed: number | null;
    killedQualifier: Qualifier | null;
    injured: number | null;
    injuredQualifier: Qualifier | null;
    sources: Cited[];
  }[];
  attributions: {
    id: string;
    status: string;
    claimedBy: string | null;
    evidenceGiven: boolean | null;
    attributedTo: { name: string };
    sources: Cited[];
  }[];
  sources: Cited[];
}

export interface RegionDetail {
  id: string;
  name: string;
  kind: string;
  names: string[];
  parent: { id: string; name: string } | null;
  children: { id: string; name: string; kind: string }[];
  strikeTotals: Pick<Totals, 'strikes' | 'killed' | 'killedQualifier' | 'injured' | 'injuredQualifier'>;
  controlledBy: {
    id: string;
    extent: string;
    sharePercent: number | string | null;
    validFrom: string;
    validTo: string | null;
    controller: { name: string };
    sources: Cited[];
  }[];
  claims: {
    id: string;
    basis: string | null;
    claimedFrom: string;
    claimedUntil: string | null;
    sharePercent: number | string | null;
    claimant: { name: string };
    responses: { id: string; stance: string; statedOn: string | null; actor: { name: string } }[];
    sources: Cited[];
  }[];
}

export const WEAPON_KINDS: Record<string, { label: string; colour: string }> = {
  MISSILE: { label: 'Missile', colour: '#c0392b' },
  DRONE: { label: 'Drone', colour: '#8e44ad' },
  AIR_STRIKE: { label: 'Air strike', colour: '#d35400' },
  ROCKET: { label: 'Rocket', colour: '#b7950b' },
  ARTILLERY: { label: 'Artillery', colour: '#1f618d' },
  SHELLING: { label: 'Shelling', colour: '#117a65' },
  UNKNOWN: { label: 'Weapon not stated', colour: '#5d6d7e' },
};

export const ATTRIBUTION_STATUSES: Record<string, string> = {
  CONFIRMED: 'Confirmed',
  CLAIMED: 'Claimed',
  DISPUTED: 'Disputed',
  UNKNOWN: 'Unknown',
};

const numbers = new Intl.NumberFormat('en-GB');

/** A figure as its source gave it: "25", "at least 1", "about 20", or "no figure". */
export function figure(value: number | null, qualifier: Qualifier | null): string {
  if (value === null || value === undefined) {
    return 'no figure';
  }
  const n = numbers.format(value);
  return qualifier === 'AT_LEAST' ? `at least ${n}` : qualifier === 'ABOUT' ? `about ${n}` : n;
}

export function count(n: number, one: string, many: string): string {
  return `${numbers.format(n)} ${n === 1 ? one : many}`;
}

const days = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 September 2022" for 2022-09-30. */
export function day(date: string | null): string {
  return date ? days.format(new Date(`${date}T00:00:00Z`)) : 'date not known';
}

export function weaponLabel(kind: string): string {
  return WEAPON_KINDS[kind]?.label ?? kind;
}

export function words(enumValue: string): string {
  return enumValue.charAt(0) + enumValue.slice(1).toLowerCase().replace(/_/g, ' ');
}
