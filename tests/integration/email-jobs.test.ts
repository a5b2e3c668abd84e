import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { templates } from "../../emails";
import { outboxMessages } from "../../db/schema";
import { createMailer, EmailSendError } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { enqueueJob, startWorker, type Worker } from "~/lib/jobs.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { startFakeResend, type FakeResend } from "../support/fake-resend";
import { allowConsoleErrors, consoleErrors } from "../support/fail-on-console-error";

let t: TestDatabase;
let fake: FakeResend;
let worker: Worker;

const props = templates["confirm-signature"].previewProps;

/** send-email jobs still queued (the worker also runs its own sweep and cron jobs, which are not counted). */
async function jobsLeft(): Promise<{ attempts: number; last_error: string | null }[]> {
  return t.db.execute(sql`select attempts, last_error from graphile_worker.jobs where task_identifier = 'send-email'`);
}

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeResend();
  const env = parseEnv({ RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, EMAIL_FROM: "Petitions <petitions@test.example>" });
  worker = await startWorker({ connectionString: t.url, concurrency: 2, mailer: createMailer(env, t.db), db: t.db, env });
});

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
  await t?.drop();
});

beforeEach(() => fake.reset());

describe("the send-email job through the real Resend SDK", () => {
  it("renders the template and sends HTML and text with the idempotency key", async () => {
    await enqueueJob(t.db, "send-email", {
      template: "confirm-signature",
      props,
      to: "aminata@example.org",
      idempotencyKey: "confirm/1",
      headers: { "X-Entity-Ref-ID": "1" },
    });
    const [email] = await fake.waitForEmails(1);
    expect(email!.to).toEqual(["aminata@example.org"]);
    expect(email!.from).toBe("Petitions <petitions@test.example>");
    expect(email!.subject).toBe("Please confirm your signature: Police officers for harm reduction");
    expect(email!.html).toContain(props.confirmUrl);
    expect(email!.text).toContain(props.confirmUrl);
    expect(email!.headers).toMatchObject({ "X-Entity-Ref-ID": "1" });
    expect(email!.idempotencyKey).toBe("confirm/1");
    await vi.waitFor(async () => expect(await jobsLeft()).toHaveLength(0));
  });

  it("is retried after a server error and sends exactly once", async () => {
    allowConsoleErrors();
    fake.failNext(1, { status: 500 });
    await enqueueJob(t.db, "send-email", { template: "confirm-signature", props, to: "retry@example.org", idempotencyKey: "confirm/2" });
    // graphile-worker backs off exponentially; pull the retry forward instead of waiting.
    await vi.waitFor(async () => expect((await jobsLeft())[0]?.last_error).toMatch(/Resend refused the message \(500/), {
      timeout: 10_000,
    });
    expect((await jobsLeft())[0]!.attempts).toBe(1);
    await t.db.execute(sql`update graphile_worker._private_jobs set run_at = now()`);
    await fake.waitForEmails(1);
    await vi.waitFor(async () => expect(await jobsLeft()).toHaveLength(0), { timeout: 10_000 });
    expect(fake.emails.filter((e) => e.to[0] === "retry@example.org")).toHaveLength(1);
    expect(fake.requests.filter((r) => r.path === "/emails")).toHaveLength(2);
  });

  it("records each email in the delivery ledger, with Resend's id, and never sends to a suppressed address", async () => {
    await t.db.execute(sql`insert into suppressions (canonical_email, reason) values ('bounced@example.org', 'bounced')`);
    await enqueueJob(t.db, "send-email", { template: "confirm-signature", props, to: "bounced@example.org", idempotencyKey: "confirm/ledger-1" });
    await enqueueJob(t.db, "send-email", { template: "confirm-signature", props, to: "ledger@example.org", idempotencyKey: "confirm/ledger-2" });
    const [email] = await fake.waitForEmails(1);
    await vi.waitFor(async () => expect(await jobsLeft()).toHaveLength(0), { timeout: 10_000 });
    expect(fake.emails.map((e) => e.to[0])).toEqual(["ledger@example.org"]);
    const rows = await t.db.execute<{ transactional_key: string; status: string; resend_id: string | null }>(sql`
      select transactional_key, status, resend_id from email_deliveries where transactional_key like 'confirm/ledger-%' order by transactional_key`);
    expect(rows).toEqual([
      { transactional_key: "confirm/ledger-1", status: "suppressed", resend_id: null },
      { transactional_key: "confirm/ledger-2", status: "sent", resend_id: email!.id },
    ]);
  });

  it("drops a message the provider rejects as invalid instead of retrying forever", async () => {
    allowConsoleErrors();
    fake.failNext(1, { status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." } });
    await enqueueJob(t.db, "send-email", { template: "confirm-signature", props, to: "bad@example.org", idempotencyKey: "confirm/3" });
    await vi.waitFor(async () => expect(await jobsLeft()).toHaveLength(0), { timeout: 10_000 });
    expect(fake.emails).toHaveLength(0);
    expect(consoleErrors()).toContain("rejected permanently");
  });
});

describe("mailers", () => {
  it("reports Resend errors as EmailSendError with retry advice", async () => {
    const mailer = createMailer(parseEnv({ RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url }), t.db);
    fake.failNext(1, { status: 429, headers: { "retry-after": "3" } });
    const email = { to: "x@example.org", subject: "s", html: "<p>h</p>", text: "h", idempotencyKey: "k1" };
    const error = await mailer.send(email).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmailSendError);
    expect(error).toMatchObject({ retryable: true, statusCode: 429, retryAfterMs: 3000 });
    expect((await mailer.send(email)).id).toMatch(/[0-9a-f-]{36}/);
  });

  it("reports a wrong API key as not worth retrying", async () => {
    const mailer = createMailer(parseEnv({ RESEND_API_KEY: "re_wrong", RESEND_BASE_URL: fake.url }), t.db);
    const error = await mailer.send({ to: "x@example.org", subject: "s", html: "h", text: "h", idempotencyKey: "k2" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ retryable: false, statusCode: 401 });
  });

  it("keeps messages in the local outbox when no key is set, once per idempotency key", async () => {
    const mailer = createMailer(parseEnv({}), t.db);
    expect(mailer.transport).toBe("outbox");
    const email = { to: "local@example.org", subject: "Outbox", html: "<p>x</p>", text: "x", idempotencyKey: "outbox/1" };
    const first = await mailer.send(email);
    const second = await mailer.send(email);
    expect(second.id).toBe(first.id);
    const rows = await t.db.select().from(outboxMessages);
    expect(rows.filter((r) => r.idempotencyKey === "outbox/1")).toHaveLength(1);
    expect(fake.requests).toHaveLength(0);
  });
});
