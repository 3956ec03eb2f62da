/*
 * <cf-hotspot-map>: the hotspot dashboard's map, drawn by Leaflet on one canvas: force areas,
 * a hotspot layer of National Grid cells with its legend, crime points at close zoom, and an area
 * a supervisor draws. Driven from the server by HotspotMap.java; tells it about clicks on cells
 * (cell-click), on a force (force-click), about moves of the view (view-change) and about a drawn
 * area (area-drawn). No tile server is needed; a tile URL adds a base map where one exists.
 */
import * as L from 'leaflet';

type Feature = GeoJSON.Feature<GeoJSON.Geometry, Record<string, any>>;
type Collection = GeoJSON.FeatureCollection<GeoJSON.Geometry, Record<string, any>>;

interface Class {
  label: string;
  color: string;
  test: (p: Record<string, any>) => boolean;
}

const GI: Class[] = [
  { label: 'Hotspot, 99 % confidence', color: '#b2182b', test: (p) => p.confidence === 99 },
  { label: 'Hotspot, 95 % confidence', color: '#ef8a62', test: (p) => p.confidence === 95 },
  { label: 'Hotspot, 90 % confidence', color: '#fddbc7', test: (p) => p.confidence === 90 },
  { label: 'Not significant', color: '#f7f7f7', test: (p) => p.confidence === 0 },
  { label: 'Coldspot, 90 % confidence', color: '#d1e5f0', test: (p) => p.confidence === -90 },
  { label: 'Coldspot, 95 % confidence', color: '#67a9cf', test: (p) => p.confidence === -95 },
  { label: 'Coldspot, 99 % confidence', color: '#2166ac', test: (p) => p.confidence === -99 },
];

const EMERGING: Class[] = [
  ['new', 'New', '#67000d'],
  ['consecutive', 'Consecutive', '#cb181d'],
  ['intensifying', 'Intensifying', '#ff0000'],
  ['persistent', 'Persistent', '#fb6a4a'],
  ['diminishing', 'Diminishing', '#fcae91'],
  ['sporadic', 'Sporadic', '#f4a6d7'],
  ['oscillating', 'Oscillating', '#9e6ebd'],
  ['historical', 'Historical', '#bdbdbd'],
].map(([code, label, color]) => ({ label, color, test: (p: Record<string, any>) => p.category === code }));

const SEQUENTIAL = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];

const TITLES: Record<string, string> = {
  count: 'Crimes per cell',
  kde: 'Kernel density, crimes per km²',
  gi: 'Getis-Ord Gi* (false discovery rate)',
  emerging: 'Emerging hotspots',
};

/** Text from records is text: never let it be read as HTML in a tooltip. */
const escape = (v: unknown) =>
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const number = (v: number) =>
  v >= 100 ? Math.round(v).toLocaleString('en-GB') : v >= 10 ? v.toFixed(1) : v.toFixed(2);

/** Five classes by quantiles of the scores, so that a few huge cells do not wash out the rest. */
function graduated(features: Feature[]): Class[] {
  const scores = features.map((f) => Number(f.properties.score)).sort((a, b) => a - b);
  if (scores.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < SEQUENTIAL.length; i++) breaks.push(scores[Math.floor((i * scores.length) / SEQUENTIAL.length)]);
  const unique = Array.from(new Set(breaks));
  const edges = [scores[0], ...unique, scores[scores.length - 1]];
  const classes: Class[] = [];
  for (let i = edges.length - 2; i >= 0; i--) {
    const low = edges[i];
    const high = edges[i + 1];
    const last = i === edges.length - 2;
    classes.push({
      label: `${number(low)} – ${number(high)}`,
      color: SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / Math.max(1, edges.length - 2))],
      test: (p) => Number(p.score) >= low && (last ? Number(p.score) <= high : Number(p.score) < high),
    });
  }
  return classes;
}

class HotspotMapElement extends HTMLElement {
  private map?: L.Map;
  private renderer = L.canvas({ padding: 0 });
  private tiles?: L.TileLayer;
  private forces?: L.GeoJSON;
  private cells?: L.GeoJSON;
  private points?: L.LayerGroup;
  private area?: L.GeoJSON;
  private drawing?: { points: L.LatLng[]; line: L.Polyline };
  private legend?: L.Control;
  private selected?: string;
  private pendingFit?: L.LatLngBounds;
  private chosen = new Set<string>();
  private pending: Array<() => void> = [];
  private resizeObserver?: ResizeObserver;
  private quiet = false;

  connectedCallback() {
    if (this.map) {
      this.resizeObserver?.observe(this);
      return;
    }
    const container = document.createElement('div');
    container.style.cssText = 'position:absolute;inset:0;';
    this.style.position = 'relative';
    this.style.display = 'block';
    this.appendChild(container);
    this.map = L.map(container, {
      renderer: this.renderer,
      preferCanvas: true,
      zoomControl: true,
      attributionControl: true,
      minZoom: 5,
      maxZoom: 18,
    }).setView([52.6, -1.5], 6);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Force areas: data.police.uk, OGL v3');
    this.map.getContainer().style.background = '#eef2f5';
    this.map.on('moveend', () => this.viewChanged());
    this.map.on('click', (e: L.LeafletMouseEvent) => this.drawClick(e));
    this.map.on('dblclick', () => this.finishDrawing());
    this.resizeObserver = new ResizeObserver(() => {
      this.map?.invalidateSize();
      this.fitWhenSized();
    });
    this.resizeObserver.observe(this);
    const jobs = this.pending;
    this.pending = [];
    jobs.forEach((job) => job());
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  private whenReady(job: () => void) {
    if (this.map) job();
    else this.pending.push(job);
  }

  private fire(name: string, detail: Record<string, unknown>) {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  private viewChanged() {
    if (this.quiet || !this.map) return;
    const c = this.map.getCenter();
    const b = this.map.getBounds();
    this.fire('view-change', {
      lat: c.lat,
      lon: c.lng,
      zoom: this.map.getZoom(),
      bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5)).join(','),
    });
  }

  /** A base map from a tile server, where the deployment has one; an empty URL removes it. */
  mapTiles(url: string, attribution: string) {
    this.whenReady(() => {
      this.tiles?.remove();
      this.tiles = undefined;
      if (url) this.tiles = L.tileLayer(url, { attribution, maxZoom: 19 }).addTo(this.map!);
    });
  }

  /** Force areas: {type: FeatureCollection} with properties code, name, chosen. Sent once; see mapChosen. */
  mapForces(json: string) {
    this.whenReady(() => {
      this.forces?.remove();
      const data = JSON.parse(json) as Collection;
      this.chosen = new Set(data.features.filter((f) => f.properties.chosen).map((f) => f.properties.code));
      this.forces = L.geoJSON(data, {
        renderer: this.renderer,
        style: (f) => {
          const chosen = this.chosen.has(f?.properties.code);
          return { color: chosen ? '#1a3a5c' : '#7a8a99', weight: chosen ? 2 : 1, fillColor: '#ffffff', fillOpacity: chosen ? 0.55 : 0.25 };
        },
        onEachFeature: (f, layer) => {
          layer.bindTooltip(escape(f.properties.name), { sticky: true });
          layer.on('click', (e: L.LeafletMouseEvent) => {
            if (this.drawing) return;
            L.DomEvent.stopPropagation(e);
            this.fire('force-click', { code: f.properties.code });
          });
        },
      } as L.GeoJSONOptions).addTo(this.map!);
      this.forces.bringToBack();
    });
  }

  /** Marks the chosen forces (a JSON array of codes) on the areas already drawn. */
  mapChosen(json: string) {
    this.whenReady(() => {
      this.chosen = new Set(JSON.parse(json) as string[]);
      this.forces?.resetStyle();
    });
  }

  /** A hotspot layer: a FeatureCollection of cells (see /api/hotspots). */
  mapCells(json: string, method: string) {
    this.whenReady(() => {
      this.cells?.remove();
      const data = JSON.parse(json) as Collection;
      const classes = method === 'gi' ? GI : method === 'emerging' ? EMERGING : graduated(data.features);
      const colour = (p: Record<string, any>) => classes.find((c) => c.test(p))?.color ?? '#cccccc';
      this.cells = L.geoJSON(data, {
        renderer: this.renderer,
        style: (f) => {
          const p = f!.properties;
          const quiet = method === 'gi' && p.confidence === 0;
          const chosen = p.cell === this.selected;
          return {
            color: chosen ? '#000000' : quiet ? '#c8c8c8' : '#555555',
            weight: chosen ? 3 : 0.4,
            fillColor: colour(p),
            fillOpacity: quiet ? 0.35 : 0.78,
          };
        },
        onEachFeature: (f, layer) => {
          layer.bindTooltip(() => this.describe(f.properties, method), { sticky: true });
          layer.on('click', (e: L.LeafletMouseEvent) => {
            if (this.drawing) return;
            L.DomEvent.stopPropagation(e);
            this.selected = f.properties.cell;
            this.cells?.resetStyle();
            this.fire('cell-click', { id: f.properties.cell });
          });
        },
      } as L.GeoJSONOptions).addTo(this.map!);
      this.showLegend(TITLES[method] ?? method, classes, data);
      // What is drawn, for a screen reader's summary and for tests: the canvas itself has no elements.
      this.dataset.cells = String(data.features.length);
      this.dataset.hotspots = String(data.features.filter((f) => (f.properties.confidence ?? 0) >= 90).length);
      this.dataset.method = method;
      this.setAttribute('aria-label', `${TITLES[method] ?? method}: ${data.features.length} cells`);
    });
  }

  /** Where a cell's centre is, in pixels from the map's top left corner; null when it is not drawn. */
  pointOf(cell: string): [number, number] | null {
    let found: [number, number] | null = null;
    this.cells?.eachLayer((layer: any) => {
      if (layer.feature?.properties.cell === cell) {
        const p = this.map!.latLngToContainerPoint(layer.getBounds().getCenter());
        found = [p.x, p.y];
      }
    });
    return found;
  }

  private describe(p: Record<string, any>, method: string) {
    const lines = [`<b>${p.count.toLocaleString('en-GB')} crime${p.count === 1 ? '' : 's'}</b>`];
    if (method === 'kde') lines.push(`${number(p.score)} per km²`);
    if (method === 'gi') lines.push(`Gi* z ${p.z.toFixed(2)}, p ${p.p < 0.001 ? '< 0.001' : p.p.toFixed(3)}`);
    if (method === 'gi' && p.confidence !== 0)
      lines.push(`${p.confidence > 0 ? 'Hotspot' : 'Coldspot'}, ${Math.abs(p.confidence)} % confidence`);
    if (method === 'emerging') lines.push(`${escape(p.category[0].toUpperCase() + p.category.slice(1))} hotspot, trend z ${p.trend.toFixed(2)}`);
    lines.push(`<span style="color:#666">Cell ${escape(p.cell)} · click for the crimes</span>`);
    return lines.join('<br>');
  }

  private showLegend(title: string, classes: Class[], data: Collection) {
    this.legend?.remove();
    const legend = new L.Control({ position: 'bottomright' });
    legend.onAdd = () => {
      const div = L.DomUtil.create('div', 'cf-map-legend');
      div.style.cssText =
        'background:rgba(255,255,255,.92);padding:8px 10px;border-radius:6px;font:12px/1.5 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:230px';
      const rows = classes
        .map(
          (c) =>
            `<div><span style="display:inline-block;width:14px;height:14px;vertical-align:-2px;margin-right:6px;border:1px solid #777;background:${c.color}"></span>${c.label}</div>`,
        )
        .join('');
      const more = (data as any).truncated
        ? `<div style="color:#8a4b00;margin-top:4px">The ${data.features.length.toLocaleString('en-GB')} hottest of ${(data as any).matched.toLocaleString('en-GB')} cells shown</div>`
        : '';
      const none = data.features.length === 0 ? '<div style="color:#555">No cells in this selection</div>' : '';
      div.innerHTML = `<div style="font-weight:600;margin-bottom:4px">${title}</div>${rows}${none}${more}`;
      return div;
    };
    legend.addTo(this.map!);
    this.legend = legend;
  }

  /** Crimes as points at close zoom: a FeatureCollection of Points. */
  mapPoints(json: string) {
    this.whenReady(() => {
      this.points?.remove();
      const data = JSON.parse(json) as Collection;
      const group = L.layerGroup();
      for (const f of data.features) {
        if (!f.geometry || f.geometry.type !== 'Point') continue;
        const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
        L.circleMarker([lat, lon], { renderer: this.renderer, radius: 4, color: '#222', weight: 1, fillColor: '#ffd400', fillOpacity: 0.9 })
          .bindTooltip(`${escape(f.properties.type)}<br>${escape(f.properties.location)}<br>${escape(f.properties.month)}`)
          .addTo(group);
      }
      this.points = group.addTo(this.map!);
    });
  }

  mapView(lat: number, lon: number, zoom: number) {
    this.whenReady(() => {
      this.quiet = true;
      this.map!.setView([lat, lon], zoom, { animate: false });
      this.quiet = false;
    });
  }

  /** Fits the view to west,south,east,north; before the map has a size, once it has one. */
  mapFit(bbox: string) {
    this.whenReady(() => {
      const [w, s, e, n] = bbox.split(',').map(Number);
      this.pendingFit = L.latLngBounds([s, w], [n, e]);
      this.fitWhenSized();
    });
  }

  private fitWhenSized() {
    const container = this.map?.getContainer();
    if (!this.pendingFit || !container || container.clientWidth === 0 || container.clientHeight === 0) return;
    this.map!.invalidateSize();
    this.map!.fitBounds(this.pendingFit, { animate: false, padding: [12, 12] });
    this.pendingFit = undefined;
  }

  mapSelect(cell: string | null) {
    this.whenReady(() => {
      this.selected = cell ?? undefined;
      this.cells?.resetStyle();
    });
  }

  /** Shows an area (GeoJSON polygon or multipolygon) or, with an empty string, none. */
  mapArea(json: string) {
    this.whenReady(() => {
      this.area?.remove();
      this.area = undefined;
      if (!json) return;
      this.area = L.geoJSON(JSON.parse(json), {
        renderer: this.renderer,
        style: () => ({ color: '#0b5cad', weight: 2, dashArray: '6 4', fill: false }),
        interactive: false,
      } as L.GeoJSONOptions).addTo(this.map!);
    });
  }

  /** Starts drawing an area: each click adds a corner, a double click (or a click on the first corner) ends it. */
  mapDraw() {
    this.whenReady(() => {
      this.cancelDrawing();
      this.drawing = { points: [], line: L.polyline([], { renderer: this.renderer, color: '#0b5cad', weight: 2, dashArray: '4 4' }).addTo(this.map!) };
      this.map!.getContainer().style.cursor = 'crosshair';
      this.map!.doubleClickZoom.disable();
    });
  }

  private drawClick(e: L.LeafletMouseEvent) {
    if (!this.drawing) return;
    const pts = this.drawing.points;
    if (pts.length >= 3 && this.map!.latLngToContainerPoint(pts[0]).distanceTo(e.containerPoint) < 10) {
      this.finishDrawing();
      return;
    }
    pts.push(e.latlng);
    this.drawing.line.setLatLngs(pts);
  }

  private finishDrawing() {
    if (!this.drawing) return;
    // A double click's own two clicks land on the last corner again: drop the repeats.
    const pts = this.drawing.points.filter((p, i, all) => i === 0 || !p.equals(all[i - 1]));
    this.cancelDrawing();
    if (pts.length < 3) return;
    const ring = pts.map((p) => [Number(p.lng.toFixed(6)), Number(p.lat.toFixed(6))]);
    ring.push(ring[0]);
    this.fire('area-drawn', { geojson: JSON.stringify({ type: 'Polygon', coordinates: [ring] }) });
  }

  private cancelDrawing() {
    this.drawing?.line.remove();
    this.drawing = undefined;
    if (this.map) {
      this.map.getContainer().style.cursor = '';
      // Re-enabled after this double click has passed, or it would zoom in as the drawing ends.
      setTimeout(() => this.map?.doubleClickZoom.enable(), 300);
    }
  }

  /** Downloads what the map shows (force areas, cells, points, area) and its legend as a PNG. */
  mapDownloadPng(fileName: string) {
    this.whenReady(async () => {
      const source = this.querySelector('canvas.leaflet-zoom-animated') as HTMLCanvasElement | null;
      if (!source) return;
      const canvas = document.createElement('canvas');
      canvas.width = source.width;
      canvas.height = source.height;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#eef2f5';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(source, 0, 0);
      const legend = this.querySelector('.cf-map-legend') as HTMLElement | null;
      if (legend) {
        const ratio = source.width / source.clientWidth;
        const rows = Array.from(legend.children) as HTMLElement[];
        g.font = `${12 * ratio}px sans-serif`;
        const width = 240 * ratio;
        const height = (rows.length * 18 + 12) * ratio;
        const x = canvas.width - width - 10 * ratio;
        let y = canvas.height - height - 24 * ratio;
        g.fillStyle = 'rgba(255,255,255,.92)';
        g.fillRect(x, y, width, height);
        y += 18 * ratio;
        for (const row of rows) {
          const swatch = row.querySelector('span') as HTMLElement | null;
          if (swatch) {
            g.fillStyle = swatch.style.background;
            g.fillRect(x + 8 * ratio, y - 11 * ratio, 12 * ratio, 12 * ratio);
          }
          g.fillStyle = '#222';
          g.fillText(row.textContent ?? '', x + (swatch ? 26 : 8) * ratio, y);
          y += 18 * ratio;
        }
      }
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) return;
      download(blob, fileName || 'hotspot-map.png');
    });
  }
}

export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

customElements.define('cf-hotspot-map', HotspotMapElement);
