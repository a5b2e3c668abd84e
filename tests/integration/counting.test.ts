import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as schema from "../../db/schema";
import {
  foldAllSignatureCounts,
  foldSignatureCounts,
  getCountryCounts,
  getHourlyCounts,
  getPetitionCounts,
  reconcilePetitionCounts,
  startCountingLoop,
} from "~/lib/counting.server";
import { getCountSnapshot } from "~/lib/petitions.server";
import { confirmSignature, signPetition } from "~/lib/signing.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { TEST_META, createPetition, latestConfirmToken, signer } from "../support/fixtures";

const run = promisify(execFile);
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function recount(petitionId: string) {
  return t.db.execute<{ country: string; n: number }>(sql`select country, count(*)::int as n from signatures
    where petition_id = ${petitionId} and status = 'confirmed' group by country order by country`);
}

async function signAndConfirm(petitionId: string, petition: Awaited<ReturnType<typeof createPetition>>, email: string, country = "SN") {
  await signPetition(t.db, petition, signer(email, { email, country }), TEST_META);
  return confirmSignature(t.db, petitionId, await latestConfirmToken(t.db, email));
}

describe("counting", () => {
  it("is exact for 500 concurrent signers confirmed across two processes", async () => {
    const petition = await createPetition(t.db);
    const countries = ["SN", "FR", "UA", "VN", "KG"];
    const child = (prefix: string) =>
      run(process.execPath, ["--import", "tsx", "tests/support/sign-process.ts"], {
        env: { ...process.env, DATABASE_URL: t.url, PETITION_SLUG: petition.slug, PREFIX: prefix, COUNT: "250", COUNTRIES: countries.join(",") },
        timeout: 120_000,
      });
    const [a, b] = await Promise.all([child("a"), child("b")]);
    expect(JSON.parse(a.stdout).confirmed + JSON.parse(b.stdout).confirmed).toBe(500);

    // Whatever the two loops left is folded here; then the tables must equal a recount.
    await foldAllSignatureCounts(t.db);
    const counts = await getPetitionCounts(t.db, petition.id, 0);
    expect(counts.online).toBe(500);
    expect(counts.countryCount).toBe(5);
    const byCountry = await getCountryCounts(t.db, petition.id);
    expect(Object.fromEntries(byCountry.map((c) => [c.country, c.total]))).toEqual({ SN: 100, FR: 100, UA: 100, VN: 100, KG: 100 });
    expect(Object.fromEntries((await recount(petition.id)).map((r) => [r.country, r.n]))).toEqual({ SN: 100, FR: 100, UA: 100, VN: 100, KG: 100 });
    const hourly = await getHourlyCounts(t.db, petition.id);
    expect(hourly.reduce((sum, h) => sum + h.count, 0)).toBe(500);
    const report = await reconcilePetitionCounts(t.db, petition.id);
    expect(report).toMatchObject({ before: 500, after: 500, drift: 0 });
  });

  it("stays exact when reconciles run while confirmations commit", async () => {
    const petition = await createPetition(t.db);
    const countries = ["SN", "FR", "UA"];
    const emails = Array.from({ length: 600 }, (_, i) => `race${i}@example.org`);
    for (const [i, email] of emails.entries()) await signPetition(t.db, petition, signer(email, { email, country: countries[i % 3] }), TEST_META);
    const tokens: string[] = [];
    for (const email of emails) tokens.push(await latestConfirmToken(t.db, email));

    // Reconcile (and fold) over and over while eight confirmers work through the tokens.
    let confirming = true;
    let reconciles = 0;
    const reconciling = (async () => {
      while (confirming) {
        await reconcilePetitionCounts(t.db, petition.id);
        await foldSignatureCounts(t.db);
        reconciles++;
      }
    })();
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < tokens.length) await confirmSignature(t.db, petition.id, tokens[next++]!);
      }),
    );
    confirming = false;
    await reconciling;
    expect(reconciles).toBeGreaterThan(3);

    await foldAllSignatureCounts(t.db);
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(600);
    expect(Object.fromEntries((await getCountryCounts(t.db, petition.id)).map((c) => [c.country, c.total]))).toEqual({ SN: 200, FR: 200, UA: 200 });
    expect((await getHourlyCounts(t.db, petition.id)).reduce((sum, h) => sum + h.count, 0)).toBe(600);
  });

  it("never updates a shared row while signing or confirming", async () => {
    const petition = await createPetition(t.db);
    await signAndConfirm(petition.id, petition, "warm@example.org");
    await foldAllSignatureCounts(t.db);
    // Every row version has its own xmin: an update anywhere in these rows would change the snapshot.
    const versions = () =>
      t.db.execute<{ v: string }>(sql`
        select 'petition:' || xmin::text as v from petitions where id = ${petition.id}
        union all select 'total:' || xmin::text from petition_counts where petition_id = ${petition.id}
        union all select 'country:' || country || ':' || xmin::text from petition_country_counts where petition_id = ${petition.id}
        union all select 'hour:' || hour::text || ':' || xmin::text from petition_hourly_counts where petition_id = ${petition.id}
        order by 1`);
    const before = await versions();
    expect(before.length).toBeGreaterThanOrEqual(4);
    await Promise.all(Array.from({ length: 10 }, (_, i) => signAndConfirm(petition.id, petition, `cold${i}@example.org`)));
    expect(await versions()).toEqual(before);
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(1);
    await foldAllSignatureCounts(t.db);
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(11);
    expect(await versions()).not.toEqual(before);
  });

  it("folds new confirmations within about a second with the loop running", async () => {
    const petition = await createPetition(t.db);
    const loop = startCountingLoop(t.db);
    try {
      await signAndConfirm(petition.id, petition, "soon@example.org", "UA");
      await vi.waitFor(async () => expect((await getCountSnapshot(t.db, petition.slug))?.signatureCount).toBe(1), { timeout: 3_000, interval: 100 });
    } finally {
      await loop.stop();
    }
  });

  it("takes invalidated signatures back out and keeps flagged ones out", async () => {
    const petition = await createPetition(t.db);
    for (const [i, country] of ["SN", "SN", "FR"].entries()) await signAndConfirm(petition.id, petition, `inv${i}@example.org`, country);
    await foldAllSignatureCounts(t.db);
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(3);
    await t.db.update(schema.signatures).set({ status: "invalidated" }).where(eq(schema.signatures.email, "inv2@example.org"));
    await t.db.update(schema.signatures).set({ status: "flagged" }).where(eq(schema.signatures.email, "inv1@example.org"));
    await foldAllSignatureCounts(t.db);
    const counts = await getPetitionCounts(t.db, petition.id, 0);
    expect(counts).toMatchObject({ online: 1, countryCount: 1 });
    expect(await getCountryCounts(t.db, petition.id)).toEqual([{ country: "SN", total: 1 }]);
    // An organiser accepts the flagged one: it is counted again.
    await t.db.update(schema.signatures).set({ status: "confirmed" }).where(eq(schema.signatures.email, "inv1@example.org"));
    await foldAllSignatureCounts(t.db);
    expect((await getPetitionCounts(t.db, petition.id, 0)).online).toBe(2);
  });

  it("reconcile repairs drift in the count tables", async () => {
    const petition = await createPetition(t.db);
    for (let i = 0; i < 4; i++) await signAndConfirm(petition.id, petition, `drift${i}@example.org`, i % 2 ? "FR" : "SN");
    await foldAllSignatureCounts(t.db);
    await t.db.update(schema.petitionCounts).set({ total: 999 }).where(eq(schema.petitionCounts.petitionId, petition.id));
    await t.db.delete(schema.petitionCountryCounts).where(eq(schema.petitionCountryCounts.petitionId, petition.id));
    const report = await reconcilePetitionCounts(t.db, petition.id);
    expect(report).toEqual({ petitionId: petition.id, before: 999, after: 4, drift: -995 });
    // Confirmations not yet folded are not drift: the reconcile folds them and says all was well.
    await signAndConfirm(petition.id, petition, "late@example.org", "SN");
    expect(await reconcilePetitionCounts(t.db, petition.id)).toEqual({ petitionId: petition.id, before: 4, after: 5, drift: 0 });
    expect(await getCountryCounts(t.db, petition.id)).toEqual([
      { country: "SN", total: 3 },
      { country: "FR", total: 2 },
    ]);
    expect(await foldAllSignatureCounts(t.db)).toBe(0);
  });

  it("includes paper signatures in the total and raises an automatic goal when reached", async () => {
    const petition = await createPetition(t.db, { paperSignatures: 99 });
    expect((await getCountSnapshot(t.db, petition.slug))).toMatchObject({ signatureCount: 99, goal: 100, countryCount: 0 });
    await signAndConfirm(petition.id, petition, "goal@example.org");
    await foldAllSignatureCounts(t.db);
    // Snapshots are shared for a quarter of a second, so the new count shows within that.
    await vi.waitFor(async () => expect(await getCountSnapshot(t.db, petition.slug)).toMatchObject({ signatureCount: 100, goal: 500, countryCount: 1 }), {
      timeout: 2_000,
      interval: 50,
    });
  });
});
