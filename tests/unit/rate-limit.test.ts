import { afterEach, describe, expect, it } from "vitest";
import { effectiveLimit } from "~/lib/rate-limit.server";

afterEach(() => {
  delete process.env.IP_RATE_LIMIT_FACTOR;
});

describe("effectiveLimit", () => {
  it("raises only per-address rules by IP_RATE_LIMIT_FACTOR", () => {
    process.env.IP_RATE_LIMIT_FACTOR = "50";
    expect(effectiveLimit({ name: "sign-ip-minute", windowMs: 60_000, limit: 20 })).toBe(1000);
    expect(effectiveLimit({ name: "login-ip", windowMs: 60_000, limit: 30 })).toBe(1500);
    expect(effectiveLimit({ name: "login-account", windowMs: 60_000, limit: 5 })).toBe(5);
    expect(effectiveLimit({ name: "shipping", windowMs: 60_000, limit: 5 })).toBe(5);
  });

  it("keeps the written limit without a factor or with a nonsensical one", () => {
    expect(effectiveLimit({ name: "login-ip", windowMs: 60_000, limit: 30 })).toBe(30);
    process.env.IP_RATE_LIMIT_FACTOR = "-3";
    expect(effectiveLimit({ name: "login-ip", windowMs: 60_000, limit: 30 })).toBe(30);
  });
});
