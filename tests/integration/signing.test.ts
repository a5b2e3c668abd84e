import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { foldAllSignatureCounts, getPetitionCounts } from "~/lib/counting.server";
import { confirmSignature, MAX_CONFIRMATION_SENDS, signPetition, signerNumber } from "~/lib/signing.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { TEST_META, createPetition, latestConfirmToken, queuedEmails, signer } from "../support/fixtures";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function rowsFor(petitionId: string) {
  return t.db.select().from(schema.signatures).where(eq(schema.signatures.petitionId, petitionId));
}

async function emailJobsTo(address: string, petitionTitle?: string): Promise<number> {
  return (await queuedEmails(t.db)).filter((p) => p.to === address && (!petitionTitle || p.props.petitionTitle === petitionTitle)).length;
}

describe("one signature per person", () => {
  it("treats case, +tags and Gmail dots as the same person and keeps the address as typed", async () => {
    const petition = await createPetition(t.db);
    const first = await signPetition(t.db, petition, signer(1, { email: "Fatou.Sow+petition@GoogleMail.com" }), TEST_META);
    const second = await signPetition(t.db, petition, signer(2, { email: "fatousow@gmail.com" }), TEST_META);
    expect(first.outcome).toBe("created");
    expect(second.outcome).toBe("resent");
    const rows = await rowsFor(petition.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: "Fatou.Sow+petition@GoogleMail.com", canonicalEmail: "fatousow@gmail.com", fullName: "Signer 1" });
  });

  it("re-sends the confirmation at most three times in all, then says so", async () => {
    const petition = await createPetition(t.db);
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push((await signPetition(t.db, petition, signer("again"), TEST_META)).outcome);
    expect(outcomes).toEqual(["created", "resent", "resent", "resend-limit", "resend-limit"]);
    const [row] = await rowsFor(petition.id);
    expect(row!.confirmationSends).toBe(MAX_CONFIRMATION_SENDS);
    expect(await emailJobsTo("signeragain@example.org", petition.title)).toBe(MAX_CONFIRMATION_SENDS);
  });

  it("answers 'already confirmed' once the signature is confirmed, and sends nothing", async () => {
    const petition = await createPetition(t.db);
    await signPetition(t.db, petition, signer("done"), TEST_META);
    expect((await confirmSignature(t.db, petition.id, await latestConfirmToken(t.db, "signerdone@example.org"))).outcome).toBe("confirmed");
    const jobsBefore = await emailJobsTo("signerdone@example.org");
    expect((await signPetition(t.db, petition, signer("done"), TEST_META)).outcome).toBe("already-confirmed");
    expect(await emailJobsTo("signerdone@example.org")).toBe(jobsBefore);
  });

  it("keeps one row when 50 requests with the same email arrive at once", async () => {
    const petition = await createPetition(t.db);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signPetition(t.db, petition, signer(`same`, { name: `Attempt ${i}` }), TEST_META)),
    );
    const outcomes = results.map((r) => r.outcome);
    expect(outcomes.filter((o) => o === "created")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "resent")).toHaveLength(MAX_CONFIRMATION_SENDS - 1);
    expect(outcomes.filter((o) => o === "resend-limit")).toHaveLength(50 - MAX_CONFIRMATION_SENDS);
    expect(await rowsFor(petition.id)).toHaveLength(1);
    expect(await emailJobsTo("signersame@example.org", petition.title)).toBe(MAX_CONFIRMATION_SENDS);
  });
});

describe("confirmation links", () => {
  it("confirm once; a second opening is harmless", async () => {
    const petition = await createPetition(t.db);
    await signPetition(t.db, petition, signer("link"), TEST_META);
    const token = await latestConfirmToken(t.db, "signerlink@example.org");
    const first = await confirmSignature(t.db, petition.id, token);
    const second = await confirmSignature(t.db, petition.id, token);
    expect(first.outcome).toBe("confirmed");
    expect(second.outcome).toBe("already-confirmed");
    expect(second.signature?.confirmSeq).toBe(first.signature?.confirmSeq);
    const [row] = await rowsFor(petition.id);
    expect(row!.status).toBe("confirmed");
    expect(row!.confirmedAt).not.toBeNull();
  });

  it("store only a hash of the secret", async () => {
    const petition = await createPetition(t.db);
    await signPetition(t.db, petition, signer("hash"), TEST_META);
    const token = await latestConfirmToken(t.db, "signerhash@example.org");
    const secret = token.split(".")[1]!;
    const [row] = await rowsFor(petition.id);
    expect(row!.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.confirmTokenHash).not.toContain(secret);
    const [dump] = await t.db.execute<{ hit: boolean }>(sql`select exists (select 1 from signatures s where s::text like ${`%${secret}%`}) as hit`);
    expect(dump!.hit).toBe(false);
  });

  it("reject a wrong secret, a malformed token and another petition's token", async () => {
    const petition = await createPetition(t.db);
    const other = await createPetition(t.db);
    await signPetition(t.db, petition, signer("wrong"), TEST_META);
    const token = await latestConfirmToken(t.db, "signerwrong@example.org");
    const [id] = token.split(".");
    expect((await confirmSignature(t.db, petition.id, `${id}.${"x".repeat(32)}`)).outcome).toBe("invalid");
    expect((await confirmSignature(t.db, petition.id, "not-a-token")).outcome).toBe("invalid");
    expect((await confirmSignature(t.db, petition.id, `${id}.'; drop table signatures; --`)).outcome).toBe("invalid");
    expect((await confirmSignature(t.db, other.id, token)).outcome).toBe("invalid");
    const [row] = await rowsFor(petition.id);
    expect(row!.status).toBe("pending");
  });

  it("expire after seven days and then confirm nothing", async () => {
    const petition = await createPetition(t.db);
    await signPetition(t.db, petition, signer("late"), TEST_META);
    const token = await latestConfirmToken(t.db, "signerlate@example.org");
    const [row] = await rowsFor(petition.id);
    expect(row!.confirmTokenExpiresAt!.getTime() - row!.createdAt.getTime()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(row!.confirmTokenExpiresAt!.getTime() - row!.createdAt.getTime()).toBeLessThan(7.1 * 24 * 3600 * 1000);
    await t.db.update(schema.signatures).set({ confirmTokenExpiresAt: new Date(Date.now() - 1000) }).where(eq(schema.signatures.id, row!.id));
    expect((await confirmSignature(t.db, petition.id, token)).outcome).toBe("expired");
    expect((await rowsFor(petition.id))[0]!.status).toBe("pending");
  });

  it("are replaced by the newest one when the confirmation is re-sent", async () => {
    const petition = await createPetition(t.db);
    await signPetition(t.db, petition, signer("twice"), TEST_META);
    const old = await latestConfirmToken(t.db, "signertwice@example.org");
    await signPetition(t.db, petition, signer("twice"), TEST_META);
    const fresh = await latestConfirmToken(t.db, "signertwice@example.org");
    expect(fresh).not.toBe(old);
    expect((await confirmSignature(t.db, petition.id, old)).outcome).toBe("invalid");
    expect((await confirmSignature(t.db, petition.id, fresh)).outcome).toBe("confirmed");
  });
});

describe("petitions that are not open", () => {
  it.each([
    [{ status: "closed" }, "closed"],
    [{ closesAt: new Date(Date.now() - 60_000) }, "closed"],
    [{ opensAt: new Date(Date.now() + 3_600_000) }, "not-open-yet"],
  ] as const)("%o refuses new signatures (%s) and writes nothing", async (overrides, outcome) => {
    const petition = await createPetition(t.db, overrides);
    expect((await signPetition(t.db, petition, signer("closed"), TEST_META)).outcome).toBe(outcome);
    expect(await rowsFor(petition.id)).toHaveLength(0);
  });
});

describe("abuse", () => {
  it("silently drops a bot that fills the honeypot", async () => {
    const petition = await createPetition(t.db);
    expect((await signPetition(t.db, petition, signer("bot", { website: "http://spam.example" }), TEST_META)).outcome).toBe("created");
    expect(await rowsFor(petition.id)).toHaveLength(0);
  });

  it("holds disposable addresses and bursts from one address out of the count, with the same flow for the signer", async () => {
    const petition = await createPetition(t.db);
    const meta = { ...TEST_META, ipHash: `burst-${petition.slug}` };
    // The limit counts per fixed minute: start early in one, so all 25 land in the same window.
    const intoMinuteMs = Date.now() % 60_000;
    if (intoMinuteMs > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinuteMs + 200));
    expect((await signPetition(t.db, petition, signer("temp", { email: "someone@mailinator.com" }), TEST_META)).outcome).toBe("created");
    for (let i = 0; i < 25; i++) expect((await signPetition(t.db, petition, signer(`burst${i}`), meta)).outcome).toBe("created");
    const rows = await rowsFor(petition.id);
    expect(rows.find((r) => r.email === "someone@mailinator.com")).toMatchObject({ status: "flagged", flagReason: "disposable-domain" });
    const burst = rows.filter((r) => r.email.startsWith("signerburst"));
    expect(burst.filter((r) => r.status === "pending")).toHaveLength(20);
    expect(burst.filter((r) => r.status === "flagged" && r.flagReason === "sign-ip-minute")).toHaveLength(5);

    // Confirming proves the address but keeps the signature held for review.
    for (const row of rows) {
      const result = await confirmSignature(t.db, petition.id, await latestConfirmToken(t.db, row.email));
      expect(result.outcome).toBe("confirmed");
    }
    await foldAllSignatureCounts(t.db);
    const counts = await getPetitionCounts(t.db, petition.id, 0);
    expect(counts.online).toBe(20);
    const flagged = await t.db.select().from(schema.signatures).where(and(eq(schema.signatures.petitionId, petition.id), eq(schema.signatures.status, "flagged")));
    expect(flagged).toHaveLength(6);
    expect(flagged.every((r) => r.confirmedAt !== null)).toBe(true);
  });
});

describe("verified affiliation and signer numbers", () => {
  it("marks signers confirmed from a listed domain (or its subdomain) as verified", async () => {
    const petition = await createPetition(t.db, { verifiedDomains: ["police.example"] });
    for (const email of ["a@police.example", "b@hq.police.example", "c@notpolice.example", "d@police.example.org"]) {
      await signPetition(t.db, petition, signer(email, { email }), TEST_META);
      await confirmSignature(t.db, petition.id, await latestConfirmToken(t.db, email));
    }
    const rows = await rowsFor(petition.id);
    expect(Object.fromEntries(rows.map((r) => [r.email, r.verified]))).toEqual({
      "a@police.example": true,
      "b@hq.police.example": true,
      "c@notpolice.example": false,
      "d@police.example.org": false,
    });
    await foldAllSignatureCounts(t.db);
    expect(await getPetitionCounts(t.db, petition.id, 0)).toMatchObject({ online: 4, verified: 2 });
  });

  it("numbers signers in order of confirmation, counting paper signatures first", async () => {
    const petition = await createPetition(t.db, { paperSignatures: 100 });
    const numbers: number[] = [];
    for (let i = 0; i < 3; i++) {
      await signPetition(t.db, petition, signer(`n${i}`), TEST_META);
      const result = await confirmSignature(t.db, petition.id, await latestConfirmToken(t.db, `signern${i}@example.org`));
      numbers.push(await signerNumber(t.db, result.signature!));
      if (i === 1) await foldAllSignatureCounts(t.db);
    }
    expect(numbers).toEqual([101, 102, 103]);
  });
});
