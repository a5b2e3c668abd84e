import { describe, expect, it } from "vitest";
import { canonicalEmail, domainMatches, emailDomain } from "~/lib/canonical-email";
import { currentGoal } from "~/lib/counting.server";

describe("canonicalEmail", () => {
  it.each([
    ["Aminata@Example.ORG", "aminata@example.org"],
    ["  aminata+petition@example.org ", "aminata@example.org"],
    ["a.m.i.n.a.t.a@gmail.com", "aminata@gmail.com"],
    ["Ami.Nata+x+y@GoogleMail.com", "aminata@gmail.com"],
    ["first.last@example.org", "first.last@example.org"],
    ["+only@example.org", "+only@example.org"],
    ["олена@приклад.укр", "олена@приклад.укр"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalEmail(input)).toBe(expected);
  });
});

describe("email domains", () => {
  it("extracts the domain in lower case", () => {
    expect(emailDomain("Officer@Police.Example.")).toBe("police.example");
  });

  it("matches a listed domain and its subdomains only", () => {
    expect(domainMatches("police.example", ["police.example"])).toBe(true);
    expect(domainMatches("hq.police.example", ["@Police.Example"])).toBe(true);
    expect(domainMatches("notpolice.example", ["police.example"])).toBe(false);
    expect(domainMatches("police.example.org", ["police.example"])).toBe(false);
    expect(domainMatches("police.example", [""])).toBe(false);
  });
});

describe("currentGoal", () => {
  it("climbs the ladder as the total passes each rung", () => {
    expect([0, 99, 100, 499, 500, 4_999, 10_000, 99_999, 1_000_000, 2_500_000].map((n) => currentGoal(n, null, false))).toEqual([
      100, 100, 500, 500, 1_000, 5_000, 50_000, 100_000, 2_000_000, 4_000_000,
    ]);
  });

  it("keeps a fixed goal, and starts an automatic one no lower than the organiser's", () => {
    expect(currentGoal(20_000, 5_000, true)).toBe(5_000);
    expect(currentGoal(10, 5_000, false)).toBe(5_000);
    expect(currentGoal(6_000, 5_000, false)).toBe(10_000);
  });
});
