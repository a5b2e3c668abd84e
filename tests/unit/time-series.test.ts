import { describe, expect, it } from "vitest";
import { renderTimeSeriesSvg, type TimeSeriesPoint } from "~/lib/time-series.server";

const HOUR = 60 * 60 * 1000;
const START = Date.UTC(2025, 2, 1, 0);
const at = (hour: number) => new Date(START + hour * HOUR);
const options = { title: "Signatures over time", description: "Total signatures since launch.", locale: "en" };

/** Tags balance, attributes are quoted, text holds no raw "<" or stray "&" (no XML parser among the dependencies). */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < svg.length) {
    if (svg[i] === "<") {
      tag.lastIndex = i;
      const match = tag.exec(svg);
      if (!match) throw new Error(`malformed tag at ${i}: ${svg.slice(i, i + 60)}`);
      const [whole, closing, name = "", , selfClosing] = match;
      if (closing) {
        const open = stack.pop();
        if (open !== name) throw new Error(`</${name}> closes <${open}> at ${i}`);
      } else if (!selfClosing) {
        stack.push(name);
      }
      i += whole.length;
    } else {
      const end = svg.indexOf("<", i);
      const text = svg.slice(i, end === -1 ? svg.length : end);
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(text)) throw new Error(`unescaped & in text: ${text}`);
      if (stack.length === 0 && text.trim() !== "") throw new Error(`text outside the root: ${text}`);
      i += text.length;
    }
  }
  expect(stack).toEqual([]);
}

/** Absolute vertices of the line: "M x y" then relative "l" pairs. */
function lineVertices(svg: string): [number, number][] {
  const d = /<path class="ts-line" d="([^"]*)"/.exec(svg)?.[1];
  if (d === undefined) throw new Error("no line");
  expect(d).toMatch(/^M[-\d. ]+l[-\d. ]+$/);
  const [move = "", rest = ""] = d.slice(1).split("l");
  const parse = (text: string) => (text.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
  const [x0 = Number.NaN, y0 = Number.NaN] = parse(move);
  const points: [number, number][] = [[x0, y0]];
  const deltas = parse(rest);
  expect(deltas.length % 2).toBe(0);
  for (let i = 0; i < deltas.length; i += 2) {
    const [x, y] = points[points.length - 1]!;
    points.push([Math.round((x + deltas[i]!) * 10) / 10, Math.round((y + deltas[i + 1]!) * 10) / 10]);
  }
  return points;
}

function viewBox(svg: string): { width: number; height: number } {
  const [, width = 0, height = 0] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
  return { width, height };
}

describe("renderTimeSeriesSvg", () => {
  it("draws a well-formed, accessible chart with no inline styles", () => {
    const svg = renderTimeSeriesSvg([{ at: at(0), count: 3 }, { at: at(1), count: 4 }], options);
    assertWellFormed(svg);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="signatures-chart-title"');
    expect(svg).toContain('aria-describedby="signatures-chart-desc"');
    expect(svg).toContain('<title id="signatures-chart-title">Signatures over time</title>');
    expect(svg).toContain('<desc id="signatures-chart-desc">Total signatures since launch.</desc>');
    expect(svg).toContain('<path class="ts-area"');
    expect(svg).not.toMatch(/style|fill=|stroke=/i);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("escapes every text it includes", () => {
    const svg = renderTimeSeriesSvg([{ at: at(0), count: 1 }, { at: at(5), count: 1 }], {
      ...options,
      title: `<script>&"`,
      description: "</desc><script>x</script>",
      idPrefix: `a"b`,
    });
    assertWellFormed(svg);
    expect(svg).not.toContain("<script");
    expect(svg).toContain(">&lt;script&gt;&amp;&quot;</title>");
    const empty = renderTimeSeriesSvg([], { ...options, emptyLabel: "<b>None & nobody</b>" });
    assertWellFormed(empty);
    expect(empty).toContain("&lt;b&gt;None &amp; nobody&lt;/b&gt;");
  });

  it("rises monotonically and stays flat across hours with no signatures", () => {
    const points: TimeSeriesPoint[] = [
      { at: at(0), count: 10 },
      { at: at(1), count: 10 },
      { at: at(2), count: 10 },
      // Hours 3 to 9 are missing: nobody signed.
      { at: at(10), count: 30 },
    ];
    const svg = renderTimeSeriesSvg(points, { ...options, width: 222 });
    assertWellFormed(svg);
    const line = lineVertices(svg);
    for (let i = 1; i < line.length; i++) {
      expect(line[i]![0]).toBeGreaterThanOrEqual(line[i - 1]![0]);
      // SVG y grows downwards, so a growing total means y never increases.
      expect(line[i]![1]).toBeLessThanOrEqual(line[i - 1]![1]);
    }
    const { height } = viewBox(svg);
    // Plot from x=1 to x=221 over 11 hours: 20 units an hour; y from 22 to height-24 over 60 signatures.
    const xAt = (hour: number) => 1 + hour * 20;
    const yAt = (total: number) => height - 24 - (total * (height - 46)) / 60;
    expect(line[0]).toEqual([xAt(0), yAt(0)]);
    expect(line.at(-1)).toEqual([xAt(11), yAt(60)]);
    const flatStart = line.findIndex(([x, y]) => x === xAt(3) && Math.abs(y - yAt(30)) < 0.06);
    expect(flatStart).toBeGreaterThan(-1);
    expect(line[flatStart + 1]![0]).toBe(xAt(10));
    expect(line[flatStart + 1]![1]).toBe(line[flatStart]![1]);
  });

  it("does not depend on the order of points, and merges points in the same hour", () => {
    const sorted = renderTimeSeriesSvg([{ at: at(0), count: 5 }, { at: at(3), count: 2 }, { at: at(7), count: 1 }], options);
    const shuffled = renderTimeSeriesSvg(
      [{ at: at(7), count: 1 }, { at: at(3), count: 1 }, { at: at(0), count: 5 }, { at: at(3), count: 1 }],
      options,
    );
    expect(shuffled).toBe(sorted);
  });

  it("labels the total and the first and last dates in the locale", () => {
    const points = [{ at: at(0), count: 1_000 }, { at: at(24 * 40), count: 234 }];
    const en = renderTimeSeriesSvg(points, options);
    expect(en).toContain(">1,234</text>");
    expect(en).toContain(">Mar 1, 2025</text>");
    expect(en).toContain(">Apr 10, 2025</text>");
    const fr = renderTimeSeriesSvg(points, { ...options, locale: "fr" });
    expect(fr).toContain(`>${new Intl.NumberFormat("fr").format(1_234)}</text>`);
    expect(fr).toContain(">1 mars 2025</text>");
    expect(fr).toContain(">10 avr. 2025</text>");
  });

  it("adds the time when the chart spans less than a day", () => {
    const svg = renderTimeSeriesSvg([{ at: at(9), count: 1 }, { at: at(12), count: 1 }], options);
    const labels = [...svg.matchAll(/<text class="ts-label[^"]*"[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text);
    expect(labels[1]).not.toBe(labels[2]);
    expect(labels[1]).toMatch(/9:00/);
    expect(labels[2]).toMatch(/1:00/);
  });

  it("renders an empty state for no points, one point or only unusable points", () => {
    const cases: TimeSeriesPoint[][] = [
      [],
      [{ at: at(0), count: 12 }],
      [{ at: at(0), count: 0 }, { at: at(1), count: 0 }],
      [
        { at: new Date(Number.NaN), count: 3 },
        { at: at(1), count: Number.NaN },
        { at: at(2), count: -4 },
        { at: at(3), count: Number.POSITIVE_INFINITY },
      ],
    ];
    for (const points of cases) {
      const svg = renderTimeSeriesSvg(points, options);
      assertWellFormed(svg);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(svg).not.toContain("<path");
      expect(svg).toContain('<line class="ts-axis"');
      expect(svg).toContain("<title");
    }
    expect(renderTimeSeriesSvg([], { ...options, emptyLabel: "No signatures yet" })).toContain(">No signatures yet</text>");
  });

  it("draws a line for a first busy hour followed by a zero point marking now", () => {
    const svg = renderTimeSeriesSvg([{ at: at(0), count: 7 }, { at: at(1), count: 0 }], options);
    expect(svg).toContain('class="ts-line"');
    expect(svg).toContain(">7</text>");
  });

  it("ignores unusable points among good ones", () => {
    const svg = renderTimeSeriesSvg(
      [{ at: at(0), count: 2 }, { at: new Date(Number.NaN), count: 5 }, { at: at(4), count: -1 }, { at: at(5), count: 2 }],
      options,
    );
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(svg).toContain(">4</text>");
  });

  it("falls back to the default size for unusable dimensions", () => {
    const points = [{ at: at(0), count: 1 }, { at: at(1), count: 1 }];
    expect(viewBox(renderTimeSeriesSvg(points, { ...options, width: Number.NaN, height: -5 }))).toEqual({ width: 400, height: 160 });
    expect(viewBox(renderTimeSeriesSvg(points, { ...options, width: 600, height: 240 }))).toEqual({ width: 600, height: 240 });
  });

  it("stays small for a petition that has run for months", () => {
    const points: TimeSeriesPoint[] = [];
    for (let hour = 0; hour < 24 * 120; hour++) {
      // Quiet nights, a slow decline and a two-week gap in the middle.
      if (hour % 24 >= 7 && (hour < 1_200 || hour > 1_536)) points.push({ at: at(hour), count: 1 + ((hour * 7919) % 40) });
    }
    const svg = renderTimeSeriesSvg(points, options);
    assertWellFormed(svg);
    const line = lineVertices(svg);
    for (let i = 1; i < line.length; i++) expect(line[i]![1]).toBeLessThanOrEqual(line[i - 1]![1]);
    // Thinning must keep the gap flat: from hour 1200 to 1543 of a 7–2880 span, 398 units wide.
    const gap = ((1_543 - 1_200) / (2_880 - 7)) * 398;
    const flats = line.slice(1).map(([x, y], i) => (y === line[i]![1] ? x - line[i]![0] : 0));
    expect(Math.max(...flats)).toBeGreaterThan(gap - 1);
    expect(Math.max(...flats)).toBeLessThan(gap + 1);
    expect(Buffer.byteLength(svg)).toBeLessThan(8 * 1024);
  });
});
