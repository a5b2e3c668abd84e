import { formatNumber } from "~/lib/format";
import { escapeXml, joinNumbers } from "~/lib/world-map.server";

const HOUR_MS = 60 * 60 * 1000;
const DEFAULT_WIDTH = 400;
const DEFAULT_HEIGHT = 160;
// Room above the plot for the maximum, below it for the dates. In viewBox units: the CSS caps the
// chart's width so these labels stay readable between a phone and a desktop column.
const TOP = 22;
const BOTTOM = 24;
const SIDE = 1;
// One vertex pair per column of this many units at most, however many hours the petition has run:
// keeps a months-old petition's chart as small as a day-old one's.
const COLUMN = 2;

export interface TimeSeriesPoint {
  /** Start of an hourly bucket. */
  at: Date;
  /** Signatures received during that hour. */
  count: number;
}

export interface TimeSeriesOptions {
  title: string;
  description: string;
  locale: string;
  width?: number;
  height?: number;
  /** Shown in place of the chart when there is not enough data to draw one. */
  emptyLabel?: string;
  /** Prefix for the title and desc ids, so two SVGs on one page do not share ids. */
  idPrefix?: string;
}

/** Tenths of a unit as integers, so relative moves never accumulate rounding drift. */
function tenths(value: number): string {
  const text = String(value / 10);
  return text.replace(/^(-?)0\./, "$1.");
}

function pathData(vertices: [number, number][]): string {
  const [first, ...rest] = vertices;
  if (!first) return "";
  let [x, y] = first;
  const deltas: string[] = [];
  for (const [px, py] of rest) {
    deltas.push(tenths(px - x), tenths(py - y));
    x = px;
    y = py;
  }
  return `M${joinNumbers([tenths(first[0]), tenths(first[1])])}${deltas.length > 0 ? `l${joinNumbers(deltas)}` : ""}`;
}

function clampSize(value: number | undefined, fallback: number, min: number): number {
  const rounded = Math.round(value ?? fallback);
  return Number.isFinite(rounded) && rounded >= min ? Math.min(rounded, 4000) : fallback;
}

function dateLabels(start: number, end: number, locale: string): [string, string] {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const [from, to] = [day.format(start), day.format(end)];
  if (from !== to) return [from, to];
  // A chart spanning less than a day would otherwise be labelled with the same date twice.
  const hour = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return [hour.format(start), hour.format(end)];
}

/**
 * Cumulative signatures over time as a self-contained SVG string, styled only through `ts-*` classes
 * because the CSP forbids inline styles. Hours missing from `points` had no signatures: the curve
 * stays flat across them instead of sloping from one bucket to the next.
 */
export function renderTimeSeriesSvg(points: TimeSeriesPoint[], options: TimeSeriesOptions): string {
  const width = clampSize(options.width, DEFAULT_WIDTH, 100);
  const height = clampSize(options.height, DEFAULT_HEIGHT, TOP + BOTTOM + 20);
  const idPrefix = escapeXml(options.idPrefix ?? "signatures-chart");
  const left = SIDE;
  const right = width - SIDE;
  const top = TOP;
  const bottom = height - BOTTOM;

  // Merge buckets sharing an hour and ignore anything that would turn into NaN further down.
  // Zero-count points are kept: they extend the flat line to a moment (e.g. "now").
  const byHour = new Map<number, number>();
  for (const point of points) {
    const at = point.at instanceof Date ? point.at.getTime() : Number.NaN;
    if (!Number.isFinite(at) || !(point.count >= 0) || !Number.isFinite(point.count)) continue;
    byHour.set(at, (byHour.get(at) ?? 0) + point.count);
  }
  const buckets = [...byHour].sort(([a], [b]) => a - b);

  const open =
    `<svg xmlns="http://www.w3.org/2000/svg" class="time-series" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" role="img" ` +
    `aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc">` +
    `<title id="${idPrefix}-title">${escapeXml(options.title)}</title>` +
    `<desc id="${idPrefix}-desc">${escapeXml(options.description)}</desc>`;
  const baseline = `<line class="ts-axis" x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}"/>`;

  // One bucket is a single step over one hour: too little to read as a trend; all zeros is nothing at all.
  if (buckets.length < 2 || buckets.every(([, count]) => count === 0)) {
    const label = options.emptyLabel
      ? `<text class="ts-label ts-middle" x="${width / 2}" y="${Math.round((top + bottom) / 2)}">${escapeXml(options.emptyLabel)}</text>`
      : "";
    return `${open}${baseline}${label}</svg>`;
  }

  const start = buckets[0]![0];
  const end = buckets[buckets.length - 1]![0] + HOUR_MS;
  const total = buckets.reduce((sum, [, count]) => sum + count, 0);
  const xScale = (right - left) / (end - start);
  const yScale = (bottom - top) / total;
  // Integer tenths of a unit: the precision the path is written at.
  const vertex = (at: number, cumulative: number): [number, number] => [
    Math.round((left + (at - start) * xScale) * 10),
    Math.round((bottom - cumulative * yScale) * 10),
  ];

  // The curve is flat before each bucket and rises across its hour.
  const steps: [number, number][] = [vertex(start, 0)];
  let cumulative = 0;
  for (const [at, count] of buckets) {
    steps.push(vertex(at, cumulative));
    cumulative += count;
    steps.push(vertex(at + HOUR_MS, cumulative));
  }

  // Cumulative counts only grow, so within a column the first and last vertices bound all the others;
  // keeping both preserves the corner where a flat gap ends.
  const columnOf = (x: number): number => Math.floor(x / (COLUMN * 10));
  const thinned: [number, number][] = [];
  for (let i = 0; i < steps.length; i++) {
    const current = steps[i]!;
    const previous = steps[i - 1];
    const next = steps[i + 1];
    const firstInColumn = !previous || columnOf(previous[0]) !== columnOf(current[0]);
    const lastInColumn = !next || columnOf(next[0]) !== columnOf(current[0]);
    if (firstInColumn || lastInColumn) thinned.push(current);
  }
  // Drop repeats and the middle of straight horizontal or vertical runs.
  const vertices: [number, number][] = [];
  for (const point of thinned) {
    const last = vertices[vertices.length - 1];
    const beforeLast = vertices[vertices.length - 2];
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    if (last && beforeLast && ((beforeLast[0] === last[0] && last[0] === point[0]) || (beforeLast[1] === last[1] && last[1] === point[1]))) {
      vertices[vertices.length - 1] = point;
      continue;
    }
    vertices.push(point);
  }

  const line = pathData(vertices);
  const [from, to] = dateLabels(start, end, options.locale);
  return (
    open +
    `<line class="ts-grid" x1="${left}" y1="${top}" x2="${right}" y2="${top}"/>` +
    `<path class="ts-area" d="${line}V${bottom}H${left}z"/>` +
    `<path class="ts-line" d="${line}"/>` +
    baseline +
    `<text class="ts-label" x="${left}" y="${top - 6}">${escapeXml(formatNumber(total, options.locale))}</text>` +
    `<text class="ts-label" x="${left}" y="${height - 6}">${escapeXml(from)}</text>` +
    `<text class="ts-label ts-end" x="${right}" y="${height - 6}">${escapeXml(to)}</text>` +
    `</svg>`
  );
}
