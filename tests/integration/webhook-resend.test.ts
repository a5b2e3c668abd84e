// POST /webhooks/resend: Svix-style signatures over the raw body, duplicates,
// events out of order, and the suppression list that bounces and complaints feed.
import { createHmac, randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fanOutMessage } from "~/lib/email-audience.server";
import { drainDeliveries } from "~/lib/email-delivery.server";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { action } from "~/routes/supporter-email/webhook-resend";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { addSupporters, createScheduledMessage } from "../support/email-fixtures";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { createPetition } from "../support/fixtures";

let t: TestDatabase;
let fake: FakeResend;
const KEY = randomBytes(24);
const SECRET = `whsec_${KEY.toString("base64")}`;

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend();
});
afterAll(async () => {
  await fake?.close();
  await t?.drop();
});

function context(secret: string | undefined = SECRET): AppLoadContext {
  const env = parseEnv({ RESEND_WEBHOOK_SECRET: secret ?? "" });
  return { db: t.db, env, mailer: createMailer(env, t.db), cspNonce: "n", clientIp: null, ipHashKey: "k" };
}

/** Signs like Resend (Svix): base64 HMAC-SHA256 of `id.timestamp.body` under the secret's key. */
function sign(id: string, timestamp: number, body: string, key = KEY): string {
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

let eventCounter = 0;
async function post(event: unknown, options: { id?: string; timestamp?: number; signature?: string | null; secret?: string } = {}) {
  const body = JSON.stringify(event);
  const id = options.id ?? `msg_${++eventCounter}_${randomBytes(4).toString("hex")}`;
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { "content-type": "application/json", "svix-id": id, "svix-timestamp": String(timestamp) };
  const signature = options.signature === undefined ? sign(id, timestamp, body) : options.signature;
  if (signature !== null) headers["svix-signature"] = signature;
  const request = new Request("http://app.test/webhooks/resend", { method: "POST", headers, body });
  const response = (await action({ request, params: {}, context: context(options.secret), unstable_pattern: "" } as never)) as Response;
  return { status: response.status, body: (await response.json()) as { result: string }, id };
}

const event = (type: string, emailId: string, to: string, extra: Record<string, unknown> = {}) => ({
  type,
  created_at: new Date().toISOString(),
  data: { email_id: emailId, to: [to], from: "petitions@test.example", subject: "s", created_at: new Date().toISOString(), ...extra },
});

/** Sends a small update through the fake so the ledger holds real Resend ids. */
async function sentDeliveries(count: number, prefix: string) {
  const petition = await createPetition(t.db);
  const emails = await addSupporters(t.db, petition.id, prefix, count);
  const messageId = await createScheduledMessage(t.db, petition.id);
  await fanOutMessage(t.db, messageId);
  const settings = { appUrl: "https://petitions.example", requestsPerSecond: 50, maxAttempts: 2, retryBaseMs: 10, retryMaxMs: 10, orphanAfterMs: 0, drainJobMaxMs: 60_000 };
  await drainDeliveries(t.db, createMailer(parseEnv({ RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url }), t.db), settings);
  const rows = await t.db.execute<{ recipient: string; resend_id: string }>(sql`
    select recipient, resend_id from email_deliveries where message_id = ${messageId} order by recipient`);
  return { petition, emails, messageId, rows };
}

async function statusOf(resendId: string): Promise<string> {
  const [row] = await t.db.execute<{ status: string }>(sql`select status from email_deliveries where resend_id = ${resendId}`);
  return row!.status;
}

async function suppression(address: string): Promise<string | null> {
  const [row] = await t.db.execute<{ reason: string }>(sql`select reason from suppressions where canonical_email = ${address}`);
  return row?.reason ?? null;
}

describe("webhook signatures", () => {
  it("accept a correctly signed event and apply it", async () => {
    const { rows } = await sentDeliveries(1, "signed");
    const result = await post(event("email.delivered", rows[0]!.resend_id, rows[0]!.recipient));
    expect(result).toMatchObject({ status: 200, body: { result: "processed" } });
    expect(await statusOf(rows[0]!.resend_id)).toBe("delivered");
  });

  it.each([
    ["a signature made with another key", { signature: sign("x", Math.floor(Date.now() / 1000), "{}", randomBytes(24)) }],
    ["no signature", { signature: null }],
    ["a timestamp older than five minutes", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
    ["a timestamp from the future", { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 }],
    ["no secret configured", { secret: "" }],
  ])("refuse %s with 400 and change nothing", async (_label, options) => {
    const { rows } = await sentDeliveries(1, `unsigned-${randomBytes(3).toString("hex")}`);
    const body = event("email.bounced", rows[0]!.resend_id, rows[0]!.recipient, { bounce: { type: "Permanent" } });
    // Stale and future events are signed correctly for their own timestamp: only their age is wrong.
    const result = await post(body, options);
    expect(result.status).toBe(400);
    expect(await statusOf(rows[0]!.resend_id)).toBe("sent");
    expect(await suppression(rows[0]!.recipient)).toBeNull();
    const [recorded] = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from webhook_events where id = ${result.id}`);
    expect(recorded!.n).toBe(0);
  });

  it("refuse a body changed after signing", async () => {
    const { rows } = await sentDeliveries(1, "tampered");
    const id = "msg_tampered";
    const timestamp = Math.floor(Date.now() / 1000);
    const signed = JSON.stringify(event("email.delivered", rows[0]!.resend_id, rows[0]!.recipient));
    const result = await post(event("email.complained", rows[0]!.resend_id, rows[0]!.recipient), { id, timestamp, signature: sign(id, timestamp, signed) });
    expect(result.status).toBe(400);
    expect(await suppression(rows[0]!.recipient)).toBeNull();
  });
});

describe("webhook events", () => {
  it("put hard bounces and complaints on the suppression list, and later sends respect it", async () => {
    const { rows, petition } = await sentDeliveries(3, "bounce");
    const [hard, soft, complaint] = rows;
    await post(event("email.bounced", hard!.resend_id, hard!.recipient, { bounce: { type: "Permanent", subType: "General", message: "no such user" } }));
    await post(event("email.bounced", soft!.resend_id, soft!.recipient, { bounce: { type: "Transient", subType: "MailboxFull", message: "full" } }));
    await post(event("email.complained", complaint!.resend_id, complaint!.recipient));
    expect([await statusOf(hard!.resend_id), await statusOf(soft!.resend_id), await statusOf(complaint!.resend_id)]).toEqual(["bounced", "bounced", "complained"]);
    expect([await suppression(hard!.recipient), await suppression(soft!.recipient), await suppression(complaint!.recipient)]).toEqual(["bounced", null, "complained"]);

    // The next update to this petition goes to the soft bounce only.
    fake.reset();
    const next = await createScheduledMessage(t.db, petition.id);
    expect(await fanOutMessage(t.db, next)).toEqual({ status: "fanned-out", recipients: 1 });
  });

  it("are applied once when delivered twice", async () => {
    const { rows } = await sentDeliveries(1, "duplicate");
    const first = await post(event("email.delivered", rows[0]!.resend_id, rows[0]!.recipient), { id: "msg_duplicate" });
    await t.db.execute(sql`update email_deliveries set status = 'sent' where resend_id = ${rows[0]!.resend_id}`);
    const again = await post(event("email.delivered", rows[0]!.resend_id, rows[0]!.recipient), { id: "msg_duplicate" });
    expect(first.body.result).toBe("processed");
    expect(again).toMatchObject({ status: 200, body: { result: "duplicate" } });
    expect(await statusOf(rows[0]!.resend_id)).toBe("sent");
  });

  it("never move a delivery backwards when they arrive out of order", async () => {
    const { rows } = await sentDeliveries(2, "order");
    const [a, b] = rows;
    // Bounce first, then a late "delivered" and a late "sent": it stays bounced.
    await post(event("email.bounced", a!.resend_id, a!.recipient, { bounce: { type: "Permanent" } }));
    await post(event("email.delivered", a!.resend_id, a!.recipient));
    await post(event("email.sent", a!.resend_id, a!.recipient));
    expect(await statusOf(a!.resend_id)).toBe("bounced");
    // Delivered, then a complaint (it comes after delivery): complained.
    await post(event("email.delivered", b!.resend_id, b!.recipient));
    await post(event("email.complained", b!.resend_id, b!.recipient));
    await post(event("email.delivered", b!.resend_id, b!.recipient));
    expect(await statusOf(b!.resend_id)).toBe("complained");
  });

  it("acknowledge events they do not act on, and events about unknown emails", async () => {
    expect((await post(event("email.opened", "unknown-id", "x@example.org"))).body.result).toBe("ignored");
    expect((await post(event("email.delivered", "unknown-id", "x@example.org"))).status).toBe(200);
    // A complaint about an email we cannot match still suppresses the address it names.
    await post(event("email.complained", "unknown-id", "Stranger@Example.org"));
    expect(await suppression("stranger@example.org")).toBe("complained");
  });
});
