import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppLoadContext } from "react-router";
import * as schema from "../../db/schema";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { recordSignatureFromApi } from "~/lib/signature-api.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createPetition } from "../support/fixtures";

let t: TestDatabase;
let context: AppLoadContext;
beforeAll(async () => {
  t = await createTestDatabase();
  const env = parseEnv({ APP_URL: "https://petitions.test" });
  context = { db: t.db, env, mailer: createMailer(env, t.db), cspNonce: "n", clientIp: "203.0.113.9", ipHashKey: "key" };
});
afterAll(() => t.drop());

const post = (slug: string, body: unknown, contentType = "application/json") =>
  recordSignatureFromApi(
    new Request(`https://petitions.test/api/v1/petitions/${slug}/signatures`, {
      method: "POST",
      headers: { "content-type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    context,
    slug,
  );

const person = (email: string, extra: Record<string, unknown> = {}) => ({
  person: { given_name: "Olena", family_name: "Kovalenko", email_addresses: [{ address: email }], postal_addresses: [{ country: "ua" }] },
  custom_fields: { officer: true, agency: "Patrol police" },
  add_tags: ["partner-site"],
  ...extra,
});

describe("POST /api/v1/petitions/:slug/signatures", () => {
  it("records a pending signature in the OSDI shape and answers 202", async () => {
    const petition = await createPetition(t.db);
    const result = await post(petition.slug, person("olena@example.org"));
    expect(result.status).toBe(202);
    expect(result.body).toMatchObject({ status: "pending", outcome: "created", petition: { slug: petition.slug } });
    const [row] = await t.db.select().from(schema.signatures).where(eq(schema.signatures.petitionId, petition.id));
    expect(row).toMatchObject({
      fullName: "Olena Kovalenko",
      country: "UA",
      channel: "api",
      status: "pending",
      source: "partner-site",
      customFields: { officer: "yes", agency: "Patrol police" },
      updatesOptIn: false,
      showName: false,
    });
    expect(row!.ipHash).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(row!.ipHash).not.toContain("203.0.113.9");
  });

  it("answers 422 with a message per field, in the request's own terms", async () => {
    const petition = await createPetition(t.db);
    const result = await post(petition.slug, {
      person: { given_name: "", email_addresses: [{ address: "nope" }], postal_addresses: [{ country: "XX" }] },
      custom_fields: { officer: "perhaps" },
    });
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({
      error: "validation_failed",
      fields: {
        "person.given_name": "Please fill in this field.",
        "person.email_addresses[0].address": "Please enter a valid email address.",
        "person.postal_addresses[0].country": "Please choose a country from the list.",
        "custom_fields.officer": "Please choose one of the options.",
      },
    });
    expect(await t.db.select().from(schema.signatures).where(eq(schema.signatures.petitionId, petition.id))).toHaveLength(0);
  });

  it.each([
    ["a body that is not JSON", "{not json", "application/json", 400, "invalid_json"],
    ["a body that is not declared JSON", "a=1", "application/x-www-form-urlencoded", 415, "unsupported_media_type"],
    ["a body without a person", { hello: "world" }, "application/json", 422, "validation_failed"],
    ["wrong types", { person: { email_addresses: "x@example.org" } }, "application/json", 422, "validation_failed"],
    ["an empty array of addresses", { person: { email_addresses: [] } }, "application/json", 422, "validation_failed"],
  ])("refuses %s", async (_name, body, contentType, status, error) => {
    const petition = await createPetition(t.db);
    const result = await post(petition.slug, body, contentType);
    expect(result.status).toBe(status);
    expect(result.body).toMatchObject({ error });
  });

  it("names nested fields with the same notation when the body's shape is wrong", async () => {
    const petition = await createPetition(t.db);
    const result = await post(petition.slug, { person: { email_addresses: [{ address: 42 }] } });
    expect(result).toMatchObject({ status: 422, body: { fields: { "person.email_addresses[0].address": expect.any(String) } } });
  });

  it("answers 404 for an unknown petition and 409 for a closed one", async () => {
    expect((await post("no-such-petition", person("x@example.org"))).status).toBe(404);
    const closed = await createPetition(t.db, { status: "closed" });
    expect(await post(closed.slug, person("y@example.org"))).toMatchObject({ status: 409, body: { error: "petition_closed" } });
  });

  it("signing again through the API re-sends rather than duplicating", async () => {
    const petition = await createPetition(t.db);
    await post(petition.slug, person("again@example.org"));
    const second = await post(petition.slug, person("Again+api@Example.org"));
    expect(second).toMatchObject({ status: 202, body: { outcome: "resent" } });
    expect(await t.db.select().from(schema.signatures).where(eq(schema.signatures.petitionId, petition.id))).toHaveLength(1);
  });
});
