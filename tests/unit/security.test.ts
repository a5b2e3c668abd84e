import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitRequestBody, rejectMalformedUrls, securityHeaders, verifyRequestOrigin } from "../../server/security";
import { listen } from "../support/http";

const APP_URL = "https://petitions.example.org";
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  const app = express();
  app.use(securityHeaders({ isProduction: true, isDevelopment: false }));
  app.use(rejectMalformedUrls());
  app.use(limitRequestBody({ maxBodyBytes: 1024 }));
  app.use(verifyRequestOrigin({ appUrl: APP_URL }));
  app.all("/{*path}", (req, res) => {
    req.resume();
    req.on("end", () => res.json({ ok: true, nonce: res.locals.cspNonce }));
  });
  server = await listen(app);
});

afterAll(() => server.close());

const post = (path: string, headers: Record<string, string>, body = "a=1") =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body });

describe("security headers", () => {
  it("sends a nonce-based CSP, no framing, HSTS in production and the usual hardening headers", async () => {
    const res = await fetch(`${server.url}/petitions/x`);
    const { nonce } = (await res.json()) as { nonce: string };
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("uses a fresh nonce for every response", async () => {
    const a = (await (await fetch(`${server.url}/`)).json()) as { nonce: string };
    const b = (await (await fetch(`${server.url}/`)).json()) as { nonce: string };
    expect(a.nonce).not.toBe(b.nonce);
  });

  it("lets other sites frame the embed routes only", async () => {
    const res = await fetch(`${server.url}/embed/petitions/x`);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(res.headers.get("x-frame-options")).toBeNull();
  });
});

describe("request origin check on non-GET requests", () => {
  it.each([
    [{ "sec-fetch-site": "same-origin" }],
    [{ "sec-fetch-site": "none" }],
    [{ origin: APP_URL }],
    [{ referer: `${APP_URL}/petitions/x` }],
  ])("accepts %o", async (headers) => {
    expect((await post("/petitions/x", headers)).status).toBe(200);
  });

  it.each([
    [{ "sec-fetch-site": "cross-site", origin: APP_URL }],
    [{ "sec-fetch-site": "same-site" }],
    [{ origin: "https://evil.example" }],
    [{ origin: "null" }],
    [{ referer: "https://evil.example/page" }],
    [{}],
  ])("refuses %o with 403", async (headers) => {
    const res = await post("/petitions/x", headers);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/did not come from this site/);
  });

  it("lets the JSON API and webhooks through, since they use no cookies", async () => {
    expect((await post("/api/v1/petitions/x/signatures", { origin: "https://partner.example" })).status).toBe(200);
    expect((await post("/webhooks/resend", {})).status).toBe(200);
  });

  it("never checks safe methods", async () => {
    expect((await fetch(`${server.url}/x`, { headers: { origin: "https://evil.example" } })).status).toBe(200);
  });
});

describe("request body limit", () => {
  it("answers 413 with a message for a body over the limit", async () => {
    const res = await post("/petitions/x", { origin: APP_URL }, "a=" + "x".repeat(2000));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("1024 bytes");
  });

  it("accepts a body under the limit", async () => {
    expect((await post("/petitions/x", { origin: APP_URL }, "a=" + "x".repeat(500))).status).toBe(200);
  });
});

describe("malformed addresses", () => {
  it("answers 400 to NUL or broken percent-encoding in the path or query, and lets clean ones through", async () => {
    for (const path of ["/petitions/%00", "/petitions/a%00b/count.json", "/petitions/x?q=%00", "/petitions/%E0%A4%A", "/explainers/%zz"]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(400);
      expect(await res.text()).toContain("malformed");
    }
    for (const path of ["/petitions/caf%C3%A9", "/petitions/x?q=a%20b", "/petitions/x?q=100%25"]) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
    }
  });
});
