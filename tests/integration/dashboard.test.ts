import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldAllSignatureCounts } from "~/lib/counting.server";
import {
  confirmationRate,
  countSignaturesByState,
  decodeCursor,
  getDashboardPetition,
  listSignatures,
  listTopSources,
  loadPetitionDashboard,
  matchCountries,
  signaturePageQuery,
  type SignatureCursor,
} from "~/lib/petition-dashboard.server";
import { loader as statsLoader } from "~/routes/dashboard/petition-stats";
import { loader as signaturesLoader } from "~/routes/dashboard/petition-signatures";
import { loader as auditLoader } from "~/routes/dashboard/org-audit";
import { recordAudit } from "~/lib/audit.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createPetition } from "../support/fixtures";
import { appRequest, createMember, insertSignatures, settle, testContext } from "./dashboard-helpers";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

/** The true order, straight from SQL: what every page put together must equal. */
async function expectedOrder(petitionId: string): Promise<string[]> {
  const rows = await t.db.execute<{ id: string }>(sql`select id from signatures where petition_id = ${petitionId} order by created_at desc, id desc`);
  return rows.map((r) => r.id);
}

async function allPages(petitionId: string, size: number, filter: Parameters<typeof listSignatures>[2] = { locale: "en" }) {
  const seen: string[] = [];
  let cursor: SignatureCursor | null = null;
  for (let i = 0; i < 1000; i++) {
    const page = await listSignatures(t.db, petitionId, filter, { cursor, size });
    seen.push(...page.rows.map((r) => r.id));
    if (!page.olderCursor) return seen;
    cursor = decodeCursor(page.olderCursor);
  }
  throw new Error("pagination did not end");
}

describe("counts by state", () => {
  it("counts every state in one grouped query and derives the confirmation rate", async () => {
    const petition = await createPetition(t.db);
    await insertSignatures(t.db, petition.id, [
      ...Array.from({ length: 3 }, () => ({ status: "pending" as const })),
      ...Array.from({ length: 5 }, () => ({ status: "confirmed" as const })),
      ...Array.from({ length: 2 }, () => ({ status: "flagged" as const })),
      { status: "invalidated" as const },
    ]);
    // Another petition's signatures must not leak into these counts.
    const other = await createPetition(t.db);
    await insertSignatures(t.db, other.id, [{ status: "confirmed" }, { status: "flagged" }]);

    const counts = await countSignaturesByState(t.db, petition.id);
    expect(counts).toEqual({ pending: 3, confirmed: 5, flagged: 2, invalidated: 1, all: 11 });
    // Confirmed ÷ every signature not held for review.
    expect(confirmationRate(counts)).toBeCloseTo(5 / 9);
    expect(confirmationRate({ pending: 0, confirmed: 0, flagged: 0, invalidated: 0, all: 0 })).toBeNull();
  });

  it("can be answered from the (petition_id, status) index alone", async () => {
    const petition = await createPetition(t.db);
    await insertSignatures(t.db, petition.id, [{ status: "confirmed" }, { status: "pending" }]);
    const plan = await t.db.transaction(async (tx) => {
      // Tiny tables are scanned sequentially anyway; forbidding that shows the index serves the query.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const rows = await tx.execute<{ "QUERY PLAN": string }>(
        sql`explain select status, count(*)::int as n from signatures where petition_id = ${petition.id} group by status`,
      );
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toMatch(/Index Only Scan using signatures_petition_status/);
  });
});

describe("top sources", () => {
  it("ranks sources and utm_source in one pass, leaving invalidated signatures out", async () => {
    const petition = await createPetition(t.db);
    await insertSignatures(t.db, petition.id, [
      { source: "newsletter", status: "confirmed", utm: { utm_source: "mail" } },
      { source: "newsletter", status: "pending", utm: { utm_source: "mail" } },
      { source: "newsletter", status: "confirmed" },
      { source: "partner-site", status: "confirmed", utm: { utm_source: "facebook" } },
      { status: "confirmed", utm: { utm_source: "facebook" } },
      { status: "pending", utm: { utm_source: "facebook" } },
      { source: "spam-farm", status: "invalidated", utm: { utm_source: "spam" } },
      { source: "spam-farm", status: "invalidated", utm: { utm_source: "spam" } },
    ]);
    const top = await listTopSources(t.db, petition.id);
    expect(top.sources).toEqual([
      { source: "newsletter", total: 3, confirmed: 2 },
      { source: null, total: 2, confirmed: 1 },
      { source: "partner-site", total: 1, confirmed: 1 },
    ]);
    expect(top.utmSources).toEqual([
      { source: "facebook", total: 3, confirmed: 2 },
      { source: "mail", total: 2, confirmed: 1 },
      { source: null, total: 1, confirmed: 1 },
    ]);
    expect(await listTopSources(t.db, petition.id, 1)).toEqual({
      sources: [{ source: "newsletter", total: 3, confirmed: 2 }],
      utmSources: [{ source: "facebook", total: 3, confirmed: 2 }],
    });
  });
});

describe("keyset pagination", () => {
  it("walks every signature exactly once, in order, even when many share a timestamp", async () => {
    const petition = await createPetition(t.db);
    const base = Date.parse("2026-03-01T12:00:00Z");
    const tie = new Date(base + 60_000);
    await insertSignatures(t.db, petition.id, [
      ...Array.from({ length: 60 }, (_, i) => ({ createdAt: new Date(base + i * 1000) })),
      // 45 signatures at the very same instant: the id breaks the tie.
      ...Array.from({ length: 45 }, () => ({ createdAt: tie })),
      ...Array.from({ length: 20 }, (_, i) => ({ createdAt: new Date(base + 120_000 + i) })),
    ]);
    const expected = await expectedOrder(petition.id);
    expect(expected).toHaveLength(125);
    for (const size of [1, 7, 20, 45, 50, 200]) {
      const seen = await allPages(petition.id, size);
      expect(seen, `page size ${size}`).toEqual(expected);
    }
  });

  it("keeps later pages stable when new signatures arrive while paging, and goes back to the same page", async () => {
    const petition = await createPetition(t.db);
    const base = Date.parse("2026-03-02T08:00:00Z");
    await insertSignatures(
      t.db,
      petition.id,
      // Pairs of ties throughout.
      Array.from({ length: 60 }, (_, i) => ({ createdAt: new Date(base + Math.floor(i / 2) * 1000) })),
    );
    const before = await expectedOrder(petition.id);
    const page1 = await listSignatures(t.db, petition.id, { locale: "en" }, { size: 20 });
    expect(page1.newerCursor).toBeNull();
    // Newer signatures arrive between page 1 and page 2 (with OFFSET, page 2 would shift by 5).
    await insertSignatures(t.db, petition.id, Array.from({ length: 5 }, () => ({ createdAt: new Date(base + 3_600_000) })));
    const page2 = await listSignatures(t.db, petition.id, { locale: "en" }, { cursor: decodeCursor(page1.olderCursor), size: 20 });
    const page3 = await listSignatures(t.db, petition.id, { locale: "en" }, { cursor: decodeCursor(page2.olderCursor), size: 20 });
    expect([...page1.rows, ...page2.rows, ...page3.rows].map((r) => r.id)).toEqual(before);
    expect(page3.olderCursor).toBeNull();

    // Back from page 3 to page 2: the same rows, in the same order.
    const back = await listSignatures(t.db, petition.id, { locale: "en" }, { cursor: decodeCursor(page3.newerCursor), direction: "newer", size: 20 });
    expect(back.rows.map((r) => r.id)).toEqual(page2.rows.map((r) => r.id));
    // Back from page 2: page 1 as it was, now with a way further back to the new arrivals…
    const again1 = await listSignatures(t.db, petition.id, { locale: "en" }, { cursor: decodeCursor(back.newerCursor), direction: "newer", size: 20 });
    expect(again1.rows.map((r) => r.id)).toEqual(page1.rows.map((r) => r.id));
    expect(again1.newerCursor).not.toBeNull();
    // …which lead to the newest page, shown in full.
    const newest = await listSignatures(t.db, petition.id, { locale: "en" }, { cursor: decodeCursor(again1.newerCursor), direction: "newer", size: 20 });
    expect(newest.newerCursor).toBeNull();
    expect(newest.rows.map((r) => r.id)).toEqual((await expectedOrder(petition.id)).slice(0, 20));
  });

  it("starts over on a tampered cursor and seeks by index, not OFFSET", async () => {
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from("2026-01-01T00:00:00.000000Z|'; drop table signatures; --").toString("base64url"))).toBeNull();
    const petition = await createPetition(t.db);
    await t.db.execute(sql`insert into signatures (petition_id, full_name, email, canonical_email, country, locale, consent_version, consent_text, created_at)
      select ${petition.id}, 'Bulk ' || i, 'bulk' || i || '@example.org', 'bulk' || i || '@example.org', 'SN', 'en', 'test', 'test',
             timestamptz '2026-01-01' + i * interval '1 second'
      from generate_series(1, 20000) as i`);
    await t.db.execute(sql`analyze signatures`);
    // Deep in the list: the 15,000th signature.
    const [deep] = await t.db.execute<{ id: string; at: string }>(sql`select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
      from signatures where petition_id = ${petition.id} order by created_at desc, id desc offset 15000 limit 1`);
    const cursor = { at: deep!.at, id: deep!.id };
    const page = await listSignatures(t.db, petition.id, { locale: "en" }, { cursor, size: 50 });
    expect(page.rows).toHaveLength(50);
    // Every page, at any depth and in both directions, reads the created_at index from the cursor on.
    for (const direction of ["older", "newer"] as const) {
      const plan = (await t.db.execute<{ "QUERY PLAN": string }>(sql`explain ${signaturePageQuery(petition.id, { locale: "en" }, cursor, direction, 50)}`))
        .map((r) => r["QUERY PLAN"])
        .join("\n");
      expect(plan, direction).toMatch(/Index Cond: \(\(petition_id = .*\) AND \(created_at [<>] /);
      expect(plan, direction).not.toMatch(/Seq Scan|Bitmap|Offset/);
    }
  });
});

describe("search", () => {
  it("finds by part of a name or email, by country code, and by country name in the viewer's language", async () => {
    const petition = await createPetition(t.db);
    await insertSignatures(t.db, petition.id, [
      { name: "Olena Kovalenko", email: "olena@police.example.ua", country: "UA" },
      { name: "Aminata Diallo", email: "aminata@example.sn", country: "SN" },
      { name: "Jean Dupont", email: "jdupont@example.fr", country: "FR" },
      { name: "100% Real Person", email: "real@example.org", country: "DE" },
      { name: "Marie Curie", email: "marie@example.org", country: "FR", status: "flagged" },
    ]);
    const names = async (query: string, locale = "en", state?: "flagged") =>
      (await listSignatures(t.db, petition.id, { query, locale, state })).rows.map((r) => r.fullName).sort();

    expect(await names("kovalenko")).toEqual(["Olena Kovalenko"]);
    expect(await names("EXAMPLE.SN")).toEqual(["Aminata Diallo"]);
    expect(await names("ua")).toEqual(["Olena Kovalenko"]);
    expect(await names("Ukraine")).toEqual(["Olena Kovalenko"]);
    expect(await names("Sénégal", "fr")).toEqual(["Aminata Diallo"]);
    expect(await names("senegal", "fr")).toEqual(["Aminata Diallo"]);
    expect(await names("Allemagne", "fr")).toEqual(["100% Real Person"]);
    expect(await names("fr")).toEqual(["Jean Dupont", "Marie Curie"]);
    expect(await names("fr", "en", "flagged")).toEqual(["Marie Curie"]);
    // LIKE wildcards are searched for literally.
    expect(await names("%")).toEqual(["100% Real Person"]);
    expect(await names("_")).toEqual([]);
    expect(await names("nobody-matches-this")).toEqual([]);
    expect(matchCountries("a", "en")).toEqual([]);
  });
});

describe("petition dashboard page", () => {
  it("gathers figures, charts, map and sources for a viewer; the list needs an editor", async () => {
    const petition = await createPetition(t.db, { paperSignatures: 40 });
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await insertSignatures(t.db, petition.id, [
      { status: "confirmed", country: "UA", verified: true, confirmedAt: hourAgo, createdAt: hourAgo },
      { status: "confirmed", country: "UA", source: "newsletter" },
      { status: "confirmed", country: "SN" },
      { status: "pending", country: "FR" },
      { status: "flagged", country: "FR" },
    ]);
    await foldAllSignatureCounts(t.db);
    const view = await getDashboardPetition(t.db, petition.id, "fr");
    const data = await loadPetitionDashboard(t.db, view!, "en");
    expect(data.counts).toMatchObject({ online: 3, paper: 40, total: 43, verified: 1, countryCount: 2 });
    expect(data.states).toMatchObject({ confirmed: 3, pending: 1, flagged: 1, all: 5 });
    expect(data.confirmationRate).toBeCloseTo(3 / 4);
    expect(data.countries.map((c) => [c.country, c.total])).toEqual([
      ["UA", 2],
      ["SN", 1],
    ]);
    expect(data.mapSvg).toContain("<svg");
    expect(data.allTimeChartSvg).toContain('id="chart-all-title"');
    expect(data.recentChartSvg).toContain('id="chart-recent-title"');
    expect(data.daily.reduce((sum, d) => sum + d.count, 0)).toBe(3);

    const context = testContext(t.db);
    const viewer = await createMember(t.db, "viewer");
    const editor = await createMember(t.db, "editor");
    const outsider = await createMember(t.db, null);
    const stats = (await statsLoader({ request: appRequest(`/dashboard/petitions/${petition.id}/stats`, viewer), params: { petitionId: petition.id }, context } as never)) as {
      counts: { total: number };
    };
    expect(stats.counts.total).toBe(43);
    // A public slug in the URL leads to the id, after the same role check.
    const bySlug = await settle(() => statsLoader({ request: appRequest(`/dashboard/petitions/${petition.slug}/stats`, viewer), params: { petitionId: petition.slug }, context } as never));
    expect(bySlug).toBeInstanceOf(Response);
    expect((bySlug as Response).headers.get("Location")).toBe(`/dashboard/petitions/${petition.id}/stats`);
    const outsiderStats = await settle(() => statsLoader({ request: appRequest(`/dashboard/petitions/${petition.id}/stats`, outsider), params: { petitionId: petition.id }, context } as never));
    expect((outsiderStats as Response).status).toBe(404);
    const outsiderSlug = await settle(() => statsLoader({ request: appRequest(`/dashboard/petitions/${petition.slug}/stats`, outsider), params: { petitionId: petition.slug }, context } as never));
    expect((outsiderSlug as Response).status).toBe(404);
    const signedOut = await settle(() => statsLoader({ request: appRequest(`/dashboard/petitions/${petition.id}/stats`, null), params: { petitionId: petition.id }, context } as never));
    expect((signedOut as Response).headers.get("Location")).toMatch(/^\/login\?redirectTo=/);

    // Names and emails are personal data: viewers may not list them.
    const listArgs = (user: typeof viewer, query = "") =>
      ({ request: appRequest(`/dashboard/petitions/${petition.id}/signatures${query}`, user), params: { petitionId: petition.id }, context }) as never;
    expect(((await settle(() => signaturesLoader(listArgs(viewer)))) as Response).status).toBe(403);
    const list = (await signaturesLoader(listArgs(editor, "?state=confirmed&q=UA"))) as { page: { rows: { country: string; countryName: string }[] } };
    expect(list.page.rows.map((r) => r.countryName)).toEqual(["Ukraine", "Ukraine"]);
    const invalid = (await signaturesLoader(listArgs(editor, "?state=nonsense"))) as { init: { status: number } | null };
    expect(invalid.init?.status).toBe(400);
  });
});

describe("audit log page", () => {
  it("pages through an organisation's audit log for owners; editors get 403, outsiders 404", async () => {
    const organisation = (await t.db.query.organisations.findFirst())!;
    const owner = await createMember(t.db, "owner");
    const editor = await createMember(t.db, "editor");
    const outsider = await createMember(t.db, null);
    // 120 entries, many in the same transaction (same created_at): the id orders them.
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < 120; i++) {
        await recordAudit(tx, { actorId: owner.id, organisationId: organisation.id, action: "test.entry", subjectType: "test", subjectId: String(i), details: { i } });
      }
    });
    const context = testContext(t.db);
    const args = (user: typeof owner, query = "") =>
      ({ request: appRequest(`/dashboard/orgs/${organisation.slug}/audit${query}`, user), params: { orgSlug: organisation.slug }, context }) as never;
    const seen: string[] = [];
    let query = "";
    for (let i = 0; i < 10; i++) {
      const page = (await auditLoader(args(owner, query))) as { rows: { subjectId: string; actorName: string; action: string }[]; nextCursor: string | null };
      seen.push(...page.rows.filter((r) => r.action === "test.entry").map((r) => r.subjectId));
      if (!page.nextCursor) break;
      query = `?after=${page.nextCursor}`;
    }
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => String(119 - i)));
    expect(((await settle(() => auditLoader(args(editor)))) as Response).status).toBe(403);
    expect(((await settle(() => auditLoader(args(outsider)))) as Response).status).toBe(404);
    const unknown = await settle(() =>
      auditLoader({ request: appRequest("/dashboard/orgs/no-such-org/audit", owner), params: { orgSlug: "no-such-org" }, context } as never),
    );
    expect((unknown as Response).status).toBe(404);
  });
});
