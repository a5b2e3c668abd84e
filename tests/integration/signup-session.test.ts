// Sign-up answers alike for new and known addresses (no session for either); the
// emailed verification link signs a new organiser in, never past a second factor.
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import * as signupRoute from "~/routes/account/signup";
import * as verifyRoute from "~/routes/account/verify-email";
import { createTestDatabase, type TestDatabase } from "../support/database";

const APP_URL = "http://app.test";
const PASSWORD = "a long enough password";
let t: TestDatabase;
let context: AppLoadContext;

beforeAll(async () => {
  t = await createTestDatabase();
  const env = parseEnv({ APP_URL });
  context = { db: t.db, env, mailer: createMailer(env, t.db), cspNonce: "n", clientIp: null, ipHashKey: "key" };
});
afterAll(() => t.drop());

const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString("hex")}@example.org`;

/** Posts the sign-up form as a browser would and returns the redirect React Router would send. */
async function signUp(email: string): Promise<Response> {
  const body = new URLSearchParams({ displayName: "New Organiser", email, password: PASSWORD });
  const request = new Request(`${APP_URL}/signup`, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
  const answer = await signupRoute.action({ request, params: {}, context } as Parameters<typeof signupRoute.action>[0]);
  if (!(answer instanceof Response)) throw new Error(`sign-up did not redirect: ${JSON.stringify(answer)}`);
  return answer;
}

async function verificationToken(email: string): Promise<string> {
  const [row] = await t.db.execute<{ url: string }>(sql`
    select j.payload->'props'->>'verifyUrl' as url from graphile_worker._private_jobs j
    join graphile_worker._private_tasks k on k.id = j.task_id
    where k.identifier = 'send-email' and lower(j.payload->>'to') = lower(${email}) and j.payload->>'template' = 'verify-email'
    order by j.id desc limit 1`);
  if (!row?.url) throw new Error(`no verification email queued for ${email}`);
  return row.url.split("/").pop()!;
}

async function openLink(token: string): Promise<Headers> {
  const request = new Request(`${APP_URL}/verify-email/${token}`);
  const answer = (await verifyRoute.loader({ request, params: { token }, context } as Parameters<typeof verifyRoute.loader>[0])) as unknown as {
    init: ResponseInit | null;
  };
  return new Headers(answer.init?.headers);
}

describe("sign-up and the verification link", () => {
  it("starts no session for a new address nor for one that has an account, and both land on the same page", async () => {
    const email = uniqueEmail("new");
    const fresh = await signUp(email);
    const again = await signUp(email.toUpperCase());
    for (const answer of [fresh, again]) {
      expect(answer.status).toBe(302);
      expect(answer.headers.get("location")).toBe("/signup/check-email?redirectTo=%2Fdashboard");
      expect(answer.headers.get("set-cookie")).toBeNull();
    }
  });

  it("signs the new organiser in when the link is opened", async () => {
    const email = uniqueEmail("link");
    await signUp(email);
    const headers = await openLink(await verificationToken(email));
    expect(headers.get("set-cookie")).toMatch(/^session=/);
    const [user] = await t.db.select().from(schema.users).where(eq(schema.users.email, email));
    expect(user!.emailVerifiedAt).not.toBeNull();
  });

  it("does not sign in an account with two-factor sign-in on: the link is no way past the second factor", async () => {
    const email = uniqueEmail("totp");
    await signUp(email);
    await t.db.update(schema.users).set({ totpSecret: "JBSWY3DPEHPK3PXP", totpEnabledAt: new Date() }).where(eq(schema.users.email, email));
    const headers = await openLink(await verificationToken(email));
    expect(headers.get("set-cookie")).toBeNull();
    const [user] = await t.db.select().from(schema.users).where(eq(schema.users.email, email));
    expect(user!.emailVerifiedAt).not.toBeNull();
  });
});
