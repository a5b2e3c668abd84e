import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { foldAllSignatureCounts, getCountryCounts, getHourlyCounts, getPetitionCounts } from "~/lib/counting.server";
import { countSignaturesByState } from "~/lib/petition-dashboard.server";
import { applyBulkReview, listFlagGroups, previewBulkReview, reviewSignature, type BulkFilter } from "~/lib/signature-review.server";
import { action as bulkAction, loader as bulkLoader } from "~/routes/dashboard/petition-review-bulk";
import { action as queueAction, loader as queueLoader } from "~/routes/dashboard/petition-review";
import { action as signatureAction } from "~/routes/dashboard/petition-signature";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createPetition } from "../support/fixtures";
import { appRequest, createMember, insertSignatures, settle, testContext, type TestUser } from "./dashboard-helpers";

let t: TestDatabase;
let editor: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let organisationId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  [editor, viewer, outsider] = await Promise.all([createMember(t.db, "editor"), createMember(t.db, "viewer"), createMember(t.db, null)]);
  organisationId = (await t.db.query.organisations.findFirst())!.id;
});
afterAll(() => t.drop());

const HOUR_MS = 60 * 60 * 1000;

async function statuses(ids: string[]) {
  const rows = await t.db.select({ id: schema.signatures.id, status: schema.signatures.status, reviewedBy: schema.signatures.reviewedBy, reviewedAt: schema.signatures.reviewedAt }).from(schema.signatures);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

async function lastAudit(action: string) {
  const [row] = await t.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)).orderBy(desc(schema.auditLog.id)).limit(1);
  return row;
}

async function previewThenApply(petitionId: string, decision: "accept" | "invalidate", filter: BulkFilter) {
  const preview = await previewBulkReview(t.db, petitionId, decision, filter);
  const changed = await applyBulkReview(t.db, petitionId, decision, filter, { userId: editor.id, organisationId }, preview.count);
  return { preview, changed };
}

describe("bulk review", () => {
  it("by IP address: the preview count is the number changed, and only held signatures are touched", async () => {
    const petition = await createPetition(t.db);
    const held = await insertSignatures(t.db, petition.id, Array.from({ length: 3 }, () => ({ status: "flagged" as const, ipHash: "ipA", flagReason: "sign-ip-minute" })));
    const [confirmedSameIp, otherIp] = await insertSignatures(t.db, petition.id, [
      { status: "confirmed", ipHash: "ipA" },
      { status: "flagged", ipHash: "ipB" },
    ]);

    const { preview, changed } = await previewThenApply(petition.id, "invalidate", { ipHash: "ipA", states: ["flagged"] });
    expect(preview.count).toBe(3);
    expect(changed).toBe(3);
    for (const row of await statuses(held)) expect(row).toMatchObject({ status: "invalidated", reviewedBy: editor.id, reviewedAt: expect.any(Date) });
    expect((await statuses([confirmedSameIp!, otherIp!])).map((r) => r.status)).toEqual(["confirmed", "flagged"]);

    const audit = await lastAudit("signatures.bulk-invalidate");
    expect(audit).toMatchObject({ actorId: editor.id, organisationId, subjectType: "petition", subjectId: petition.id });
    expect(audit!.details).toMatchObject({ changed: 3, previewed: 3, filter: { ipHash: "ipA", states: ["flagged"] } });
    expect((await previewBulkReview(t.db, petition.id, "invalidate", { ipHash: "ipA", states: ["flagged"] })).count).toBe(0);
  });

  it("by email domain, confirmed signatures included: the counts drop once the counting loop folds", async () => {
    const petition = await createPetition(t.db);
    const confirmedAt = new Date(Date.now() - 2 * HOUR_MS);
    await insertSignatures(t.db, petition.id, [
      ...Array.from({ length: 5 }, (_, i) => ({ status: "confirmed" as const, email: `good${i}@example.org`, country: "UA", confirmedAt })),
      { status: "confirmed", email: "bot1@spam.example", country: "RU", confirmedAt },
      { status: "confirmed", email: "Bot2@SPAM.example", country: "RU", confirmedAt },
      { status: "flagged", email: "bot3@spam.example", country: "RU", confirmedAt },
      { status: "flagged", email: "bot4@spam.example", country: "RU" },
      { status: "flagged", email: "bot5@spam.example", country: "RU" },
      { status: "flagged", email: "bot6@spam.example", country: "RU", confirmedAt },
      { status: "pending", email: "bot7@spam.example", country: "RU" },
      // A subdomain is a different domain: not matched.
      { status: "confirmed", email: "person@mail.spam.example", country: "RU", confirmedAt },
    ]);
    await foldAllSignatureCounts(t.db);
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(8);
    expect(Object.fromEntries((await getCountryCounts(t.db, petition.id)).map((c) => [c.country, c.total]))).toEqual({ UA: 5, RU: 3 });

    const { preview, changed } = await previewThenApply(petition.id, "invalidate", { domain: "Spam.Example", states: ["flagged", "confirmed"] });
    expect(preview.count).toBe(6);
    expect(changed).toBe(6);
    expect(await countSignaturesByState(t.db, petition.id)).toMatchObject({ confirmed: 6, flagged: 0, pending: 1, invalidated: 6 });

    // The count tables still say 8 until the loop runs; then the invalidated confirmed ones are taken out.
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(8);
    await foldAllSignatureCounts(t.db);
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(6);
    expect(Object.fromEntries((await getCountryCounts(t.db, petition.id)).map((c) => [c.country, c.total]))).toEqual({ UA: 5, RU: 1 });
    expect((await getHourlyCounts(t.db, petition.id)).reduce((sum, h) => sum + h.count, 0)).toBe(6);
    expect((await lastAudit("signatures.bulk-invalidate"))!.details).toMatchObject({ changed: 6, previewed: 6 });
  });

  it("by time range: accepting confirms held signatures whose email was confirmed and returns the rest to pending", async () => {
    const petition = await createPetition(t.db);
    const start = new Date("2026-05-01T10:00:00Z");
    const inRange = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const [confirmedEmail, unconfirmed1, unconfirmed2, before, after] = await insertSignatures(t.db, petition.id, [
      { status: "flagged", createdAt: inRange(1), confirmedAt: inRange(3), confirmed: true },
      { status: "flagged", createdAt: inRange(10) },
      { status: "flagged", createdAt: inRange(59) },
      { status: "flagged", createdAt: inRange(-1) },
      // The end of the range is exclusive.
      { status: "flagged", createdAt: inRange(60) },
    ]);
    await insertSignatures(t.db, petition.id, [{ status: "confirmed", createdAt: inRange(5) }]);
    await foldAllSignatureCounts(t.db);
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(1);

    // Accepting never touches confirmed signatures, even when asked to.
    const filter: BulkFilter = { from: start, to: inRange(60), states: ["flagged", "confirmed"] };
    const { preview, changed } = await previewThenApply(petition.id, "accept", filter);
    expect(preview).toEqual({ count: 3, emailConfirmed: 1 });
    expect(changed).toBe(3);
    expect((await statuses([confirmedEmail!, unconfirmed1!, unconfirmed2!, before!, after!])).map((r) => r.status)).toEqual([
      "confirmed",
      "pending",
      "pending",
      "flagged",
      "flagged",
    ]);
    await foldAllSignatureCounts(t.db);
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(2);
    expect((await lastAudit("signatures.bulk-accept"))!.details).toMatchObject({ changed: 3, previewed: 3, nowConfirmed: 1 });
  });

  it("re-applies the filter when confirming: the audit log records what changed, not what was previewed", async () => {
    const petition = await createPetition(t.db);
    await insertSignatures(t.db, petition.id, [{ status: "flagged", ipHash: "burst" }, { status: "flagged", ipHash: "burst" }]);
    const filter: BulkFilter = { ipHash: "burst", states: ["flagged"] };
    const preview = await previewBulkReview(t.db, petition.id, "invalidate", filter);
    await insertSignatures(t.db, petition.id, [{ status: "flagged", ipHash: "burst" }]);
    const changed = await applyBulkReview(t.db, petition.id, "invalidate", filter, { userId: editor.id, organisationId }, preview.count);
    expect([preview.count, changed]).toEqual([2, 3]);
    expect((await lastAudit("signatures.bulk-invalidate"))!.details).toMatchObject({ changed: 3, previewed: 2 });
  });

  it("groups held signatures by address and domain for the queue", async () => {
    const petition = await createPetition(t.db);
    await insertSignatures(t.db, petition.id, [
      { status: "flagged", ipHash: "busy", email: "a1@junk.example" },
      { status: "flagged", ipHash: "busy", email: "a2@junk.example" },
      { status: "flagged", ipHash: "busy", email: "a3@other.example" },
      { status: "flagged", ipHash: "alone", email: "a4@solo.example" },
      { status: "confirmed", ipHash: "busy", email: "a5@junk.example" },
    ]);
    expect(await listFlagGroups(t.db, petition.id)).toEqual({
      ips: [{ value: "busy", count: 3 }],
      domains: [{ value: "junk.example", count: 2 }],
    });
  });
});

describe("single review", () => {
  it("accepts and invalidates one signature at a time, with reviewer, time and audit", async () => {
    const petition = await createPetition(t.db);
    const [held, heldConfirmed, confirmed] = await insertSignatures(t.db, petition.id, [
      { status: "flagged" },
      { status: "flagged", confirmed: true },
      { status: "confirmed" },
    ]);
    const actor = { userId: editor.id, organisationId };
    expect(await reviewSignature(t.db, petition.id, held!, "accept", actor)).toEqual({ ok: true, from: "flagged", to: "pending" });
    expect(await reviewSignature(t.db, petition.id, heldConfirmed!, "accept", actor)).toEqual({ ok: true, from: "flagged", to: "confirmed" });
    expect(await reviewSignature(t.db, petition.id, confirmed!, "invalidate", actor)).toEqual({ ok: true, from: "confirmed", to: "invalidated" });
    // Accepting applies to held signatures only; nothing applies to an invalidated one.
    expect(await reviewSignature(t.db, petition.id, held!, "accept", actor)).toEqual({ ok: false, reason: "not-allowed" });
    expect(await reviewSignature(t.db, petition.id, confirmed!, "invalidate", actor)).toEqual({ ok: false, reason: "not-allowed" });
    // A signature of another petition is out of reach from this one.
    const other = await createPetition(t.db);
    expect(await reviewSignature(t.db, other.id, held!, "invalidate", actor)).toEqual({ ok: false, reason: "not-found" });
    expect(await reviewSignature(t.db, petition.id, "not-a-uuid", "invalidate", actor)).toEqual({ ok: false, reason: "not-found" });

    const rows = await t.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.subjectType, "signature"), eq(schema.auditLog.subjectId, confirmed!)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "signature.invalidate", actorId: editor.id, organisationId, details: { petitionId: petition.id, from: "confirmed", to: "invalidated" } });
    expect((await statuses([held!]))[0]).toMatchObject({ reviewedBy: editor.id, reviewedAt: expect.any(Date) });
  });
});

describe("review routes", () => {
  const context = () => testContext(t.db);
  const args = (path: string, user: TestUser | null, params: Record<string, string>, form?: Record<string, string | string[]>) =>
    ({ request: appRequest(path, user, form ? { form } : {}), params, context: context() }) as never;

  it("previews with GET and applies with POST; the redirect and the audit carry the same count", async () => {
    const petition = await createPetition(t.db);
    await insertSignatures(t.db, petition.id, [
      ...Array.from({ length: 4 }, (_, i) => ({ status: "flagged" as const, email: `x${i}@spam-route.example` })),
      { status: "confirmed", email: "y@spam-route.example" },
    ]);
    const base = `/dashboard/petitions/${petition.id}/review/bulk`;
    const query = "?decision=invalidate&domain=spam-route.example&states=flagged&states=confirmed";
    const preview = (await bulkLoader(args(base + query, editor, { petitionId: petition.id }))) as { preview: { count: number } };
    expect(preview.preview.count).toBe(5);
    const response = (await bulkAction(
      args(base, editor, { petitionId: petition.id }, { decision: "invalidate", domain: "spam-route.example", states: ["flagged", "confirmed"], previewed: "5" }),
    )) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(`/dashboard/petitions/${petition.id}/review?done=invalidate&changed=5`);
    expect((await lastAudit("signatures.bulk-invalidate"))!.details).toMatchObject({ changed: 5, previewed: 5, filter: { domain: "spam-route.example" } });

    // One message per field, 400, nothing changed.
    const noCriterion = (await bulkLoader(args(`${base}?decision=invalidate&states=flagged`, editor, { petitionId: petition.id }))) as {
      init: { status: number };
      data: { result: { error: Record<string, string[]> } };
    };
    expect(noCriterion.init.status).toBe(400);
    expect(noCriterion.data.result.error[""]).toEqual(["dashboard.review.errors.criterion"]);
    const badFields = (await bulkAction(
      args(base, editor, { petitionId: petition.id }, { decision: "explode", domain: "not a domain", from: "yesterday", states: "everything" }),
    )) as { init: { status: number }; data: { result: { error: Record<string, string[]> } } };
    expect(badFields.init.status).toBe(400);
    expect(badFields.data.result.error).toMatchObject({
      decision: ["dashboard.review.errors.decision"],
      domain: ["dashboard.review.errors.domain"],
      from: ["dashboard.review.errors.datetime"],
    });
    const backwards = (await bulkLoader(args(`${base}?decision=invalidate&from=2026-05-02T00:00&to=2026-05-01T00:00&states=flagged`, editor, { petitionId: petition.id }))) as {
      data: { result: { error: Record<string, string[]> } };
    };
    expect(backwards.data.result.error.to).toEqual(["dashboard.review.errors.range"]);
  });

  it("refuses viewers (403) and outsiders (404), before anything is counted or changed", async () => {
    const petition = await createPetition(t.db);
    const [held] = await insertSignatures(t.db, petition.id, [{ status: "flagged", ipHash: "v" }, { status: "flagged", ipHash: "v" }]);
    const bulkPath = `/dashboard/petitions/${petition.id}/review/bulk`;
    const bulkForm = { decision: "invalidate", ip: "v", states: "flagged", previewed: "2" };
    const params = { petitionId: petition.id };
    const auditBefore = (await t.db.select({ n: sql<number>`count(*)::int` }).from(schema.auditLog))[0]!.n;

    for (const [user, status] of [
      [viewer, 403],
      [outsider, 404],
    ] as const) {
      expect(((await settle(() => bulkLoader(args(`${bulkPath}?decision=invalidate&ip=v&states=flagged`, user, params)))) as Response).status).toBe(status);
      expect(((await settle(() => bulkAction(args(bulkPath, user, params, bulkForm)))) as Response).status).toBe(status);
      expect(((await settle(() => queueLoader(args(`/dashboard/petitions/${petition.id}/review`, user, params)))) as Response).status).toBe(status);
      expect(((await settle(() => queueAction(args(`/dashboard/petitions/${petition.id}/review`, user, params, { signatureId: held!, decision: "invalidate" })))) as Response).status).toBe(
        status,
      );
      expect(
        ((await settle(() => signatureAction(args(`/dashboard/petitions/${petition.id}/signatures/${held}`, user, { ...params, signatureId: held! }, { decision: "invalidate" })))) as Response)
          .status,
      ).toBe(status);
    }
    const signedOut = (await settle(() => bulkAction(args(bulkPath, null, params, bulkForm)))) as Response;
    expect(signedOut.headers.get("Location")).toMatch(/^\/login/);

    expect(await countSignaturesByState(t.db, petition.id)).toMatchObject({ flagged: 2, invalidated: 0 });
    expect((await t.db.select({ n: sql<number>`count(*)::int` }).from(schema.auditLog))[0]!.n).toBe(auditBefore);

    // The same requests from an editor go through.
    const ok = (await bulkAction(args(bulkPath, editor, params, bulkForm))) as Response;
    expect(ok.headers.get("Location")).toContain("changed=2");
  });

  it("accepts one signature from the queue and refuses a decision that no longer applies", async () => {
    const petition = await createPetition(t.db);
    const [held] = await insertSignatures(t.db, petition.id, [{ status: "flagged" }]);
    const path = `/dashboard/petitions/${petition.id}/review`;
    const queue = (await queueLoader(args(path, editor, { petitionId: petition.id }))) as { page: { rows: { id: string }[] } };
    expect(queue.page.rows.map((r) => r.id)).toEqual([held]);
    const accepted = (await queueAction(args(path, editor, { petitionId: petition.id }, { signatureId: held!, decision: "accept" }))) as Response;
    expect(accepted.headers.get("Location")).toBe(`${path}?reviewed=accept`);
    const again = (await queueAction(args(path, editor, { petitionId: petition.id }, { signatureId: held!, decision: "accept" }))) as { init: { status: number } };
    expect(again.init.status).toBe(409);
    const garbage = (await queueAction(args(path, editor, { petitionId: petition.id }, { signatureId: "1 or 1=1", decision: "accept" }))) as { init: { status: number } };
    expect(garbage.init.status).toBe(400);
    expect((await lastAudit("signature.accept"))!.subjectId).toBe(held);
  });
});
