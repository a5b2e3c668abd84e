import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName } from "~/lib/countries";
import { escapeXml, joinNumbers, mapBucket, mapLegend, renderWorldMapSvg } from "~/lib/world-map.server";

const options = { title: "Signatures by country", description: "Where supporters signed from." };

/**
 * A deliberately small well-formedness check (no XML parser among the dependencies): tags balance,
 * attribute values are quoted, and text holds no raw "<" or stray "&".
 */
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
  expect(svg.startsWith("<svg ")).toBe(true);
}

/** Absolute vertices of the M/m/l/z path data the map writes. */
function vertices(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, command = "", args = ""] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const numbers = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (command === "z" || command === "Z") {
      [x, y] = start;
      continue;
    }
    expect(numbers.length % 2, d.slice(0, 80)).toBe(0);
    for (let n = 0; n < numbers.length; n += 2) {
      const relative = command === "m" || command === "l";
      x = (relative ? x : 0) + numbers[n]!;
      y = (relative ? y : 0) + numbers[n + 1]!;
      if (n === 0 && (command === "M" || command === "m")) start = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}

const paths = (svg: string) => [...svg.matchAll(/<path class="(map-b\d)" d="([^"]*)"(?:\/>|>(.*?)<\/path>)/g)];

describe("escapeXml", () => {
  it("escapes markup and quotes", () => {
    expect(escapeXml(`<script>&"'`)).toBe("&lt;script&gt;&amp;&quot;&#39;");
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("drops characters XML cannot carry and keeps everything else", () => {
    expect(escapeXml("a\u0000b\u001Fc\tok\n")).toBe("abc\tok\n");
    expect(escapeXml("x\uD800y\uDC00z")).toBe("xyz");
    expect(escapeXml("Sénégal 😀 Україна")).toBe("Sénégal 😀 Україна");
  });
});

describe("joinNumbers", () => {
  it("writes the fewest separators the path grammar allows", () => {
    expect(joinNumbers(["1.2", ".5", "-3", "4", ".5", "6"])).toBe("1.2.5-3 4 .5 6");
  });
});

describe("mapBucket and mapLegend", () => {
  it("buckets by decade, with 0 for no or bad counts", () => {
    expect([0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 5_000_000].map(mapBucket)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect([-1, Number.NaN, 0.5].map(mapBucket)).toEqual([0, 0, 0]);
  });

  it("describes exactly the buckets mapBucket uses", () => {
    expect(mapLegend.map((entry) => entry.className)).toEqual(["map-b0", "map-b1", "map-b2", "map-b3", "map-b4", "map-b5"]);
    for (const entry of mapLegend) {
      expect(mapBucket(entry.min)).toBe(entry.bucket);
      if (entry.max !== null) {
        expect(mapBucket(entry.max)).toBe(entry.bucket);
        expect(mapBucket(entry.max + 1)).toBe(entry.bucket + 1);
      }
    }
    expect(mapLegend.at(-1)?.max).toBeNull();
  });
});

describe("renderWorldMapSvg", () => {
  it("is well-formed, accessible and free of inline styles", () => {
    const svg = renderWorldMapSvg({ SN: 12, FR: 3_000 }, options);
    assertWellFormed(svg);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-labelledby="world-map-title"');
    expect(svg).toContain('aria-describedby="world-map-desc"');
    expect(svg).toContain('<title id="world-map-title">Signatures by country</title>');
    expect(svg).toContain('<desc id="world-map-desc">Where supporters signed from.</desc>');
    expect(svg).not.toMatch(/style/i);
    expect(svg).not.toMatch(/fill=|stroke=/);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("escapes the title and description", () => {
    const svg = renderWorldMapSvg({}, { title: `</title><script>alert(1)</script>&"`, description: `a < b & "c"` });
    assertWellFormed(svg);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;");
    expect(svg).toContain("<desc id=\"world-map-desc\">a &lt; b &amp; &quot;c&quot;</desc>");
    const prefixed = renderWorldMapSvg({}, { ...options, idPrefix: `x"><script>` });
    assertWellFormed(prefixed);
    expect(prefixed).not.toContain("<script");
  });

  it("draws every country within the viewBox with clean path data", () => {
    const svg = renderWorldMapSvg({}, { ...options, width: 320 });
    const [, width = 0, height = 0] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    expect(width).toBe(320);
    expect(height).toBeGreaterThan(120);
    expect(height).toBeLessThan(200);
    const shapes = paths(svg);
    expect(shapes.length).toBeGreaterThan(170);
    expect(svg.match(/<path /g)).toHaveLength(shapes.length);
    const all: [number, number][] = [];
    for (const [, , d = ""] of shapes) {
      expect(d).toMatch(/^M[-\d. ]+l[-\d. lmz]+$/);
      all.push(...vertices(d));
    }
    const xs = all.map(([x]) => x);
    const ys = all.map(([, y]) => y);
    // Spans the width (the projection is fitted to it) without spilling outside the viewBox.
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.min(...xs)).toBeLessThan(10);
    expect(Math.max(...xs)).toBeLessThanOrEqual(width);
    expect(Math.max(...xs)).toBeGreaterThan(width - 10);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(height);
  });

  it("shades countries with signatures and leaves the rest at b0", () => {
    const svg = renderWorldMapSvg({ SN: 12, FR: 3_000, BR: 1 }, options);
    const shaded = paths(svg).filter(([, className]) => className !== "map-b0");
    expect(shaded.map(([, className, , title]) => [className, title])).toEqual(
      expect.arrayContaining([
        ["map-b2", "<title>Senegal: 12</title>"],
        ["map-b4", "<title>France: 3,000</title>"],
        ["map-b1", "<title>Brazil: 1</title>"],
      ]),
    );
    expect(shaded).toHaveLength(3);
    // Unshaded countries carry no title: that keeps the SVG small.
    expect(svg.match(/<title>/g)).toHaveLength(3);
    expect(svg).not.toContain("<circle");
  });

  it("ignores unknown codes and unusable counts, and accepts lower-case codes", () => {
    // JSON.parse, unlike an object literal, makes "__proto__" an own key, as a decoded request body would.
    const counts = Object.assign(JSON.parse('{"__proto__": 4, "constructor": 2, "SN ": 3}') as Record<string, number>, {
      sn: 12,
      XK: 5,
      XX: 9,
      FR: -3,
      DE: Number.NaN,
      IT: Number.POSITIVE_INFINITY,
      ES: "7" as unknown as number,
    });
    const svg = renderWorldMapSvg(counts, options);
    const shaded = paths(svg).filter(([, className]) => className !== "map-b0");
    expect(shaded.map(([, className, , title]) => [className, title])).toEqual([["map-b2", "<title>Senegal: 12</title>"]]);
  });

  it("draws countries too small for the atlas as dots, and only when they have signatures", () => {
    const svg = renderWorldMapSvg({ SG: 40, MT: 3 }, options);
    assertWellFormed(svg);
    expect(svg).toMatch(/<circle class="map-b2" cx="[\d.]+" cy="[\d.]+" r="3"><title>Singapore: 40<\/title><\/circle>/);
    expect(svg).toMatch(/<circle class="map-b1" [^>]*><title>Malta: 3<\/title><\/circle>/);
    expect(svg.match(/<circle /g)).toHaveLength(2);
  });

  it("can show a signature from every country but Antarctica", () => {
    const everywhere = Object.fromEntries(COUNTRY_CODES.map((code) => [code, 1]));
    const svg = renderWorldMapSvg(everywhere, options);
    assertWellFormed(svg);
    const titles = [...svg.matchAll(/<title>(.*?): 1<\/title>/g)].map(([, name]) => name);
    const expected = COUNTRY_CODES.filter((code) => code !== "AQ").map((code) => escapeXml(countryName(code, "en")));
    expect(titles.sort()).toEqual(expected.sort());
  });

  it("localises country names and numbers", () => {
    const svg = renderWorldMapSvg({ SN: 1_234, CI: 2 }, { ...options, locale: "fr" });
    expect(svg).toContain(`<title>Sénégal: ${new Intl.NumberFormat("fr").format(1_234)}</title>`);
    expect(svg).toContain("<title>Côte d’Ivoire: 2</title>");
  });

  it("is deterministic, whatever the order of the counts", () => {
    const a = renderWorldMapSvg({ SN: 12, FR: 3_000, SG: 2 }, options);
    const b = renderWorldMapSvg({ SG: 2, FR: 3_000, SN: 12 }, options);
    expect(a).toBe(b);
    expect(renderWorldMapSvg({}, options)).toBe(renderWorldMapSvg({}, options));
  });

  it("stays within the page-weight budget", () => {
    const empty = renderWorldMapSvg({}, options);
    const sixty = Object.fromEntries(COUNTRY_CODES.filter((_, i) => i % 4 === 0).slice(0, 60).map((code, i) => [code, 10 ** (i % 5)]));
    expect(Object.keys(sixty)).toHaveLength(60);
    const busy = renderWorldMapSvg(sixty, options);
    expect(Buffer.byteLength(empty)).toBeLessThan(56 * 1024);
    expect(Buffer.byteLength(busy)).toBeLessThan(60 * 1024);
  });
});
