import L from 'leaflet';
import { KYIV, UKRAINE } from './outline';
import { StrikePoint, WEAPON_KINDS, figure } from './record';

export interface BoundingBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Ukraine and the seas and borders around it: where the map opens. */
const WAR_THEATRE = L.latLngBounds([44.2, 22.0], [52.4, 40.3]);
/** Beyond this many points, names would cover the map; the points stay, their names go to tooltips. */
const NAMED_POINTS = 12;

/**
 * The map draws no tiles: it fetches nothing but the API's answers (the page must work with no
 * internet, and its policy allows no other origin). Strikes are points over a hand-drawn outline of
 * Ukraine (outline.ts) with a one-degree graticule; a point's size grows with the killed.
 */
export class StrikeMap {
  private readonly map: L.Map;
  private readonly points = L.layerGroup();
  private readonly byId = new Map<string, L.CircleMarker>();

  constructor(element: HTMLElement, onMove: () => void, private readonly onPick: (id: string) => void) {
    // No fading: a label that fades out stays in the page for a moment beside the new ones.
    this.map = L.map(element, { attributionControl: false, fadeAnimation: false, zoomSnap: 0.25, minZoom: 3, maxZoom: 14 });
    this.map.fitBounds(WAR_THEATRE);
    graticule().addTo(this.map);
    L.polygon(UKRAINE, { color: '#8a9aab', weight: 1.2, fillColor: '#fbfaf6', fillOpacity: 1, interactive: false }).addTo(this.map);
    L.circleMarker(KYIV, { radius: 3, color: '#1b2631', weight: 1, fillColor: '#1b2631', fillOpacity: 1, interactive: false })
      .bindTooltip('Kyiv', { permanent: true, direction: 'left', offset: [-4, 0], className: 'capital-label' })
      .addTo(this.map);
    this.points.addTo(this.map);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(this.map);
    this.map.on('moveend', onMove);
  }

  /** The view, as the strikes filter's within takes it. */
  view(): BoundingBox {
    const b = this.map.getBounds();
    const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
    return { south: clamp(b.getSouth(), 90), west: clamp(b.getWest(), 180), north: clamp(b.getNorth(), 90), east: clamp(b.getEast(), 180) };
  }

  select(id: string | null): void {
    for (const [strike, point] of this.byId) {
      point.setStyle(outline(strike === id));
      if (strike === id) point.bringToFront();
    }
  }

  show(strikes: StrikePoint[], selected: string | null): void {
    this.points.clearLayers();
    this.byId.clear();
    const named = strikes.length <= NAMED_POINTS;
    // Smaller points are drawn last, so that a large one never hides a small one under it.
    const bySize = [...strikes].sort((a, b) => (b.killed ?? 0) - (a.killed ?? 0));
    for (const strike of bySize) {
      if (strike.latitude === null || strike.longitude === null) {
        continue;
      }
      const colour = WEAPON_KINDS[strike.weaponKind]?.colour ?? '#5d6d7e';
      const point = L.circleMarker([strike.latitude, strike.longitude], {
        radius: 6 + Math.sqrt(strike.killed ?? 0) * 2,
        ...outline(strike.id === selected),
        fillColor: colour,
        fillOpacity: 0.85,
        className: 'strike-point',
      });
      const place = strike.region?.name ?? 'Unplaced';
      // An element rather than a string, which Leaflet would read as markup.
      const label = document.createElement('span');
      label.textContent = `${place}: ${figure(strike.killed, strike.killedQualifier)} killed`;
      point.bindTooltip(label, {
        permanent: named,
        direction: 'right',
        offset: [8, 0],
        className: named ? 'place-label' : 'point-tip',
      });
      point.on('click', () => this.onPick(strike.id));
      point.addTo(this.points);
      this.byId.set(strike.id, point);
      const path = point.getElement();
      path?.setAttribute('data-strike', strike.id);
      path?.setAttribute('aria-label', `Strike on ${place}, ${strike.occurredOn}`);
    }
  }
}

/** Rings the chosen strike's point, and no other. */
function outline(selected: boolean): L.PathOptions {
  return selected ? { color: '#111', weight: 3 } : { color: '#fff', weight: 1.5 };
}

function graticule(): L.LayerGroup {
  const lines = L.layerGroup();
  const style = { color: '#9fb3c8', weight: 0.6, opacity: 0.7, interactive: false, dashArray: '2 4' };
  for (let lat = 40; lat <= 56; lat++) {
    L.polyline([[lat, 14], [lat, 48]], style).addTo(lines);
  }
  for (let lon = 14; lon <= 48; lon++) {
    L.polyline([[40, lon], [56, lon]], style).addTo(lines);
  }
  return lines;
}
