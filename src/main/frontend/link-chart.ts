/*
 * <cf-link-chart>: a link chart of entities (nodes) and the records that link them (edges), drawn
 * by Cytoscape.js with the fcose layout. Driven from the server by LinkChart.java; tells it about
 * taps on nodes with the events node-click and node-expand (detail: {id}).
 */
import { LitElement, css, html } from 'lit';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

interface NodeData {
  id: string;
  type?: string | null;
  label?: string | null;
  x?: number | null;
  y?: number | null;
}

interface EdgeData {
  id: string;
  source: string;
  target: string;
  label?: string | null;
  weight?: number | null;
}

interface Look {
  color: string;
  shape: cytoscape.Css.NodeShape;
  glyph: string;
  width?: number;
  height?: number;
  polygon?: string;
  /** Glyph colour, white unless the fill is light. */
  ink?: string;
  /** Glyph box in px, else 60% of the node's smaller side. */
  glyphSize?: number;
}

/** An SVG icon in a 24×24 box, drawn in the ink colour. */
const svg = (body: string, ink: string) =>
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="${ink}" stroke="${ink}" stroke-width="0">${body}</svg>`,
  );
const text = (t: string, size: number) =>
  `<text x="12" y="12" dy="0.35em" text-anchor="middle" font-family="Liberation Sans, Arial, Helvetica, sans-serif" font-weight="700" font-size="${size}">${t}</text>`;

const GLYPHS: Record<string, string> = {
  person: '<circle cx="12" cy="7.5" r="4.2"/><path d="M3.5 21.5c0-5 3.8-8 8.5-8s8.5 3 8.5 8z"/>',
  vrm:
    '<path d="M4.2 11.2 6 6.6c.3-.7.9-1.1 1.6-1.1h8.8c.7 0 1.3.4 1.6 1.1l1.8 4.6c1 .3 1.7 1.2 1.7 2.3v4h-2.2a2.6 2.6 0 0 1-5.1 0H9.8a2.6 2.6 0 0 1-5.1 0H2.5v-4c0-1.1.7-2 1.7-2.3zM6.6 11h10.8l-1.3-3.6H7.9z" fill-rule="evenodd"/>',
  phone:
    '<path d="M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm0 3v12h8V5zm4 13.2a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2z" fill-rule="evenodd"/>',
  email:
    '<path d="M3 5.5h18a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1zm.8 2v.4l8.2 5.6 8.2-5.6v-.4zm0 2.6v6.4h16.4v-6.4L12 15.7z" fill-rule="evenodd"/>',
  postcode: '<path d="M12 2.5 2 11h2.8v10h5.4v-6h3.6v6h5.4V11H22z"/>',
  address:
    '<path d="M12 1.8a7.2 7.2 0 0 0-7.2 7.2c0 5.4 7.2 13.2 7.2 13.2s7.2-7.8 7.2-13.2A7.2 7.2 0 0 0 12 1.8zm0 4.4a2.8 2.8 0 1 1 0 5.6 2.8 2.8 0 0 1 0-5.6z" fill-rule="evenodd"/>',
  pnc: text('PNC', 11),
  nino: text('NI', 13),
  weapon:
    '<path d="M11 1.5h2v3.1a7.5 7.5 0 0 1 6.4 6.4h3.1v2h-3.1a7.5 7.5 0 0 1-6.4 6.4v3.1h-2v-3.1A7.5 7.5 0 0 1 4.6 13H1.5v-2h3.1A7.5 7.5 0 0 1 11 4.6zm1 5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zm0 3.8a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4z" fill-rule="evenodd"/>',
  drug:
    '<path d="M14.8 3.6a5 5 0 0 1 7.1 7.1l-11.2 11.2a5 5 0 0 1-7.1-7.1zm-1.4 4.2-5.6 5.6 2.8 2.8 5.6-5.6z" fill-rule="evenodd"/>',
  document:
    '<path d="M5 2h9.5L19 6.5V22H5zm2 7v1.6h10V9zm0 3.6v1.6h10v-1.6zm0 3.6v1.6h7v-1.6zM14 3v4h4z" fill-rule="evenodd"/>',
  event:
    '<path d="M4 4.5h2.5V2.5h2v2h7v-2h2v2H20a1 1 0 0 1 1 1V21a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5.5a1 1 0 0 1 1-1zm1 5V20h14V9.5zm2 2.5h4v4H7z" fill-rule="evenodd"/>',
  date: '<path d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm-1 3h2v4.6l3.4 2-1 1.7L11 12.8z" fill-rule="evenodd"/>',
  other: text('?', 14),
};

const LOOKS: Record<string, Look> = {
  person: { color: '#1f6fb2', shape: 'ellipse', glyph: 'person' },
  vrm: { color: '#b35900', shape: 'round-rectangle', glyph: 'vrm', width: 40, height: 30 },
  phone: { color: '#2e7d32', shape: 'round-diamond', glyph: 'phone', width: 40, height: 40 },
  email: { color: '#00838f', shape: 'round-tag', glyph: 'email', width: 38 },
  postcode: {
    color: '#6a1b9a',
    shape: 'polygon',
    polygon: '-1 -0.15  0 -1  1 -0.15  1 1  -1 1',
    glyph: 'postcode',
    width: 36,
    height: 36,
  },
  address: { color: '#7e57c2', shape: 'round-pentagon', glyph: 'address', width: 38, height: 38 },
  pnc: { color: '#37474f', shape: 'rectangle', glyph: 'pnc', width: 44, height: 28, glyphSize: 34 },
  nino: { color: '#4e342e', shape: 'cut-rectangle', glyph: 'nino', width: 38, height: 30, glyphSize: 26 },
  weapon: { color: '#c62828', shape: 'star', glyph: 'weapon', width: 46, height: 46, glyphSize: 20 },
  drug: { color: '#ad1457', shape: 'hexagon', glyph: 'drug', width: 38, height: 34 },
  document: { color: '#5b6b7a', shape: 'rectangle', glyph: 'document', width: 28, height: 36 },
  event: { color: '#f9a825', shape: 'octagon', glyph: 'event', ink: '#3e2723' },
  date: { color: '#3949ab', shape: 'barrel', glyph: 'date', width: 40, height: 34 },
};

const NODE_SIZE = 34;
const IDEAL_EDGE = 100;
const HIGHLIGHT = '#d32f2f';
const SELECTED = '#111111';
const EDGE = '#9aa5b1';

const edgeWidth = (weight: number | null | undefined) =>
  Math.min(9, 1 + 1.5 * Math.log2(Math.max(1, weight ?? 1)));

function stylesheet(fontFamily: string): cytoscape.StylesheetJson {
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: NODE_SIZE,
        height: NODE_SIZE,
        shape: 'ellipse',
        'background-color': '#78909c',
        'background-image': svg(GLYPHS.other, '#fff'),
        'background-width': Math.round(NODE_SIZE * 0.6),
        'background-height': Math.round(NODE_SIZE * 0.6),
        'background-fit': 'none',
        'background-clip': 'none',
        'background-image-containment': 'over',
        'border-width': 2,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-family': fontFamily,
        'font-size': 11,
        color: '#1b2631',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-shape': 'roundrectangle',
        'text-background-padding': '1px',
        'min-zoomed-font-size': 5,
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(w)',
        'line-color': EDGE,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-family': fontFamily,
        'font-size': 10,
        color: '#37474f',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 6,
        'overlay-opacity': 0,
      },
    },
  ];
  for (const [type, look] of Object.entries(LOOKS)) {
    const style: cytoscape.Css.Node = {
      shape: look.shape,
      'background-color': look.color,
      'background-image': svg(GLYPHS[look.glyph], look.ink ?? '#ffffff'),
    };
    if (look.width) style.width = look.width;
    if (look.height) style.height = look.height;
    if (look.polygon) style['shape-polygon-points'] = look.polygon;
    const glyph = look.glyphSize ?? Math.round(0.6 * Math.min(look.width ?? NODE_SIZE, look.height ?? NODE_SIZE));
    style['background-width'] = glyph;
    style['background-height'] = glyph;
    sheet.push({ selector: `node[type = "${type}"]`, style });
  }
  sheet.push(
    { selector: '.dim', style: { opacity: 0.3 } },
    {
      selector: 'node.hl',
      style: {
        'border-width': 4,
        'border-color': HIGHLIGHT,
        color: HIGHLIGHT,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: 'edge.hl',
      style: { width: 'data(hw)', 'line-color': HIGHLIGHT, color: HIGHLIGHT, 'font-weight': 'bold', 'z-index': 10 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': SELECTED, 'border-opacity': 1, 'z-index': 20 },
    },
  );
  return sheet;
}

/** The height fcose counts for a node's label (a label below the node, as here). */
const labelHeight = (node: cytoscape.CollectionReturnValue) =>
  node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }).h || 0;

type Job = () => void;

class LinkChartElement extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      overflow: hidden;
      min-height: 200px;
      background: #fff;
    }
    #cy {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
    }
  `;

  private cy?: cytoscape.Core;
  private running?: cytoscape.Layouts;
  private pending: Job[] = [];
  private fitWhenSized = false;
  /** The analyst has zoomed or panned since the last automatic fit: resizing then keeps the view. */
  private userMoved = false;
  private resizeObserver?: ResizeObserver;
  /** The highlighted path, applied again when elements come or go. */
  private path: string[] = [];

  render() {
    return html`<div id="cy" part="canvas"></div>`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector('#cy') as HTMLElement;
    const font = getComputedStyle(this).fontFamily || 'sans-serif';
    this.cy = cytoscape({
      container,
      style: stylesheet(font),
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.25,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (e) => this.fire('node-click', e.target.id()));
    this.cy.on('dbltap', 'node', (e) => this.fire('node-expand', e.target.id()));
    this.cy.on('scrollzoom pinchzoom dragpan', () => {
      this.userMoved = true;
    });
    this.resizeObserver = new ResizeObserver(() => {
      this.cy?.resize();
      if ((this.fitWhenSized || !this.userMoved) && this.sized() && !this.running) {
        this.fitWhenSized = false;
        this.fitAll(false);
      }
    });
    this.resizeObserver.observe(this);
    const jobs = this.pending;
    this.pending = [];
    jobs.forEach((job) => job());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.resizeObserver) this.resizeObserver.observe(this);
  }

  /** Runs now if Cytoscape is ready, else once it is (calls from the server can come first). */
  private whenReady(job: Job) {
    if (this.cy) job();
    else this.pending.push(job);
  }

  private fire(name: string, id: string) {
    this.dispatchEvent(new CustomEvent(name, { detail: { id } }));
  }

  private sized() {
    return this.clientWidth > 0 && this.clientHeight > 0;
  }

  /** Adds nodes and edges not yet on the chart and lays out the new ones around the old. */
  chartAdd(json: string) {
    this.whenReady(() => {
      const cy = this.cy!;
      const { nodes, edges } = JSON.parse(json) as { nodes: NodeData[]; edges: EdgeData[] };
      const wasEmpty = cy.nodes().length === 0;
      const old = cy.nodes();
      const placed = new Set<string>(old.map((n) => n.id()));
      const pinned = new Set<string>();

      const added = cy.collection();
      for (const n of nodes) {
        if (cy.getElementById(n.id).nonempty()) continue;
        const hasPosition = n.x != null && n.y != null;
        const node = cy.add({
          group: 'nodes',
          data: { id: n.id, type: n.type ?? 'other', label: n.label ?? n.id },
          position: hasPosition ? { x: n.x!, y: n.y! } : { x: 0, y: 0 },
        });
        added.merge(node);
        if (hasPosition) {
          placed.add(n.id);
          pinned.add(n.id);
        }
      }
      for (const e of edges) {
        if (cy.getElementById(e.id).nonempty() || cy.getElementById(`${e.target}->${e.source}`).nonempty()) continue;
        if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
        const w = edgeWidth(e.weight);
        cy.add({
          group: 'edges',
          selectable: false,
          data: { id: e.id, source: e.source, target: e.target, label: e.label ?? '', w, hw: w + 3 },
        });
      }
      this.applyPath();
      const fresh = added.filter((n) => !placed.has(n.id()));
      if (fresh.empty()) {
        if (wasEmpty) this.fitAll(false);
        return;
      }
      if (wasEmpty && pinned.size === 0) {
        this.layout({ randomize: true, animate: false }, true);
        return;
      }
      this.seedPositions(fresh, placed);
      const keep = new Map<string, cytoscape.Position>();
      cy.nodes().forEach((n) => {
        if (placed.has(n.id()) && !fresh.contains(n)) keep.set(n.id(), { ...n.position() });
      });
      this.layout(
        {
          randomize: false,
          // New nodes may move well away from where they were seeded, old ones are fixed anyway.
          initialEnergyOnIncremental: 0.5,
          gravity: 0.1,
          // fcose places the middle of node and label where asked, then moves the node up by half
          // the label's height: ask for the spot that brings the node back where it is.
          fixedNodeConstraint: [...keep].map(([id, p]) => ({
            nodeId: id,
            position: { x: p.x, y: p.y + labelHeight(cy.getElementById(id)) / 2 },
          })),
        },
        wasEmpty,
        fresh,
        keep,
      );
    });
  }

  /**
   * Starting points for the layout: each new node an edge's length from the nodes it links to, on
   * the side away from their other neighbours (into open space), siblings fanned out; breadth-first,
   * so a chain of new nodes grows outwards. New nodes linked to nothing placed go to the right.
   */
  private seedPositions(fresh: cytoscape.NodeCollection, placed: Set<string>) {
    const cy = this.cy!;
    const settled = cy.nodes().filter((n) => placed.has(n.id()));
    const bb = settled.boundingBox({});
    const centre = settled.nonempty() ? { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 } : { x: 0, y: 0 };
    const siblings = new Map<string, number>();
    let todo = fresh.toArray();
    let progress = true;
    while (todo.length && progress) {
      progress = false;
      const later: cytoscape.NodeSingular[] = [];
      for (const node of todo) {
        const anchors = node.neighborhood('node').filter((m) => placed.has(m.id()));
        if (anchors.empty()) {
          later.push(node);
          continue;
        }
        let ax = 0;
        let ay = 0;
        anchors.forEach((m) => {
          ax += m.position('x');
          ay += m.position('y');
        });
        ax /= anchors.length;
        ay /= anchors.length;
        // Away from where the anchors' other links go, else away from the middle of the chart.
        let dx = 0;
        let dy = 0;
        const others = anchors.neighborhood('node').filter((m) => placed.has(m.id()) && !anchors.contains(m));
        others.forEach((m) => {
          dx += ax - m.position('x');
          dy += ay - m.position('y');
        });
        if (Math.hypot(dx, dy) < 1) {
          dx = ax - centre.x;
          dy = ay - centre.y;
        }
        if (Math.hypot(dx, dy) < 1) {
          dx = 1;
          dy = 0;
        }
        const key = anchors.map((m) => m.id()).sort().join('|');
        const k = siblings.get(key) ?? 0;
        siblings.set(key, k + 1);
        const ring = Math.floor(k / 13);
        const i = k % 13; // 0, then alternately either side of the outward direction
        const fan = (i === 0 ? 0 : (i % 2 ? 1 : -1) * ((i + 1) >> 1)) * 0.45;
        const angle = Math.atan2(dy, dx) + fan + ring * 0.22;
        const r = (anchors.length > 1 ? 45 : IDEAL_EDGE) + 70 * ring;
        node.position({ x: ax + r * Math.cos(angle), y: ay + r * Math.sin(angle) });
        placed.add(node.id());
        progress = true;
      }
      todo = later;
    }
    const x0 = settled.nonempty() ? bb.x2 + IDEAL_EDGE : 0;
    const y0 = settled.nonempty() ? bb.y1 : 0;
    todo.forEach((node, i) => {
      node.position({ x: x0 + 90 * Math.floor(i / 6), y: y0 + 80 * (i % 6) });
      placed.add(node.id());
    });
  }

  private layout(
    options: Record<string, unknown>,
    fitAfter: boolean,
    fresh?: cytoscape.NodeCollection,
    keep?: Map<string, cytoscape.Position>,
  ) {
    const cy = this.cy!;
    this.running?.stop();
    if (!this.sized()) {
      // Laid out in chart coordinates all the same; the view fits once the element has a size.
      this.fitWhenSized = true;
    }
    const layout = cy.layout({
      name: 'fcose',
      quality: 'proof',
      animate: cy.nodes().length < 400,
      animationDuration: 450,
      fit: false,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      packComponents: true,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => IDEAL_EDGE,
      edgeElasticity: () => 0.45,
      gravity: 0.25,
      numIter: 2500,
      tile: true,
      ...options,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => {
      if (this.running === layout) this.running = undefined;
      // Nodes already on the chart end exactly where they were, whatever rounding the layout did.
      keep?.forEach((p, id) => cy.getElementById(id).position(p));
      if (fitAfter) this.fitAll(false);
      else if (fresh && !this.inView(fresh)) this.fitAll(true);
    });
    this.running = layout;
    layout.run();
  }

  private inView(nodes: cytoscape.NodeCollection) {
    const ext = this.cy!.extent();
    const bb = nodes.boundingBox({});
    return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
  }

  /** Zooms and pans to the whole chart, never closer than 1.5 (a small chart would fill the screen). */
  private fitAll(animate: boolean) {
    const cy = this.cy!;
    if (!this.sized()) {
      this.fitWhenSized = true;
      return;
    }
    if (cy.nodes().empty()) return;
    this.userMoved = false;
    const bb = cy.elements().boundingBox({});
    const pad = 40;
    const w = Math.max(1, cy.width() - 2 * pad);
    const h = Math.max(1, cy.height() - 2 * pad);
    const zoom = Math.max(cy.minZoom(), Math.min(1.5, w / Math.max(bb.w, 1), h / Math.max(bb.h, 1)));
    const pan = {
      x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2),
      y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2),
    };
    if (animate) cy.animate({ zoom, pan, duration: 300 });
    else cy.viewport({ zoom, pan });
  }

  chartRemove(id: string) {
    this.whenReady(() => {
      this.cy!.getElementById(id).remove();
      this.applyPath();
    });
  }

  chartClear() {
    this.whenReady(() => {
      this.running?.stop();
      this.path = [];
      this.cy!.elements().remove();
    });
  }

  /** Highlights a path: the nodes and the edges between consecutive ones; the rest is faded. */
  chartHighlight(json: string) {
    this.whenReady(() => {
      this.path = JSON.parse(json) as string[];
      this.applyPath();
    });
  }

  private applyPath() {
    const cy = this.cy!;
    const ids = this.path;
    cy.batch(() => {
      cy.elements().removeClass('hl dim');
      if (!ids.length) return;
      const path = cy.collection();
      ids.forEach((id, i) => {
        path.merge(cy.getElementById(id));
        if (i > 0) {
          const a = ids[i - 1];
          path.merge(cy.getElementById(`${a}->${id}`)).merge(cy.getElementById(`${id}->${a}`));
        }
      });
      path.addClass('hl');
      cy.elements().not(path).addClass('dim');
    });
  }

  chartSelect(id: string | null) {
    this.whenReady(() => {
      const cy = this.cy!;
      cy.$(':selected').unselect();
      if (id) cy.getElementById(id).select();
    });
  }

  chartRelayout() {
    this.whenReady(() => {
      if (this.cy!.nodes().nonempty()) this.layout({ randomize: true, animate: false }, true);
    });
  }

  chartFit() {
    this.whenReady(() => this.fitAll(true));
  }

  /** Downloads the whole chart as a PNG: twice the screen resolution, white, with a margin. */
  chartDownloadPng(fileName: string) {
    this.whenReady(async () => {
      const uri = this.cy!.png({ full: true, scale: 2, bg: '#fff', output: 'base64uri', maxWidth: 12000, maxHeight: 12000 });
      const image = new Image();
      image.src = uri;
      await image.decode();
      const margin = 60;
      const canvas = document.createElement('canvas');
      canvas.width = image.width + 2 * margin;
      canvas.height = image.height + 2 * margin;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(image, margin, margin);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName || 'link-chart.png';
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    });
  }

  /** Every node's position in chart coordinates, as JSON: {"id": [x, y], ...}. */
  chartPositions(): Promise<string> {
    return new Promise((resolve) =>
      this.whenReady(() => {
        const out: Record<string, [number, number]> = {};
        this.cy!.nodes().forEach((n) => {
          const p = n.position();
          out[n.id()] = [p.x, p.y];
        });
        resolve(JSON.stringify(out));
      }),
    );
  }
}

customElements.define('cf-link-chart', LinkChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'cf-link-chart': LinkChartElement;
  }
}
