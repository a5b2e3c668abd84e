import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Resend } from "resend";
import { startFakeResend, type FakeResend } from "../support/fake-resend";

let fake: FakeResend;
let previousBaseUrl: string | undefined;

// The SDK reads RESEND_BASE_URL in its constructor, so every client must be built after this is set.
function client(apiKey = fake.apiKey): Resend {
  process.env.RESEND_BASE_URL = fake.url;
  return new Resend(apiKey);
}

const message = {
  from: "Campaigns <campaigns@example.org>",
  to: "supporter@example.com",
  subject: "Thanks for signing",
  html: "<p>Thank you</p>",
  text: "Thank you",
};

beforeAll(async () => {
  previousBaseUrl = process.env.RESEND_BASE_URL;
  fake = await startFakeResend();
});

afterAll(async () => {
  if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
  else process.env.RESEND_BASE_URL = previousBaseUrl;
  await fake.close();
});

beforeEach(() => fake.reset());

describe("fake Resend driven by the real SDK", () => {
  it("records a single send with html, text, headers and tags", async () => {
    const { data, error } = await client().emails.send({
      ...message,
      replyTo: "help@example.org",
      headers: { "List-Unsubscribe": "<https://example.org/unsubscribe/abc>" },
      tags: [{ name: "campaign", value: "naloxone" }],
    });

    expect(error).toBeNull();
    expect(fake.emails).toHaveLength(1);
    const [email] = fake.emails;
    expect(data?.id).toBe(email?.id);
    expect(email).toMatchObject({
      from: message.from,
      to: ["supporter@example.com"],
      subject: message.subject,
      html: message.html,
      text: message.text,
      reply_to: ["help@example.org"],
      headers: { "List-Unsubscribe": "<https://example.org/unsubscribe/abc>" },
      tags: [{ name: "campaign", value: "naloxone" }],
      idempotencyKey: null,
    });
    expect(email?.id).toMatch(/^[0-9a-f-]{36}$/);

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: "POST", path: "/emails" });
    expect(request?.headers.authorization).toBe(`Bearer ${fake.apiKey}`);
    expect(request?.headers["user-agent"]).toMatch(/^resend-node:\d+\.\d+\.\d+/);
    expect(request?.headers["content-type"]).toBe("application/json");
  });

  it("records a batch of 3 as 3 emails from one request", async () => {
    const recipients = ["a@example.com", "b@example.com", "c@example.com"];
    const { data, error } = await client().batch.send(recipients.map((to) => ({ ...message, to })));

    expect(error).toBeNull();
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: "POST", path: "/emails/batch" });
    expect(fake.requests[0]?.headers["x-batch-validation"]).toBe("strict");
    expect(fake.emails.map((e) => e.to)).toEqual(recipients.map((to) => [to]));
    expect(data?.data.map((d) => d.id)).toEqual(fake.emails.map((e) => e.id));
  });

  it("passes the idempotency key through and does not record a repeat twice", async () => {
    const resend = client();
    const first = await resend.emails.send(message, { idempotencyKey: "signup-42" });
    const second = await resend.emails.send(message, { idempotencyKey: "signup-42" });

    expect(first.error).toBeNull();
    expect(second.data?.id).toBe(first.data?.id);
    expect(fake.requests.map((r) => r.headers["idempotency-key"])).toEqual(["signup-42", "signup-42"]);
    expect(fake.emails).toHaveLength(1);
    expect(fake.emails[0]?.idempotencyKey).toBe("signup-42");

    const conflicting = await resend.emails.send({ ...message, subject: "Other" }, { idempotencyKey: "signup-42" });
    expect(conflicting.data).toBeNull();
    expect(conflicting.error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
    expect(fake.emails).toHaveLength(1);
  });

  it("makes the SDK return (not throw) a 429 error with retry-after, then succeeds", async () => {
    const resend = client();
    fake.failNext(1, { status: 429, headers: { "retry-after": "1" } });

    const limited = await resend.emails.send(message);
    expect(limited.data).toBeNull();
    expect(limited.error).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
    expect(limited.headers?.["retry-after"]).toBe("1");
    expect(fake.emails).toHaveLength(0);

    const retried = await resend.emails.send(message);
    expect(retried.error).toBeNull();
    expect(fake.emails).toHaveLength(1);
    expect(fake.requests).toHaveLength(2);
  });

  it("makes the SDK return a 500 error, then succeeds; a non-JSON body maps to application_error", async () => {
    const resend = client();
    fake.failNext(1, { status: 500 });
    fake.failNext(1, { status: 502, body: "<html>Bad gateway</html>" });

    const failed = await resend.batch.send([message]);
    expect(failed.data).toBeNull();
    expect(failed.error).toMatchObject({ statusCode: 500, name: "internal_server_error" });

    const gateway = await resend.emails.send(message);
    expect(gateway.error).toMatchObject({ statusCode: 502, name: "application_error" });
    expect(fake.emails).toHaveLength(0);

    const retried = await resend.emails.send(message);
    expect(retried.error).toBeNull();
    expect(fake.emails).toHaveLength(1);
  });

  it("rejects a wrong API key with an error result", async () => {
    const { data, error } = await client("re_wrong_key").emails.send(message);

    expect(data).toBeNull();
    expect(error).toMatchObject({ statusCode: 401, name: "invalid_api_key" });
    expect(fake.emails).toHaveLength(0);
    expect(fake.requests[0]?.headers.authorization).toBe("Bearer re_wrong_key");
  });

  it("validates missing fields and oversized batches with 422", async () => {
    const resend = client();
    const missingSubject = await resend.emails.send({ ...message, subject: undefined as unknown as string });
    expect(missingSubject.error).toMatchObject({ statusCode: 422, name: "validation_error", message: "Missing `subject` field." });

    const tooMany = await resend.batch.send(Array.from({ length: 101 }, () => message));
    expect(tooMany.error).toMatchObject({ statusCode: 422, name: "validation_error" });
    expect(fake.emails).toHaveLength(0);
  });

  it("waitForEmails resolves once enough emails arrive and rejects on timeout", async () => {
    const waiting = fake.waitForEmails(2, 5_000);
    await client().batch.send([message, { ...message, to: "other@example.com" }]);
    expect((await waiting).map((e) => e.to[0])).toEqual(["supporter@example.com", "other@example.com"]);

    await expect(fake.waitForEmails(3, 50)).rejects.toThrow(/at least 3 email\(s\) within 50ms but got 2/);
  });

  it("serves and clears accepted emails over /_fake/emails without auth", async () => {
    await client().emails.send(message);

    const listed = await fetch(`${fake.url}/_fake/emails`);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual([expect.objectContaining({ id: fake.emails[0]?.id, subject: message.subject })]);

    const cleared = await fetch(`${fake.url}/_fake/emails`, { method: "DELETE" });
    expect(cleared.status).toBe(204);
    expect(fake.emails).toHaveLength(0);
    expect(await (await fetch(`${fake.url}/_fake/emails`)).json()).toEqual([]);
  });
});
