// The delivery ledger against the fake Resend through the real SDK: batching,
// idempotent re-sends, 429/5xx handling, suppression, and confirmation spikes.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fanOutMessage } from "~/lib/email-audience.server";
import {
  batchKeyFor,
  claimBatch,
  drainDeliveries,
  queueThanksEmail,
  recoverOrphanedBatches,
  reserveRequestSlot,
  type DeliverySettings,
} from "~/lib/email-delivery.server";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { confirmSignature, signPetition } from "~/lib/signing.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { addSupporters, createScheduledMessage, deliveriesOf } from "../support/email-fixtures";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { TEST_META, createPetition, signer } from "../support/fixtures";

let t: TestDatabase;
let fake: FakeResend;
const APP_URL = "https://petitions.example";

const settings: DeliverySettings = {
  appUrl: APP_URL,
  requestsPerSecond: 20,
  maxAttempts: 4,
  retryBaseMs: 100,
  retryMaxMs: 1_000,
  orphanAfterMs: 0,
  drainJobMaxMs: 60_000,
};

function mailer() {
  return createMailer(parseEnv({ RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, EMAIL_FROM: "Petitions <petitions@test.example>" }), t.db);
}

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend();
});
afterAll(async () => {
  await fake?.close();
  await t?.drop();
});
beforeEach(() => fake.reset());

async function messageFor(count: number, prefix: string) {
  const petition = await createPetition(t.db);
  const emails = await addSupporters(t.db, petition.id, prefix, count);
  const messageId = await createScheduledMessage(t.db, petition.id);
  expect(await fanOutMessage(t.db, messageId)).toEqual({ status: "fanned-out", recipients: count });
  return { petition, emails, messageId };
}

function recipientsAtFake(): string[] {
  return fake.emails.flatMap((e) => e.to);
}

describe("bulk messages", () => {
  it("go out in batches of 100: 250 recipients make 3 batch calls, each recipient once", async () => {
    const { emails, messageId } = await messageFor(250, "batching");
    const report = await drainDeliveries(t.db, mailer(), settings);
    expect(report).toMatchObject({ batches: 3, sent: 250, failed: 0 });
    expect(fake.batchRequests().map((r) => (r.body as unknown[]).length)).toEqual([100, 100, 50]);
    expect(fake.requests.filter((r) => r.path === "/emails")).toHaveLength(0);
    expect(recipientsAtFake().sort()).toEqual([...emails].sort());

    // Each batch carries one idempotency key derived from what it sends.
    const rows = await deliveriesOf(t.db, messageId);
    const byBatch = new Map<string, (typeof rows)[number][]>();
    for (const row of rows) byBatch.set(row.batch_key!, [...(byBatch.get(row.batch_key!) ?? []), row]);
    expect(byBatch.size).toBe(3);
    for (const [key, batch] of byBatch) expect(key).toBe(batchKeyFor(batch.map((r) => r.id)));
    expect(new Set(fake.batchRequests().map((r) => r.headers["idempotency-key"]))).toEqual(new Set(byBatch.keys()));

    // The ledger holds Resend's id for every row, and the message is done.
    const idByRecipient = new Map(fake.emails.map((e) => [e.to[0]!, e.id]));
    expect(rows.every((r) => r.status === "sent" && r.resend_id === idByRecipient.get(r.recipient))).toBe(true);
    const [message] = await t.db.execute<{ status: string; recipient_count: number }>(sql`select status, recipient_count from email_messages where id = ${messageId}`);
    expect(message).toMatchObject({ status: "sent", recipient_count: 250 });
  });

  it("carry RFC 8058 one-click unsubscribe headers with a signed https link per recipient", async () => {
    await messageFor(2, "headers");
    await drainDeliveries(t.db, mailer(), settings);
    const [first, second] = fake.emails;
    const link = /^<https:\/\/petitions\.example\/unsubscribe\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{32}\/one-click>$/;
    expect(first!.headers!["List-Unsubscribe"]).toMatch(link);
    expect(first!.headers!["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(second!.headers!["List-Unsubscribe"]).not.toBe(first!.headers!["List-Unsubscribe"]);
    // The page behind it is linked in the body, for people whose client shows no unsubscribe button.
    expect(first!.html).toContain(`href="${first!.headers!["List-Unsubscribe"]!.slice(1, -"/one-click>".length)}"`);
    expect(first!.subject).toBe("News from the campaign");
    expect(first!.html).toContain("<strong>minister</strong>");
    expect(first!.text).toContain("minister");
  });

  it("are not sent twice when the same batch is sent again (a job retried after the send, before recording)", async () => {
    const { emails, messageId } = await messageFor(120, "retry");
    await drainDeliveries(t.db, mailer(), settings);
    const firstIds = new Map((await deliveriesOf(t.db, messageId)).map((r) => [r.id, r.resend_id]));
    expect(fake.emails).toHaveLength(120);

    // The worker sent both batches but "died" before recording: the rows are back in 'sending'.
    await t.db.execute(sql`update email_deliveries set status = 'sending', resend_id = null where message_id = ${messageId}`);
    expect(await recoverOrphanedBatches(t.db, mailer(), settings)).toBe(2);

    expect(fake.batchRequests()).toHaveLength(4);
    expect(fake.emails).toHaveLength(120);
    expect(recipientsAtFake().sort()).toEqual([...emails].sort());
    const rows = await deliveriesOf(t.db, messageId);
    expect(rows.every((r) => r.status === "sent" && r.resend_id === firstIds.get(r.id))).toBe(true);
  });

  it("honour a 429's retry-after: the next request waits at least that long", async () => {
    await messageFor(150, "ratelimited");
    fake.failNext(1, { status: 429, headers: { "retry-after": "1" } });
    await drainDeliveries(t.db, mailer(), settings);
    const [refused, retried, next] = fake.batchRequests();
    expect(retried!.receivedAt.getTime() - refused!.receivedAt.getTime()).toBeGreaterThanOrEqual(1_000);
    expect(next!.receivedAt.getTime() - refused!.receivedAt.getTime()).toBeGreaterThanOrEqual(1_000);
    expect(retried!.headers["idempotency-key"]).toBe(refused!.headers["idempotency-key"]);
    expect(fake.emails).toHaveLength(150);
    // The shared clock itself moved: a reservation made now waits for the slot after the pause.
    await t.db.execute(sql`delete from rate_limits where key = 'email-api:next-request'`);
  });

  it("hold back every other sender after a 429, through the shared clock", async () => {
    await messageFor(1, "ratelimited-shared");
    fake.failNext(1, { status: 429, headers: { "retry-after": "2" } });
    const draining = drainDeliveries(t.db, mailer(), settings);
    await vi.waitFor(() => expect(fake.batchRequests()).toHaveLength(1), { interval: 20 });
    // Another process asking for a slot now must wait out the retry-after too.
    await vi.waitFor(async () => expect(await reserveRequestSlot(t.db, settings.requestsPerSecond)).toBeGreaterThan(1_500), { interval: 20, timeout: 2_000 });
    await draining;
    expect(fake.emails).toHaveLength(1);
  });

  it("retry 5xx answers with backoff, then send once", async () => {
    const { messageId } = await messageFor(5, "flaky");
    fake.failNext(2, { status: 500 });
    const report = await drainDeliveries(t.db, mailer(), settings);
    expect(report).toMatchObject({ sent: 5, failed: 0 });
    const [a, b, c] = fake.batchRequests();
    expect(b!.receivedAt.getTime() - a!.receivedAt.getTime()).toBeGreaterThanOrEqual(settings.retryBaseMs);
    expect(c!.receivedAt.getTime() - b!.receivedAt.getTime()).toBeGreaterThanOrEqual(2 * settings.retryBaseMs);
    expect(fake.emails).toHaveLength(5);
    const rows = await deliveriesOf(t.db, messageId);
    expect(rows.every((r) => r.status === "sent" && r.attempts === 3 && r.last_error === null)).toBe(true);
  });

  it("give up after the bound and record the failure on every row of the batch", async () => {
    const { messageId } = await messageFor(3, "down");
    fake.failNext(settings.maxAttempts, { status: 503 });
    const report = await drainDeliveries(t.db, mailer(), settings);
    expect(report).toMatchObject({ sent: 0, failed: 1 });
    expect(fake.batchRequests()).toHaveLength(settings.maxAttempts);
    const rows = await deliveriesOf(t.db, messageId);
    expect(rows.map((r) => r.status)).toEqual(["failed", "failed", "failed"]);
    expect(rows[0]!.last_error).toMatch(/gave up after 4 attempts: Resend refused the message \(503/);
    const [message] = await t.db.execute<{ status: string }>(sql`select status from email_messages where id = ${messageId}`);
    expect(message!.status).toBe("sent");
  });

  it("do not retry a batch the provider rejects as invalid", async () => {
    const { messageId } = await messageFor(2, "invalid");
    fake.failNext(1, { status: 422 });
    await drainDeliveries(t.db, mailer(), settings);
    expect(fake.batchRequests()).toHaveLength(1);
    expect((await deliveriesOf(t.db, messageId)).map((r) => r.status)).toEqual(["failed", "failed"]);
  });
});

describe("suppression and consent", () => {
  it("are checked when a batch is claimed: suppressed and unsubscribed people get nothing", async () => {
    const { emails, messageId } = await messageFor(5, "suppress");
    await t.db.execute(sql`insert into suppressions (canonical_email, reason) values (${emails[0]!}, 'bounced'), (${emails[1]!}, 'complained')`);
    // Unsubscribed after the message was fanned out, before it went.
    await t.db.execute(sql`update signatures set updates_opt_in = false where email = ${emails[2]!}`);
    await drainDeliveries(t.db, mailer(), settings);
    expect(recipientsAtFake().sort()).toEqual([emails[3]!, emails[4]!]);
    const status = Object.fromEntries((await deliveriesOf(t.db, messageId)).map((r) => [r.recipient, `${r.status} ${r.last_error ?? ""}`.trim()]));
    expect(status).toEqual({
      [emails[0]!]: "suppressed suppressed: bounced",
      [emails[1]!]: "suppressed suppressed: complained",
      [emails[2]!]: "suppressed suppressed: consent withdrawn",
      [emails[3]!]: "sent",
      [emails[4]!]: "sent",
    });
  });

  it("keep suppressed addresses out of the audience in the first place", async () => {
    const petition = await createPetition(t.db);
    const emails = await addSupporters(t.db, petition.id, "pre-suppressed", 3);
    await t.db.execute(sql`insert into suppressions (canonical_email, reason) values (${emails[0]!}, 'unsubscribed')`);
    const messageId = await createScheduledMessage(t.db, petition.id);
    expect(await fanOutMessage(t.db, messageId)).toEqual({ status: "fanned-out", recipients: 2 });
    await drainDeliveries(t.db, mailer(), settings);
    expect(recipientsAtFake().sort()).toEqual([emails[1]!, emails[2]!]);
  });

  it("let a confirmation through to someone who unsubscribed from everything, but not to a bounced address", async () => {
    const petition = await createPetition(t.db);
    await t.db.execute(sql`insert into suppressions (canonical_email, reason) values ('gone@example.org', 'bounced'), ('quiet@example.org', 'unsubscribed')`);
    await signPetition(t.db, petition, signer("gone", { email: "gone@example.org" }), TEST_META);
    await signPetition(t.db, petition, signer("quiet", { email: "quiet@example.org" }), TEST_META);
    await drainDeliveries(t.db, mailer(), settings);
    expect(recipientsAtFake()).toEqual(["quiet@example.org"]);
    const [gone] = await t.db.execute<{ status: string }>(sql`select status from email_deliveries where recipient = 'gone@example.org'`);
    expect(gone!.status).toBe("suppressed");
  });
});

describe("confirmation emails", () => {
  it("are batched under a spike, and their links confirm", async () => {
    const petition = await createPetition(t.db);
    await Promise.all(Array.from({ length: 150 }, (_, i) => signPetition(t.db, petition, signer(`spike${i}`), TEST_META)));
    const report = await drainDeliveries(t.db, mailer(), settings);
    expect(report.sent).toBe(150);
    expect(fake.batchRequests().map((r) => (r.body as unknown[]).length)).toEqual([100, 50]);
    const email = fake.emails.find((e) => e.to[0] === "signerspike7@example.org")!;
    expect(email.subject).toBe(`Please confirm your signature: ${petition.title}`);
    const token = /\/confirm\/([^\s"<]+)/.exec(email.text!)![1]!;
    expect((await confirmSignature(t.db, petition.id, token)).outcome).toBe("confirmed");
    // Confirming queues the thank-you email, which the next drain sends.
    expect((await drainDeliveries(t.db, mailer(), settings)).sent).toBe(1);
    expect(fake.emails.at(-1)).toMatchObject({ to: ["signerspike7@example.org"], subject: `Thank you for signing: ${petition.title}` });
  });

  it("are rendered identically every time, so a re-sent batch matches its idempotency key", async () => {
    const petition = await createPetition(t.db);
    await signPetition(t.db, petition, signer("same-twice"), TEST_META);
    const claim = await claimBatch(t.db);
    expect(claim.batchKey).not.toBeNull();
    await recoverOrphanedBatches(t.db, mailer(), settings);
    await t.db.execute(sql`update email_deliveries set status = 'sending' where batch_key = ${claim.batchKey}`);
    await recoverOrphanedBatches(t.db, mailer(), settings);
    // Same key and same body: the fake answered from its idempotency cache (a changed body would be a 409).
    expect(fake.batchRequests()).toHaveLength(2);
    expect(fake.emails).toHaveLength(1);
  });

  it("are followed by one thanks-and-share email, queued by the confirmation itself", async () => {
    const petition = await createPetition(t.db);
    const { signatureId } = await signPetition(t.db, petition, signer("thanks"), TEST_META);
    await drainDeliveries(t.db, mailer(), settings);
    const token = /\/confirm\/([^\s"<]+)/.exec(fake.emails[0]!.text!)![1]!;
    expect((await confirmSignature(t.db, petition.id, token)).outcome).toBe("confirmed");
    // Already queued by confirmSignature, in its transaction: asking again adds nothing, nor does opening the link again.
    expect(await queueThanksEmail(t.db, signatureId!)).toBe(false);
    expect((await confirmSignature(t.db, petition.id, token)).outcome).toBe("already-confirmed");
    await drainDeliveries(t.db, mailer(), settings);
    expect(fake.emails.map((e) => e.subject)).toEqual([`Please confirm your signature: ${petition.title}`, `Thank you for signing: ${petition.title}`]);
    expect(fake.emails[1]!.html).toContain(`${APP_URL}/petitions/${petition.slug}`);
    expect(fake.emails[1]!.html).toContain("https://wa.me/?text=");
  });

  it("speak the signer's language", async () => {
    const petition = await createPetition(t.db);
    await signPetition(t.db, petition, signer("french"), { ...TEST_META, locale: "fr" });
    await drainDeliveries(t.db, mailer(), settings);
    expect(fake.emails[0]!.subject).toBe(`Confirmez votre signature : ${petition.title}`);
    expect(fake.emails[0]!.html).toContain('lang="fr"');
  });
});

describe("without a Resend key", () => {
  it("keep batches in the local outbox (shown at /dev/outbox), once each, headers included", async () => {
    const { emails, messageId } = await messageFor(3, "outbox");
    const outbox = createMailer(parseEnv({}), t.db);
    expect(outbox.transport).toBe("outbox");
    await drainDeliveries(t.db, outbox, settings);
    await t.db.execute(sql`update email_deliveries set status = 'sending' where message_id = ${messageId}`);
    await recoverOrphanedBatches(t.db, outbox, settings);
    const rows = await t.db.execute<{ to_address: string; headers: Record<string, string> }>(sql`
      select to_address, headers from outbox_messages where to_address like 'outbox-%' order by to_address`);
    expect(rows.map((r) => r.to_address)).toEqual([...emails].sort());
    expect(rows[0]!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(fake.requests).toHaveLength(0);
    expect((await deliveriesOf(t.db, messageId)).every((r) => r.status === "sent" && r.resend_id)).toBe(true);
  });
});

describe("the shared request clock", () => {
  it("hands out slots 1/rate apart, even to concurrent callers", async () => {
    await t.db.execute(sql`delete from rate_limits where key = 'email-api:next-request'`);
    const waits = await Promise.all(Array.from({ length: 6 }, () => reserveRequestSlot(t.db, 10)));
    const sorted = [...waits].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThan(70);
    expect(sorted.at(-1)!).toBeGreaterThan(400);
  });
});
