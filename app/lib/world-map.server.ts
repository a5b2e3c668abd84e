import { createRequire } from "node:module";
import { geoNaturalEarth1, geoPath, type GeoContext } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPoint } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";
import { countryName, isCountryCode, numericCodeFor, COUNTRY_CODES, type CountryCode } from "~/lib/countries";
import { formatNumber } from "~/lib/format";

/**
 * Escapes text for XML element content and double- or single-quoted attributes. The SVG strings built
 * here go into the page through dangerouslySetInnerHTML, so any text that reaches them unescaped is
 * an injection. Characters XML 1.0 forbids are dropped: they would make the SVG malformed as a file.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// Fixed decades rather than a scale fitted to each petition: a legend reading "10–99" means the same
// on every page, and small petitions still show their spread across the lower buckets.
const BUCKET_MINIMUMS = [1, 10, 100, 1_000, 10_000] as const;

export interface MapLegendEntry {
  /** Matches the `map-b{bucket}` class the map uses. */
  bucket: number;
  className: string;
  min: number;
  /** Inclusive; null for the open-ended top bucket. */
  max: number | null;
}

export const mapLegend: readonly MapLegendEntry[] = Object.freeze([
  { bucket: 0, className: "map-b0", min: 0, max: 0 },
  ...BUCKET_MINIMUMS.map((min, index) => {
    const next = BUCKET_MINIMUMS[index + 1];
    return { bucket: index + 1, className: `map-b${index + 1}`, min, max: next === undefined ? null : next - 1 };
  }),
]);

export function mapBucket(count: number): number {
  if (!(count >= 1)) return 0;
  let bucket = 0;
  for (const min of BUCKET_MINIMUMS) if (count >= min) bucket++;
  return bucket;
}

// Countries and territories too small to appear in the 1:110m atlas are drawn as dots when they have
// signatures, so a signer from Singapore or Malta still sees their country counted. Positions are the
// centroid of each one's largest island in the 1:10m atlas, rounded to 0.1°; the ones that atlas folds
// into another country (French overseas departments, Svalbard, Bonaire…) and Kiribati (whose largest
// island is far from where most people live) were placed by hand.
const DOT_POSITIONS: Partial<Record<CountryCode, readonly [longitude: number, latitude: number]>> = {
  AD: [1.6, 42.5], AG: [-61.8, 17.1], AI: [-63.1, 18.2], AS: [-170.7, -14.3], AW: [-70, 12.5], AX: [19.9, 60.2],
  BB: [-59.6, 13.2], BH: [50.5, 26.1], BL: [-62.8, 17.9], BM: [-64.8, 32.3], BQ: [-68.3, 12.2], BV: [3.4, -54.4],
  CC: [96.9, -12.2], CK: [-159.8, -21.2], CV: [-23.6, 15.1], CW: [-69, 12.2], CX: [105.7, -10.5], DM: [-61.4, 15.4],
  FM: [158.2, 6.9], FO: [-7, 62.1], GD: [-61.7, 12.1], GF: [-53.1, 3.9], GG: [-2.6, 49.5], GI: [-5.3, 36.1],
  GP: [-61.6, 16.2], GS: [-36.7, -54.4], GU: [144.8, 13.4], HK: [114.2, 22.4], HM: [73.5, -53.1], IM: [-4.5, 54.2],
  IO: [72.4, -7.4], JE: [-2.1, 49.2], KI: [173, 1.4], KM: [43.3, -11.7], KN: [-62.8, 17.3], KY: [-81.3, 19.3],
  LC: [-61, 13.9], LI: [9.5, 47.1], MC: [7.4, 43.7], MF: [-63.1, 18.1], MH: [171.2, 7.1], MO: [113.6, 22.1],
  MP: [145.7, 15.2], MQ: [-61, 14.6], MS: [-62.2, 16.7], MT: [14.4, 35.9], MU: [57.6, -20.3], MV: [73.5, 4.2],
  NF: [168, -29], NR: [166.9, -0.5], NU: [-169.9, -19], PF: [-149.4, -17.7], PM: [-56.3, 47], PN: [-128.3, -24.4],
  PW: [134.6, 7.5], RE: [55.5, -21.1], SC: [55.5, -4.7], SG: [103.8, 1.4], SH: [-5.7, -16], SJ: [16, 78.5],
  SM: [12.4, 43.9], ST: [6.6, 0.2], SX: [-63.1, 18], TC: [-71.7, 21.8], TK: [-171.9, -9.2], TO: [-175.2, -21.2],
  TV: [179.2, -8.5], UM: [-162.1, 5.9], VA: [12.5, 41.9], VC: [-61.2, 13.3], VG: [-64.6, 18.4], VI: [-64.8, 17.7],
  WF: [-176.2, -13.3], WS: [-172.4, -13.6], YT: [45.2, -12.8],
};

const DEFAULT_WIDTH = 640;
const DOT_RADIUS = 3;
// Keeps dots at the map's edge (Tokelau, Svalbard…) inside the viewBox.
const PADDING = DOT_RADIUS + 1;
const ANTARCTICA = "010";
// About a fifth of a pixel at the default width: invisible, yet it saves about a sixth of the bytes.
const SIMPLIFY_DEGREES = 0.1;

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

interface Shape {
  /** Null for Natural Earth's features with no ISO code (Kosovo, Somaliland, N. Cyprus): drawn as plain land. */
  code: CountryCode | null;
  d: string;
}

interface Projected {
  width: number;
  height: number;
  shapes: Shape[];
  dots: { code: CountryCode; x: string; y: string }[];
}

let cachedFeatures: FeatureCollection<Geometry, { name: string }> | undefined;
const projectedByWidth = new Map<number, Projected>();

function loadFeatures(): FeatureCollection<Geometry, { name: string }> {
  if (!cachedFeatures) {
    // Read at run time rather than imported, so the 100 KB of TopoJSON stays out of the server bundle
    // and is only parsed by the process that first draws a map.
    const topology = createRequire(import.meta.url)("world-atlas/countries-110m.json") as CountriesTopology;
    cachedFeatures = feature(simplifyArcs(topology, SIMPLIFY_DEGREES), topology.objects.countries);
  }
  return cachedFeatures;
}

function perpendicularDistance(p: number[], a: number[], b: number[]): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const length = Math.hypot(dx, dy);
  // A closed arc starts and ends on the same point: measure from that point instead.
  if (length === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
}

/**
 * Douglas–Peucker on each shared arc of the topology rather than on each country, so neighbours keep
 * identical borders and no slivers open between them. Arc ends are always kept, which is what
 * joins them up again.
 */
function simplifyArcs(topology: CountriesTopology, tolerance: number): CountriesTopology {
  const transform = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    // Quantized topologies store each arc as deltas; undo that to measure in degrees.
    let x = 0;
    let y = 0;
    const absolute = arc.map(([dx = 0, dy = 0]) => {
      if (!transform) return [dx, dy];
      x += dx;
      y += dy;
      return [x, y];
    });
    const degrees = transform
      ? absolute.map(([qx = 0, qy = 0]) => [qx * transform.scale[0] + transform.translate[0], qy * transform.scale[1] + transform.translate[1]])
      : absolute;
    const keep = new Array<boolean>(arc.length).fill(false);
    keep[0] = true;
    keep[arc.length - 1] = true;
    const stack: [number, number][] = [[0, arc.length - 1]];
    while (stack.length > 0) {
      const [start, end] = stack.pop()!;
      let farthest = -1;
      let distance = tolerance;
      for (let i = start + 1; i < end; i++) {
        const d = perpendicularDistance(degrees[i]!, degrees[start]!, degrees[end]!);
        if (d > distance) {
          distance = d;
          farthest = i;
        }
      }
      if (farthest !== -1) {
        keep[farthest] = true;
        stack.push([start, farthest], [farthest, end]);
      }
    }
    const kept = absolute.filter((_, i) => keep[i]);
    if (!transform) return kept;
    let previousX = 0;
    let previousY = 0;
    return kept.map(([qx = 0, qy = 0]) => {
      const delta = [qx - previousX, qy - previousY];
      previousX = qx;
      previousY = qy;
      return delta;
    });
  });
  return { ...topology, arcs };
}

/** Coordinates in tenths of a unit, as integers, so relative moves never accumulate rounding drift. */
function tenths(value: number): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 10);
  const fraction = abs % 10;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? "" : whole}.${fraction}`;
}

/**
 * Joins path numbers with the fewest separators SVG's grammar allows: none before a minus sign, and
 * none before ".5" when the previous number already has its decimal point ("1.2.5" is 1.2 then .5).
 */
export function joinNumbers(numbers: readonly string[]): string {
  let out = "";
  let previous = "";
  for (const n of numbers) {
    const separator = previous === "" || n.startsWith("-") || (n.startsWith(".") && previous.includes(".")) ? "" : " ";
    out += separator + n;
    previous = n;
  }
  return out;
}

/**
 * A d3-geo path context writing compact relative SVG commands at 0.1-unit precision. Rings that
 * collapse to fewer than three distinct points at that precision are dropped: they would not render.
 */
class CompactPathWriter implements GeoContext {
  private out = "";
  private ring: [number, number][] = [];
  private x = 0;
  private y = 0;
  private started = false;

  beginPath(): void {}
  arc(): void {}

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  closePath(): void {
    this.flush(true);
  }

  result(): string {
    this.flush(false);
    return this.out;
  }

  private flush(closed: boolean): void {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    if (!first || ring.length < (closed ? 3 : 2)) return;
    this.out += this.started
      ? `m${joinNumbers([tenths(first[0] - this.x), tenths(first[1] - this.y)])}`
      : `M${joinNumbers([tenths(first[0]), tenths(first[1])])}`;
    this.started = true;
    const deltas: string[] = [];
    let [x, y] = first;
    for (const [px, py] of ring.slice(1)) {
      deltas.push(tenths(px - x), tenths(py - y));
      x = px;
      y = py;
    }
    this.out += `l${joinNumbers(deltas)}`;
    if (closed) {
      this.out += "z";
      // After "z" SVG puts the current point back at the ring's start.
      [x, y] = first;
    }
    this.x = x;
    this.y = y;
  }
}

function project(width: number): Projected {
  const cached = projectedByWidth.get(width);
  if (cached) return cached;

  const land = loadFeatures().features.filter((country) => country.id !== ANTARCTICA);
  const dotCodes = COUNTRY_CODES.filter((code) => DOT_POSITIONS[code]);
  const dotPoints: Feature<MultiPoint> = {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiPoint", coordinates: dotCodes.map((code) => [...DOT_POSITIONS[code]!]) },
  };
  const projection = geoNaturalEarth1().fitWidth(width - 2 * PADDING, {
    type: "FeatureCollection",
    features: [...land, dotPoints],
  });
  const [tx, ty] = projection.translate();
  projection.translate([tx + PADDING, ty + PADDING]);

  const byNumeric = new Map(COUNTRY_CODES.map((code) => [numericCodeFor(code), code]));
  const shapes: Shape[] = [];
  let bottom = 0;
  for (const country of land) {
    const writer = new CompactPathWriter();
    geoPath(projection, writer)(country);
    const d = writer.result();
    if (d === "") continue;
    bottom = Math.max(bottom, geoPath(projection).bounds(country)[1][1]);
    shapes.push({ code: byNumeric.get(String(country.id)) ?? null, d });
  }
  const dots = dotCodes.flatMap((code) => {
    const point = projection([...DOT_POSITIONS[code]!]);
    if (!point) return [];
    bottom = Math.max(bottom, point[1]);
    return [{ code, x: tenths(Math.round(point[0] * 10)), y: tenths(Math.round(point[1] * 10)) }];
  });

  const projected: Projected = { width, height: Math.ceil(bottom + PADDING), shapes, dots };
  // Widths come from page code, not requests, so this holds a handful of entries at most.
  projectedByWidth.set(width, projected);
  return projected;
}

export interface WorldMapOptions {
  title: string;
  description: string;
  /** viewBox and intrinsic width; the CSS scales the map to its container. */
  width?: number;
  /** For country names and numbers in the per-country tooltips; defaults to English. */
  locale?: string;
  /** Prefix for the title and desc ids, so two SVGs on one page do not share ids. */
  idPrefix?: string;
}

/**
 * A choropleth of signatures per country as a self-contained SVG string, styled only through
 * `map-b0`…`map-b5` classes because the CSP forbids inline styles.
 */
export function renderWorldMapSvg(counts: Record<string, number>, options: WorldMapOptions): string {
  const requested = Math.round(options.width ?? DEFAULT_WIDTH);
  const width = Number.isFinite(requested) && requested >= 100 ? Math.min(requested, 4000) : DEFAULT_WIDTH;
  const locale = options.locale ?? "en";
  const idPrefix = escapeXml(options.idPrefix ?? "world-map");
  const map = project(width);

  // Keys are matched case-insensitively; unknown codes and non-positive or non-numeric counts are ignored.
  const signatures = new Map<CountryCode, number>();
  for (const [key, value] of Object.entries(counts)) {
    const code = key.toUpperCase();
    if (isCountryCode(code) && typeof value === "number" && value > 0 && Number.isFinite(value)) {
      signatures.set(code, (signatures.get(code) ?? 0) + value);
    }
  }
  const countFor = (code: CountryCode): number => signatures.get(code) ?? 0;
  const tooltip = (code: CountryCode, count: number): string =>
    `<title>${escapeXml(`${countryName(code, locale)}: ${formatNumber(count, locale)}`)}</title>`;

  let body = "";
  for (const shape of map.shapes) {
    const count = shape.code ? countFor(shape.code) : 0;
    const bucket = mapBucket(count);
    body +=
      shape.code && bucket > 0
        ? `<path class="map-b${bucket}" d="${shape.d}">${tooltip(shape.code, count)}</path>`
        : `<path class="map-b0" d="${shape.d}"/>`;
  }
  // Only countries with signatures get a dot: seventy grey dots would just be noise.
  let dots = "";
  for (const dot of map.dots) {
    const count = countFor(dot.code);
    if (count === 0) continue;
    dots += `<circle class="map-b${mapBucket(count)}" cx="${dot.x}" cy="${dot.y}" r="${DOT_RADIUS}">${tooltip(dot.code, count)}</circle>`;
  }

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="world-map" viewBox="0 0 ${map.width} ${map.height}" ` +
    `width="${map.width}" height="${map.height}" role="img" ` +
    `aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc">` +
    `<title id="${idPrefix}-title">${escapeXml(options.title)}</title>` +
    `<desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc>` +
    `<g class="map-land">${body}</g>` +
    (dots === "" ? "" : `<g class="map-dots">${dots}</g>`) +
    `</svg>`
  );
}

