// Shared by the dashboard, review and export tests: signatures written straight
// into the table (any state, any time, any address) and signed-in organisers.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import * as schema from "../../db/schema";
import { canonicalEmail } from "~/lib/canonical-email";
import type { Db } from "~/lib/database.server";
import { createMailer } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { createSession, sessionCookie } from "~/lib/sessions.server";
import { hashPassword } from "~/lib/seed.server";

export const APP_URL = "http://dashboard.test";

export function testContext(db: Db): AppLoadContext {
  const env = parseEnv({ APP_URL });
  return { db, env, mailer: createMailer(env, db), cspNonce: "n", clientIp: "203.0.113.7", ipHashKey: "key" };
}

export interface SignatureRow {
  name?: string;
  email?: string;
  country?: string;
  status?: schema.SignatureStatus;
  confirmed?: boolean;
  verified?: boolean;
  source?: string | null;
  utm?: Record<string, string>;
  ipHash?: string | null;
  flagReason?: string | null;
  createdAt?: Date;
  confirmedAt?: Date;
  customFields?: Record<string, string>;
  postcode?: string | null;
  showName?: boolean;
  updatesOptIn?: boolean;
  anonymisedAt?: Date | null;
}

let serial = 0;

/** Inserts signatures as they would be after signing (and confirming, when `confirmed` or status confirmed). */
export async function insertSignatures(db: Db, petitionId: string, rows: SignatureRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const values = rows.map((row) => {
    serial += 1;
    const email = row.email ?? `person${serial}-${randomBytes(3).toString("hex")}@example.org`;
    const status = row.status ?? "pending";
    const confirmed = row.confirmed ?? status === "confirmed";
    const createdAt = row.createdAt ?? new Date();
    return {
      petitionId,
      status,
      fullName: row.name ?? `Person ${serial}`,
      email,
      canonicalEmail: canonicalEmail(email),
      country: row.country ?? "SN",
      postcode: row.postcode ?? null,
      locale: "en",
      customFields: row.customFields ?? {},
      showName: row.showName ?? false,
      updatesOptIn: row.updatesOptIn ?? false,
      consentVersion: "test",
      consentText: "test consent",
      source: row.source ?? null,
      utm: row.utm ?? {},
      ipHash: row.ipHash ?? null,
      flagReason: row.flagReason ?? (status === "flagged" ? "disposable-domain" : null),
      verified: row.verified ?? false,
      confirmedAt: confirmed ? (row.confirmedAt ?? createdAt) : null,
      createdAt,
      anonymisedAt: row.anonymisedAt ?? null,
    };
  });
  const inserted = await db.insert(schema.signatures).values(values).returning({ id: schema.signatures.id });
  // Confirmation order, as confirmSignature gives it: the counting loop folds by it.
  await db.execute(sql`update signatures set confirm_seq = nextval('signature_confirm_seq')
    where petition_id = ${petitionId} and confirmed_at is not null and confirm_seq is null`);
  return inserted.map((r) => r.id);
}

export interface TestUser {
  id: string;
  email: string;
  cookie: string;
}

/** A user with `role` in the demo organisation (or none), signed in; `cookie` goes in the Cookie header. */
export async function createMember(db: Db, role: "owner" | "editor" | "viewer" | null, options: { isAdmin?: boolean } = {}): Promise<TestUser> {
  const email = `${role ?? "outsider"}-${randomBytes(4).toString("hex")}@org.test`;
  const [user] = await db
    .insert(schema.users)
    .values({ email, displayName: `${role ?? "outsider"} user`, passwordHash: await hashPassword("not used in these tests"), isAdmin: options.isAdmin ?? false })
    .returning({ id: schema.users.id });
  if (role) {
    const organisation = await db.query.organisations.findFirst();
    await db.insert(schema.memberships).values({ organisationId: organisation!.id, userId: user!.id, role });
  }
  const token = await createSession(db, user!.id, { twoFactorVerified: false });
  const setCookie = await sessionCookie(false).serialize(token);
  return { id: user!.id, email, cookie: setCookie.split(";")[0]! };
}

/** A request as the browser would send it from the app's own pages. */
export function appRequest(path: string, user: TestUser | null, init: { method?: string; form?: Record<string, string | string[]> } = {}): Request {
  const headers = new Headers({ Origin: APP_URL });
  if (user) headers.set("Cookie", user.cookie);
  let body: URLSearchParams | undefined;
  if (init.form) {
    body = new URLSearchParams();
    for (const [key, value] of Object.entries(init.form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
  }
  return new Request(`${APP_URL}${path}`, { method: init.method ?? (body ? "POST" : "GET"), headers, body });
}

/** Runs a loader or action and returns what it threw when it threw a Response (404, 403, redirects). */
export async function settle<T>(run: () => Promise<T>): Promise<T | Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}
