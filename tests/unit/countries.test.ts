import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName, countryOptions, isCountryCode, numericCodeFor } from "~/lib/countries";

interface Atlas {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
}
const require = createRequire(import.meta.url);
const atlasNames = (scale: "110m" | "10m"): Map<string, string> =>
  // require caches the parsed file, so the 3.6 MB 1:10m atlas is read once for the whole file.
  new Map(
    (require(`world-atlas/countries-${scale}.json`) as Atlas).objects.countries.geometries.flatMap((g) =>
      g.id ? [[g.id, g.properties.name] as const] : [],
    ),
  );

// Too small for the 1:110m atlas. The world map draws these as dots (tests/unit/world-map.test.ts
// checks that), so this list only has to change if world-atlas is upgraded.
const ABSENT_FROM_110M = (
  "AD AG AI AS AW AX BB BH BL BM BQ BV CC CK CV CW CX DM FM FO GD GF GG GI GP GS GU HK HM IM IO JE KI KM KN KY LC LI " +
  "MC MF MH MO MP MQ MS MT MU MV NF NR NU PF PM PN PW RE SC SG SH SJ SM ST SX TC TK TO TV UM VA VC VG VI WF WS YT"
).split(" ");
// Natural Earth folds these into another country even at 1:10m (French overseas departments into
// France, Svalbard into Norway…) or leaves them out.
const ABSENT_FROM_10M = "BQ BV CC CX GF GP MQ RE SJ TK YT".split(" ");

describe("COUNTRY_CODES", () => {
  it("lists every current ISO 3166-1 country once, sorted", () => {
    expect(COUNTRY_CODES.length).toBe(249);
    expect(new Set(COUNTRY_CODES).size).toBe(COUNTRY_CODES.length);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const code of ["SN", "FR", "UA", "VN", "KG", "TZ", "NG", "US", "PS", "TW", "AQ"]) expect(COUNTRY_CODES).toContain(code);
    // User-assigned and withdrawn codes are not ISO countries.
    for (const code of ["XK", "UK", "EU", "AN", "YU"]) expect(COUNTRY_CODES).not.toContain(code);
  });

  it("is frozen, so no caller can add to it", () => {
    expect(Object.isFrozen(COUNTRY_CODES)).toBe(true);
  });
});

describe("isCountryCode", () => {
  it("accepts listed codes only", () => {
    expect(isCountryCode("SN")).toBe(true);
    for (const value of ["sn", "XK", "", "SEN", "toString", "__proto__", "hasOwnProperty", 686, null, undefined, {}]) {
      expect(isCountryCode(value)).toBe(false);
    }
  });
});

describe("numericCodeFor", () => {
  it("gives world-atlas style 3-digit ids", () => {
    expect(numericCodeFor("US")).toBe("840");
    expect(numericCodeFor("SN")).toBe("686");
    expect(numericCodeFor("AF")).toBe("004");
    expect(numericCodeFor("GB")).toBe("826");
    const numerics = COUNTRY_CODES.map(numericCodeFor);
    for (const numeric of numerics) expect(numeric).toMatch(/^\d{3}$/);
    expect(new Set(numerics).size).toBe(numerics.length);
  });

  it("matches the country world-atlas gives that id", () => {
    const names = atlasNames("10m");
    const expected: Record<string, string> = {
      SN: "Senegal", FR: "France", UA: "Ukraine", VN: "Vietnam", KG: "Kyrgyzstan", TZ: "Tanzania", NG: "Nigeria",
      US: "United States of America", CD: "Dem. Rep. Congo", CG: "Congo", KR: "South Korea", KP: "North Korea",
      SS: "S. Sudan", SD: "Sudan", NE: "Niger", GN: "Guinea", GW: "Guinea-Bissau", MK: "Macedonia", SG: "Singapore",
    };
    for (const [code, name] of Object.entries(expected)) {
      if (!isCountryCode(code)) throw new Error(code);
      expect(names.get(numericCodeFor(code)), code).toBe(name);
    }
  });

  it("finds every country in the 1:110m atlas except the documented small ones", () => {
    const ids = atlasNames("110m");
    const absent = COUNTRY_CODES.filter((code) => !ids.has(numericCodeFor(code)));
    expect(absent).toEqual(ABSENT_FROM_110M);
  });

  it("finds every country in the 1:10m atlas except those Natural Earth merges away", () => {
    const ids = atlasNames("10m");
    expect(COUNTRY_CODES.filter((code) => !ids.has(numericCodeFor(code)))).toEqual(ABSENT_FROM_10M);
  });
});

describe("countryName", () => {
  it("localises names", () => {
    expect(countryName("SN", "fr")).toBe("Sénégal");
    expect(countryName("SN", "en")).toBe("Senegal");
    expect(countryName("DE", "fr")).toBe("Allemagne");
    expect(countryName("CI", "fr")).toBe("Côte d’Ivoire");
  });

  it("has a real name, not the code, for every country", () => {
    for (const locale of ["en", "fr"]) {
      for (const code of COUNTRY_CODES) expect(countryName(code, locale), code).not.toBe(code);
    }
  });
});

describe("countryOptions", () => {
  it("lists every country, sorted for the locale", () => {
    const options = countryOptions("fr");
    expect(options.map((option) => option.code).sort()).toEqual(COUNTRY_CODES);
    const collator = new Intl.Collator("fr");
    for (let i = 1; i < options.length; i++) {
      expect(collator.compare(options[i - 1]!.name, options[i]!.name)).toBeLessThanOrEqual(0);
    }
    // Accented initials sort with their base letter, not after Z as a code-point sort would put them.
    const names = options.map((option) => option.name);
    expect(names.indexOf("Égypte")).toBeGreaterThan(names.indexOf("Danemark"));
    expect(names.indexOf("Égypte")).toBeLessThan(names.indexOf("Fidji"));
    expect(options).toContainEqual({ code: "SN", name: "Sénégal" });
  });

  it("differs by locale", () => {
    expect(countryOptions("en")).toContainEqual({ code: "DE", name: "Germany" });
    expect(countryOptions("fr")).toContainEqual({ code: "DE", name: "Allemagne" });
  });

  it("is not corrupted when a caller mutates its result", () => {
    const first = countryOptions("fr");
    const snapshot = first.map((option) => ({ ...option }));
    first.reverse();
    first.pop();
    expect(countryOptions("fr")).toEqual(snapshot);
  });
});
