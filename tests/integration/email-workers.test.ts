// Real worker processes against the fake Resend: one killed with SIGKILL while its
// batches are in flight, and two sharing the request rate through PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { wakeDrain } from "~/lib/email-delivery.server";
import { enqueueJob } from "~/lib/jobs.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { addSupporters, createScheduledMessage, deliveriesOf } from "../support/email-fixtures";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { createPetition } from "../support/fixtures";

let t: TestDatabase;
let fake: FakeResend;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend();
});
afterAll(async () => {
  await fake?.close();
  await t?.drop();
});
beforeEach(() => fake.reset());
afterEach(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await once(child, "exit");
    }
  }
  children.clear();
});

/** Starts `npm run worker`'s equivalent in its own process and waits until it runs jobs. */
async function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/email-worker-process.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: t.url,
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
      APP_URL: "https://petitions.example",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker process exited (${code}) before it was ready:\n${output}`)));
  });
  return child;
}

async function statusCounts(messageId: string): Promise<Record<string, number>> {
  const rows = await t.db.execute<{ status: string; n: number }>(sql`
    select status, count(*)::int as n from email_deliveries where message_id = ${messageId} group by status`);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

describe("worker processes", () => {
  it("resume a fan-out after one is killed mid-send: every recipient gets the email exactly once", async () => {
    const petition = await createPetition(t.db);
    const emails = await addSupporters(t.db, petition.id, "crash", 400);
    const messageId = await createScheduledMessage(t.db, petition.id);
    // The first two batch requests reach the fake (which records their emails) but are not
    // answered before the worker dies: the window between "sent" and "recorded".
    fake.delayNext(2, 15_000);
    const first = await startWorkerProcess({ EMAIL_REQUESTS_PER_SECOND: "5", ORPHAN_AFTER_MS: "0" });
    await enqueueJob(t.db, "send-message", { messageId }, { jobKey: `send-message/${messageId}` });
    await vi.waitFor(() => expect(fake.batchRequests().length).toBeGreaterThanOrEqual(2), { timeout: 30_000, interval: 50 });

    first.kill("SIGKILL");
    await once(first, "exit");
    const inFlight = new Set(fake.batchRequests().map((r) => r.headers["idempotency-key"]));
    expect(fake.emails.length).toBeGreaterThanOrEqual(200);
    const afterCrash = await statusCounts(messageId);
    expect(afterCrash.sending).toBeGreaterThanOrEqual(200);
    expect(afterCrash.sent ?? 0).toBe(0);

    await startWorkerProcess({ EMAIL_REQUESTS_PER_SECOND: "5", ORPHAN_AFTER_MS: "0" });
    await vi.waitFor(async () => expect(await statusCounts(messageId)).toEqual({ sent: 400 }), { timeout: 60_000, interval: 200 });

    // Each recipient exactly once at the provider; the batches that were in flight were sent
    // again with their own keys and answered from the provider's idempotency cache.
    const recipients = fake.emails.flatMap((e) => e.to);
    expect(recipients).toHaveLength(400);
    expect(recipients.sort()).toEqual([...emails].sort());
    const replays = fake.batchRequests().filter((r) => inFlight.has(r.headers["idempotency-key"]));
    expect(replays.length).toBeGreaterThan(inFlight.size);
    const idByRecipient = new Map(fake.emails.map((e) => [e.to[0]!, e.id]));
    const rows = await deliveriesOf(t.db, messageId);
    expect(rows.every((r) => r.resend_id === idByRecipient.get(r.recipient))).toBe(true);
    const [message] = await t.db.execute<{ status: string }>(sql`select status from email_messages where id = ${messageId}`);
    expect(message!.status).toBe("sent");
  });

  it("share one request rate: two workers together stay under it", async () => {
    const RATE = 4;
    const petition = await createPetition(t.db);
    await addSupporters(t.db, petition.id, "rate", 1000);
    const messageId = await createScheduledMessage(t.db, petition.id);
    await Promise.all([
      startWorkerProcess({ EMAIL_REQUESTS_PER_SECOND: String(RATE), EMAIL_FROM: "Worker A <a@test.example>" }),
      startWorkerProcess({ EMAIL_REQUESTS_PER_SECOND: String(RATE), EMAIL_FROM: "Worker B <b@test.example>" }),
    ]);
    await enqueueJob(t.db, "send-message", { messageId }, { jobKey: `send-message/${messageId}` });
    // More drains than one process runs, so both processes take part.
    await vi.waitFor(async () => expect((await statusCounts(messageId)).queued).toBeGreaterThan(0), { timeout: 20_000 });
    for (let i = 0; i < 6; i++) await wakeDrain(t.db);
    await vi.waitFor(async () => expect(await statusCounts(messageId)).toEqual({ sent: 1000 }), { timeout: 90_000, interval: 250 });

    const batches = fake.batchRequests();
    expect(batches).toHaveLength(10);
    const senders = new Set(batches.map((r) => (r.body as { from: string }[])[0]!.from));
    expect(senders).toEqual(new Set(["Worker A <a@test.example>", "Worker B <b@test.example>"]));
    // Measured where Resend would measure it, when each request arrives: no second ever holds
    // more than RATE of them (less up to 0.15 s of jitter from a busy machine delaying one request
    // after its slot). Two processes each keeping their own pace would send twice as many.
    const times = batches.map((r) => r.startedAt.getTime()).sort((a, b) => a - b);
    const JITTER_MS = 150;
    for (let i = 0; i + RATE < times.length; i++) expect(times[i + RATE]! - times[i]!).toBeGreaterThanOrEqual(1000 - JITTER_MS);
    // And the rate is used, not just respected: ten requests take about nine slots.
    expect(times.at(-1)! - times[0]!).toBeLessThan((9 * 1000) / RATE + 8_000);
  });
});
