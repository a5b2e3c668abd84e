// A supporter's own data: an emailed, signed, expiring link; a JSON copy; erasure
// that removes everything personal while the signature keeps counting.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldAllSignatureCounts, getPetitionCounts } from "~/lib/counting.server";
import { queueThanksEmail } from "~/lib/email-delivery.server";
import {
  MY_DATA_LINK_TTL_MS,
  eraseSupporterData,
  erasedCanonicalEmail,
  exportSupporterData,
  openDataToken,
  requestDataLink,
  sealDataToken,
} from "~/lib/supporter-data.server";
import { confirmSignature, signPetition } from "~/lib/signing.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { TEST_META, createPetition, latestConfirmToken, signer } from "../support/fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

const META = { locale: "en", siteName: "Test site", appUrl: "https://petitions.example", ipHash: null };

async function dataLinkJobs(to: string) {
  return t.db.execute<{ payload: { to: string; template: string; props: { manageUrl: string } } }>(sql`
    select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id
    where k.identifier = 'send-email' and j.payload->>'template' = 'my-data-link' and j.payload->>'to' = ${to}`);
}

async function signAndConfirm(petition: Awaited<ReturnType<typeof createPetition>>, email: string, overrides = {}) {
  const { signatureId } = await signPetition(t.db, petition, signer(email, { email, updates: true, postcode: "10000", utm: { source: "mail" }, ...overrides }), { ...TEST_META, ipHash: "hash-of-ip" });
  await confirmSignature(t.db, petition.id, await latestConfirmToken(t.db, email));
  return signatureId!;
}

describe("the data link", () => {
  it("is emailed only to addresses that signed, with the same answer either way", async () => {
    const petition = await createPetition(t.db);
    await signAndConfirm(petition, "fatou@example.org");
    expect(await requestDataLink(t.db, "Fatou@Example.org", META)).toEqual({ ok: true });
    expect(await requestDataLink(t.db, "nobody@example.org", META)).toEqual({ ok: true });
    const [job] = await dataLinkJobs("Fatou@Example.org");
    expect(job!.payload.props.manageUrl).toMatch(/^https:\/\/petitions\.example\/my-data\/[A-Za-z0-9_-]+$/);
    expect(await dataLinkJobs("nobody@example.org")).toHaveLength(0);
    // The address never appears in the link.
    expect(job!.payload.props.manageUrl).not.toMatch(/fatou/i);
    const token = job!.payload.props.manageUrl.split("/").pop()!;
    expect(await openDataToken(t.db, token)).toEqual({ ok: true, canonicalEmail: "fatou@example.org" });
  });

  it("is rate-limited per address", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await requestDataLink(t.db, "limited@example.org", META));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
  });

  it("expires, and a tampered link is refused", async () => {
    const token = await sealDataToken(t.db, "someone@example.org", Date.now() - MY_DATA_LINK_TTL_MS - 1000);
    expect(await openDataToken(t.db, token)).toEqual({ ok: false, reason: "expired" });
    const fresh = await sealDataToken(t.db, "someone@example.org");
    const tampered = fresh.slice(0, 20) + (fresh[20] === "A" ? "B" : "A") + fresh.slice(21);
    expect(await openDataToken(t.db, tampered)).toEqual({ ok: false, reason: "invalid" });
    expect(await openDataToken(t.db, "short")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("a supporter's data", () => {
  it("can be downloaded: signatures, consents and the emails sent", async () => {
    const petition = await createPetition(t.db);
    await signAndConfirm(petition, "copy@example.org");
    const data = await exportSupporterData(t.db, "copy@example.org");
    expect(data.signatures).toHaveLength(1);
    expect(data.signatures[0]).toMatchObject({
      petitionSlug: petition.slug,
      fullName: "Signer copy@example.org",
      email: "copy@example.org",
      status: "confirmed",
      updatesOptIn: true,
      consentVersion: expect.any(String),
      consentText: "test consent",
      postcode: "10000",
    });
    // Confirming queued the thank-you email beside the confirmation.
    expect(data.emailsSent).toEqual(
      expect.arrayContaining([
        { kind: "confirm-signature", status: "queued", sentAt: null },
        { kind: "thanks-share", status: "queued", sentAt: null },
      ]),
    );
    expect(data.emailsSent).toHaveLength(2);
  });

  it("can be erased: nothing personal is left anywhere, and the signatures still count", async () => {
    const petition = await createPetition(t.db);
    const other = await createPetition(t.db);
    const id = await signAndConfirm(petition, "Erase.Me+x@GoogleMail.com");
    await signAndConfirm(other, "eraseme@gmail.com");
    await queueThanksEmail(t.db, id);
    await foldAllSignatureCounts(t.db);
    const before = await getPetitionCounts(t.db, petition.id, 0);

    expect(await eraseSupporterData(t.db, "eraseme@gmail.com")).toBe(2);
    const rows = await t.db.execute<Record<string, unknown>>(sql`select * from signatures where id = ${id}`);
    const hashed = await erasedCanonicalEmail(t.db, "eraseme@gmail.com");
    expect(rows[0]).toMatchObject({
      full_name: "",
      email: `${hashed}@erased.invalid`,
      canonical_email: hashed,
      postcode: null,
      custom_fields: {},
      utm: {},
      ip_hash: null,
      updates_opt_in: false,
      show_name: false,
      status: "confirmed",
      counted: true,
    });
    expect(rows[0]!.anonymised_at).not.toBeNull();
    const dump = await t.db.execute<{ hit: boolean }>(sql`
      select exists (select 1 from signatures s where s.canonical_email = ${hashed} and (s::text ilike '%erase.me%' or s::text ilike '%eraseme%' or s::text ilike '%signer%' or s::text like '%hash-of-ip%')) as hit`);
    expect(dump[0]!.hit).toBe(false);
    // Nor in the email ledger; and the queued thanks will not go.
    const ledger = await t.db.execute<{ recipient: string; status: string }>(sql`select recipient, status from email_deliveries where signature_id = ${id} order by created_at`);
    expect(ledger.every((r) => r.recipient === `${hashed}@erased.invalid`)).toBe(true);
    expect(ledger.map((r) => r.status)).toEqual(["suppressed", "suppressed"]);

    await foldAllSignatureCounts(t.db);
    expect(await getPetitionCounts(t.db, petition.id, 0)).toMatchObject({ online: before.online });
    expect(await exportSupporterData(t.db, "eraseme@gmail.com")).toMatchObject({ signatures: [] });
    expect(await eraseSupporterData(t.db, "eraseme@gmail.com")).toBe(0);
  });
});
