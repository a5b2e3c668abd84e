import { randomBytes } from "node:crypto";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP } from "@oslojs/otp";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema";
import { templates } from "../../emails";
import {
  ACCOUNT_RATE_RULES,
  ACCOUNT_TOKEN_TTL_MS,
  changePassword,
  confirmEmailChange,
  issueAccountToken,
  requestEmailChange,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signOutEverywhere,
  signUp,
  verifyEmail,
  type AccountMailMeta,
} from "~/lib/account.server";
import { LOGIN_RATE_RULES, authenticate } from "~/lib/auth.server";
import { renderEmail } from "~/lib/email.server";
import { hashPassword } from "~/lib/passwords.server";
import { SESSION_ABSOLUTE_TTL_MS, SESSION_IDLE_TTL_MS, createSession, validateSessionToken } from "~/lib/sessions.server";
import { hashSecret } from "~/lib/tokens.server";
import {
  TOTP_PERIOD_S,
  TOTP_RATE_RULES,
  disableTwoFactor,
  enableTwoFactor,
  getTwoFactorSetup,
  totpStep,
  verifyTwoFactorLogin,
} from "~/lib/totp.server";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const META: AccountMailMeta = { locale: "en", appUrl: "http://app.test", siteName: "Test site" };
const PASSWORD = "a long enough password";

const unique = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;
const uniqueEmail = (label: string) => `${unique(label)}@example.org`;
/** A fresh client address per test, so the per-IP limits of one test never trip another. */
const uniqueIp = () => `ip-${randomBytes(6).toString("hex")}`;

async function createUser(options: { email?: string; password?: string; isAdmin?: boolean; verified?: boolean } = {}) {
  const [user] = await t.db
    .insert(schema.users)
    .values({
      email: options.email ?? uniqueEmail("user"),
      displayName: "Test Organiser",
      passwordHash: await hashPassword(options.password ?? PASSWORD),
      isAdmin: options.isAdmin ?? false,
      emailVerifiedAt: options.verified ? new Date() : null,
    })
    .returning();
  return user!;
}

interface QueuedEmail {
  template: string;
  to: string;
  idempotencyKey: string;
  props: Record<string, string | number>;
}

/** Emails queued for the worker (none runs in these tests), newest first. */
async function queuedEmails(to: string, template?: string): Promise<QueuedEmail[]> {
  const rows = await t.db.execute<{ payload: QueuedEmail }>(sql`
    select j.payload from graphile_worker._private_jobs j
    join graphile_worker._private_tasks k on k.id = j.task_id
    where k.identifier = 'send-email' order by j.id desc`);
  return rows.map((r) => r.payload).filter((p) => p.to.toLowerCase() === to.toLowerCase() && (!template || p.template === template));
}

/** The `<id>.<secret>` token at the end of the newest link emailed to `to` with `template`. */
async function latestLinkToken(to: string, template: string, prop: string): Promise<string> {
  const [email] = await queuedEmails(to, template);
  if (!email) throw new Error(`no ${template} email queued for ${to}`);
  return String(email.props[prop]).split("/").pop()!;
}

async function sessionCount(userId: string): Promise<number> {
  const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(schema.sessions).where(eq(schema.sessions.userId, userId));
  return row!.n;
}

/**
 * Rate limits count in fixed windows; a test that straddles a window boundary would see its
 * counter restart. Waits for the next window when fewer than `neededMs` remain in this one.
 */
async function withinOneWindow(windowMs: number, neededMs = 15_000): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

function totpCode(secret: string, step: number): string {
  return generateHOTP(decodeBase32IgnorePadding(secret), BigInt(step), 6);
}

/** A well-formed code that is valid for none of the steps around `now`. */
function wrongCode(secret: string, now = new Date()): string {
  const valid = new Set([-2, -1, 0, 1, 2].map((d) => totpCode(secret, totpStep(now) + d)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!valid.has(candidate)) return candidate;
  }
}

describe("sessions", () => {
  it("store only a hash of the secret, and a tampered secret is rejected", async () => {
    const user = await createUser();
    const token = await createSession(t.db, user.id, { twoFactorVerified: true });
    const [id, secret] = token.split(".") as [string, string];
    const [row] = await t.db.select().from(schema.sessions).where(eq(schema.sessions.id, id));
    expect(row!.secretHash).toBe(hashSecret(secret));
    const [dump] = await t.db.execute<{ hit: boolean }>(sql`select exists (select 1 from sessions s where s::text like ${`%${secret}%`}) as hit`);
    expect(dump!.hit).toBe(false);

    expect((await validateSessionToken(t.db, token))?.user.id).toBe(user.id);
    const flipped = secret.slice(0, -1) + (secret.endsWith("A") ? "B" : "A");
    expect(await validateSessionToken(t.db, `${id}.${flipped}`)).toBeNull();
    expect(await validateSessionToken(t.db, `${id}.${randomBytes(20).toString("base64url")}`)).toBeNull();
    expect(await validateSessionToken(t.db, `${id}`)).toBeNull();
    expect(await validateSessionToken(t.db, `${id}.${secret}'; drop table sessions; --`)).toBeNull();
    // A wrong guess does not end the real session.
    expect((await validateSessionToken(t.db, token))?.id).toBe(id);
  });

  it("end after a week without use, and the expired row is deleted", async () => {
    const user = await createUser();
    const token = await createSession(t.db, user.id, { twoFactorVerified: true });
    const start = Date.now();
    expect(await validateSessionToken(t.db, token, new Date(start + SESSION_IDLE_TTL_MS - 60_000))).not.toBeNull();
    // That use moved the idle deadline on: a day later it is still valid…
    expect(await validateSessionToken(t.db, token, new Date(start + SESSION_IDLE_TTL_MS + 24 * 3600_000))).not.toBeNull();
    // …but not a full idle period after the last use.
    expect(await validateSessionToken(t.db, token, new Date(start + 2 * SESSION_IDLE_TTL_MS + 25 * 3600_000))).toBeNull();
    expect(await sessionCount(user.id)).toBe(0);
  });

  it("end at the absolute limit even when used every day", async () => {
    const user = await createUser();
    const token = await createSession(t.db, user.id, { twoFactorVerified: true });
    const start = Date.now();
    for (let day = 1; day * 24 * 3600_000 < SESSION_ABSOLUTE_TTL_MS; day += 2) {
      expect(await validateSessionToken(t.db, token, new Date(start + day * 24 * 3600_000)), `day ${day}`).not.toBeNull();
    }
    expect(await validateSessionToken(t.db, token, new Date(start + SESSION_ABSOLUTE_TTL_MS + 1000))).toBeNull();
    expect(await sessionCount(user.id)).toBe(0);
  });
});

describe("account tokens", () => {
  it("work once, and store only a hash", async () => {
    const email = uniqueEmail("once");
    const created = await signUp(t.db, { displayName: "Once", email, password: PASSWORD }, { ...META, ipHash: uniqueIp() });
    expect(created.outcome).toBe("created");
    const token = await latestLinkToken(email, "verify-email", "verifyUrl");
    const [id, secret] = token.split(".") as [string, string];
    const [row] = await t.db.select().from(schema.accountTokens).where(eq(schema.accountTokens.id, id));
    expect(row).toMatchObject({ purpose: "verify-email", secretHash: hashSecret(secret), usedAt: null });

    expect(await verifyEmail(t.db, token)).toMatchObject({ ok: true });
    expect(await verifyEmail(t.db, token)).toEqual({ ok: false, reason: "used" });
    const [user] = await t.db.select().from(schema.users).where(eq(schema.users.email, email));
    expect(user!.emailVerifiedAt).not.toBeNull();
  });

  it("expire (24 hours for verification, one hour for a reset)", async () => {
    const user = await createUser();
    const verify = await t.db.transaction((tx) => issueAccountToken(tx, user.id, "verify-email"));
    const reset = await t.db.transaction((tx) => issueAccountToken(tx, user.id, "reset-password"));
    expect(ACCOUNT_TOKEN_TTL_MS["verify-email"]).toBe(24 * 3600_000);
    expect(ACCOUNT_TOKEN_TTL_MS["reset-password"]).toBe(3600_000);
    expect(await resetPassword(t.db, reset.token, "another long password", new Date(Date.now() + 3600_000 + 1000))).toEqual({ ok: false, reason: "expired" });
    expect(await verifyEmail(t.db, verify.token, new Date(Date.now() + 24 * 3600_000 + 1000))).toEqual({ ok: false, reason: "expired" });
    // Expired links changed nothing, and still-valid ones still work.
    const [after] = await t.db.select().from(schema.users).where(eq(schema.users.id, user.id));
    expect(after!.passwordHash).toBe(user.passwordHash);
    expect(after!.emailVerifiedAt).toBeNull();
    expect(await verifyEmail(t.db, verify.token, new Date(Date.now() + 23 * 3600_000))).toMatchObject({ ok: true });
  });

  it("serve only their own purpose, and a tampered or unknown token is invalid", async () => {
    const user = await createUser();
    const verify = await t.db.transaction((tx) => issueAccountToken(tx, user.id, "verify-email"));
    const reset = await t.db.transaction((tx) => issueAccountToken(tx, user.id, "reset-password"));
    expect(await verifyEmail(t.db, reset.token)).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPassword(t.db, verify.token, "another long password")).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmEmailChange(t.db, verify.token, META)).toEqual({ ok: false, reason: "invalid" });
    const [id] = verify.token.split(".");
    expect(await verifyEmail(t.db, `${id}.${"x".repeat(27)}`)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyEmail(t.db, "not-a-token")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyEmail(t.db, `not-a-uuid-at-all.${"x".repeat(27)}`)).toEqual({ ok: false, reason: "invalid" });
    // The mismatched attempts did not use anything up.
    expect(await verifyEmail(t.db, verify.token)).toMatchObject({ ok: true });
    expect(await resetPassword(t.db, reset.token, "another long password")).toMatchObject({ ok: true });
  });

  it("are single-use under concurrency: one of ten simultaneous openings wins", async () => {
    const user = await createUser();
    const { token } = await t.db.transaction((tx) => issueAccountToken(tx, user.id, "verify-email"));
    const results = await Promise.all(Array.from({ length: 10 }, () => verifyEmail(t.db, token)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "used")).toHaveLength(9);
  });
});

describe("login rate limits", () => {
  it("refuse the 6th attempt on one account within the window, even with the right password", async () => {
    await withinOneWindow(LOGIN_RATE_RULES.account.windowMs);
    const user = await createUser();
    const ip = uniqueIp();
    expect(LOGIN_RATE_RULES.account.limit).toBe(5);
    for (let i = 0; i < 5; i++) expect(await authenticate(t.db, user.email, "wrong password", ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(t.db, user.email, PASSWORD, ip)).toEqual({ ok: false, reason: "rate-limited" });
    // Case and spaces do not make a new account key.
    expect(await authenticate(t.db, ` ${user.email.toUpperCase()} `, PASSWORD, uniqueIp())).toEqual({ ok: false, reason: "rate-limited" });
  });

  it("refuse a 31st attempt from one address, whichever account it targets", async () => {
    await withinOneWindow(LOGIN_RATE_RULES.ip.windowMs);
    const ip = uniqueIp();
    const user = await createUser();
    expect(LOGIN_RATE_RULES.ip.limit).toBe(30);
    for (let i = 0; i < 30; i++) {
      expect((await authenticate(t.db, uniqueEmail(`probe${i}`), "wrong password", ip)).ok).toBe(false);
    }
    expect(await authenticate(t.db, user.email, PASSWORD, ip)).toEqual({ ok: false, reason: "rate-limited" });
    // The same account from another address is fine: it was the address that was limited.
    expect(await authenticate(t.db, user.email, PASSWORD, uniqueIp())).toMatchObject({ ok: true, userId: user.id });
  });
});

describe("sign-up", () => {
  it("creates an unverified account and queues a verification email", async () => {
    const email = uniqueEmail("New.Person");
    const result = await signUp(t.db, { displayName: "New Person", email, password: PASSWORD }, { ...META, ipHash: uniqueIp() });
    expect(result.outcome).toBe("created");
    const [user] = await t.db.select().from(schema.users).where(eq(schema.users.email, email));
    expect(user).toMatchObject({ displayName: "New Person", emailVerifiedAt: null, isAdmin: false });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const [email1] = await queuedEmails(email, "verify-email");
    expect(email1!.props).toMatchObject({ displayName: "New Person", expiresInHours: 24 });
    expect(String(email1!.props.verifyUrl)).toMatch(/^http:\/\/app\.test\/verify-email\/[0-9a-f-]{36}\.[A-Za-z0-9_-]+$/);
  });

  it("with an address that has an account creates nothing, changes nothing, and tells only the owner", async () => {
    const owner = await createUser({ email: uniqueEmail("Owner") });
    const tokensBefore = await t.db.select().from(schema.accountTokens).where(eq(schema.accountTokens.userId, owner.id));
    const [{ n: usersBefore }] = (await t.db.select({ n: sql<number>`count(*)::int` }).from(schema.users)) as [{ n: number }];
    const attempt = await signUp(
      t.db,
      { displayName: "Intruder", email: `  ${owner.email.toUpperCase()}`, password: "the intruder's password" },
      { ...META, ipHash: uniqueIp() },
    );
    expect(attempt).toEqual({ outcome: "existing" });
    const [{ n: usersAfter }] = (await t.db.select({ n: sql<number>`count(*)::int` }).from(schema.users)) as [{ n: number }];
    expect(usersAfter).toBe(usersBefore);
    const [after] = await t.db.select().from(schema.users).where(eq(schema.users.id, owner.id));
    expect(after).toEqual(owner);
    expect(await t.db.select().from(schema.accountTokens).where(eq(schema.accountTokens.userId, owner.id))).toEqual(tokensBefore);
    expect(await queuedEmails(owner.email, "verify-email")).toHaveLength(0);
    const notices = await queuedEmails(owner.email, "account-exists");
    expect(notices).toHaveLength(1);
    // Sent to the address on file, in the owner's name: nothing the intruder typed is echoed.
    expect(notices[0]!.to).toBe(owner.email);
    expect(notices[0]!.props).toMatchObject({ displayName: "Test Organiser", forgotPasswordUrl: "http://app.test/forgot-password" });
    expect(JSON.stringify(notices[0])).not.toContain("Intruder");
  });

  it("sends at most three 'someone tried' notices a day to one address", async () => {
    await withinOneWindow(ACCOUNT_RATE_RULES.signupNotice.windowMs);
    const owner = await createUser();
    for (let i = 0; i < 5; i++) {
      expect((await signUp(t.db, { displayName: "X", email: owner.email, password: PASSWORD }, { ...META, ipHash: uniqueIp() })).outcome).toBe("existing");
    }
    expect(await queuedEmails(owner.email, "account-exists")).toHaveLength(3);
  });
});

describe("password reset", () => {
  it("answers the same for unknown addresses and queues nothing for them", async () => {
    const unknown = uniqueEmail("nobody");
    expect(await requestPasswordReset(t.db, unknown, { ...META, ipHash: uniqueIp() })).toBe("accepted");
    expect(await queuedEmails(unknown)).toHaveLength(0);
  });

  it("is limited per account silently, and per address openly", async () => {
    await withinOneWindow(ACCOUNT_RATE_RULES.resetIp.windowMs);
    const user = await createUser();
    const ip = uniqueIp();
    for (let i = 0; i < 5; i++) expect(await requestPasswordReset(t.db, user.email, { ...META, ipHash: uniqueIp() })).toBe("accepted");
    expect(await queuedEmails(user.email, "reset-password")).toHaveLength(3);
    const outcomes = [];
    for (let i = 0; i < 21; i++) outcomes.push(await requestPasswordReset(t.db, uniqueEmail("spray"), { ...META, ipHash: ip }));
    expect(outcomes.slice(0, 20).every((o) => o === "accepted")).toBe(true);
    expect(outcomes[20]).toBe("rate-limited");
  });

  it("sets the new password, ends every session and every other reset link, and works once", async () => {
    const user = await createUser();
    const sessions = await Promise.all([1, 2, 3].map(() => createSession(t.db, user.id, { twoFactorVerified: true })));
    await requestPasswordReset(t.db, user.email, { ...META, ipHash: uniqueIp() });
    const token = await latestLinkToken(user.email, "reset-password", "resetUrl");
    const [email] = await queuedEmails(user.email, "reset-password");
    expect(email!.props.expiresInMinutes).toBe(60);

    const result = await resetPassword(t.db, token, "my brand new password");
    expect(result).toEqual({ ok: true, userId: user.id, needsTwoFactor: false });
    expect(await sessionCount(user.id)).toBe(0);
    for (const s of sessions) expect(await validateSessionToken(t.db, s)).toBeNull();
    expect(await resetPassword(t.db, token, "yet another password")).toEqual({ ok: false, reason: "used" });
    const unused = await t.db
      .select()
      .from(schema.accountTokens)
      .where(and(eq(schema.accountTokens.userId, user.id), eq(schema.accountTokens.purpose, "reset-password"), sql`used_at is null`));
    expect(unused).toHaveLength(0);
    expect((await authenticate(t.db, user.email, PASSWORD, uniqueIp())).ok).toBe(false);
    expect(await authenticate(t.db, user.email, "my brand new password", uniqueIp())).toMatchObject({ ok: true });
  });

  it("replaces an older link with a newer one", async () => {
    const user = await createUser();
    await requestPasswordReset(t.db, user.email, { ...META, ipHash: uniqueIp() });
    const first = await latestLinkToken(user.email, "reset-password", "resetUrl");
    await requestPasswordReset(t.db, user.email, { ...META, ipHash: uniqueIp() });
    const second = await latestLinkToken(user.email, "reset-password", "resetUrl");
    expect(second).not.toBe(first);
    expect(await resetPassword(t.db, first, "another long password")).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPassword(t.db, second, "another long password")).toMatchObject({ ok: true });
  });
});

describe("signed-in changes", () => {
  it("changing the password needs the current one and ends the other sessions only", async () => {
    const user = await createUser();
    const mine = await createSession(t.db, user.id, { twoFactorVerified: true });
    const other = await createSession(t.db, user.id, { twoFactorVerified: true });
    const sessionId = mine.split(".")[0]!;
    expect(await changePassword(t.db, { userId: user.id, sessionId, currentPassword: "not my password", newPassword: "new long password" })).toBe("wrong-password");
    expect(await validateSessionToken(t.db, other)).not.toBeNull();
    expect(await changePassword(t.db, { userId: user.id, sessionId, currentPassword: PASSWORD, newPassword: "new long password" })).toBe("changed");
    expect(await validateSessionToken(t.db, mine)).not.toBeNull();
    expect(await validateSessionToken(t.db, other)).toBeNull();
    expect(await authenticate(t.db, user.email, "new long password", uniqueIp())).toMatchObject({ ok: true });
  });

  it("changing the email happens only when the new address opens its link, and the old address is told", async () => {
    const user = await createUser();
    const newEmail = uniqueEmail("moved");
    expect(await requestEmailChange(t.db, { userId: user.id, password: "wrong", newEmail }, META)).toBe("wrong-password");
    expect(await requestEmailChange(t.db, { userId: user.id, password: PASSWORD, newEmail: user.email.toUpperCase() }, META)).toBe("same-email");
    expect(await requestEmailChange(t.db, { userId: user.id, password: PASSWORD, newEmail }, META)).toBe("sent");
    const [unchanged] = await t.db.select().from(schema.users).where(eq(schema.users.id, user.id));
    expect(unchanged!.email).toBe(user.email);
    const token = await latestLinkToken(newEmail, "change-email", "confirmUrl");
    expect(await confirmEmailChange(t.db, token, META)).toEqual({ ok: true, userId: user.id, newEmail });
    const [changed] = await t.db.select().from(schema.users).where(eq(schema.users.id, user.id));
    expect(changed!.email).toBe(newEmail);
    expect(changed!.emailVerifiedAt).not.toBeNull();
    expect(await queuedEmails(user.email, "email-changed")).toHaveLength(1);
    expect(await confirmEmailChange(t.db, token, META)).toEqual({ ok: false, reason: "used" });
  });

  it("an email change to an address taken meanwhile fails cleanly and changes nothing", async () => {
    const user = await createUser();
    const target = uniqueEmail("contested");
    expect(await requestEmailChange(t.db, { userId: user.id, password: PASSWORD, newEmail: target }, META)).toBe("sent");
    await createUser({ email: target.toUpperCase() });
    const token = await latestLinkToken(target, "change-email", "confirmUrl");
    expect(await confirmEmailChange(t.db, token, META)).toEqual({ ok: false, reason: "taken" });
    const [after] = await t.db.select().from(schema.users).where(eq(schema.users.id, user.id));
    expect(after!.email).toBe(user.email);
    expect(await queuedEmails(user.email, "email-changed")).toHaveLength(0);
  });
});

describe("verification resend and signing out everywhere", () => {
  it("a new verification link replaces the old one, at most three an hour, none once verified", async () => {
    await withinOneWindow(ACCOUNT_RATE_RULES.resendVerification.windowMs);
    const email = uniqueEmail("resend");
    const created = await signUp(t.db, { displayName: "Resend", email, password: PASSWORD }, { ...META, ipHash: uniqueIp() });
    const userId = created.outcome === "created" ? created.userId : "";
    const first = await latestLinkToken(email, "verify-email", "verifyUrl");
    expect(await resendVerification(t.db, userId, META)).toBe("sent");
    const second = await latestLinkToken(email, "verify-email", "verifyUrl");
    expect(second).not.toBe(first);
    expect(await verifyEmail(t.db, first)).toEqual({ ok: false, reason: "invalid" });
    expect(await resendVerification(t.db, userId, META)).toBe("sent");
    expect(await resendVerification(t.db, userId, META)).toBe("sent");
    expect(await resendVerification(t.db, userId, META)).toBe("rate-limited");
    expect(await queuedEmails(email, "verify-email")).toHaveLength(4);
    expect(await verifyEmail(t.db, await latestLinkToken(email, "verify-email", "verifyUrl"))).toMatchObject({ ok: true });

    const verified = await createUser();
    await t.db.update(schema.users).set({ emailVerifiedAt: new Date() }).where(eq(schema.users.id, verified.id));
    expect(await resendVerification(t.db, verified.id, META)).toBe("already-verified");
    expect(await queuedEmails(verified.email, "verify-email")).toHaveLength(0);
  });

  it("signing out everywhere ends every session of that user only, and is audited", async () => {
    const user = await createUser();
    const bystander = await createUser();
    const tokens = await Promise.all([1, 2].map(() => createSession(t.db, user.id, { twoFactorVerified: true })));
    const theirs = await createSession(t.db, bystander.id, { twoFactorVerified: true });
    await signOutEverywhere(t.db, user.id);
    for (const token of tokens) expect(await validateSessionToken(t.db, token)).toBeNull();
    expect(await validateSessionToken(t.db, theirs)).not.toBeNull();
    const audit = await t.db.select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, user.id));
    expect(audit.map((a) => a.action)).toContain("account.signed-out-everywhere");
  });
});

describe("two-factor sign-in (TOTP)", () => {
  async function enabledUser(options: { isAdmin?: boolean } = {}) {
    const user = await createUser({ ...options, verified: true });
    const sessionId = (await createSession(t.db, user.id, { twoFactorVerified: true })).split(".")[0]!;
    const setup = await getTwoFactorSetup(t.db, user.id, "Test site");
    const now = new Date();
    const result = await enableTwoFactor(t.db, { userId: user.id, sessionId, password: PASSWORD, code: totpCode(setup.secret!, totpStep(now)) }, now);
    expect(result).toBe("enabled");
    return { user, secret: setup.secret!, enabledAt: now };
  }

  it("is enabled only with the password and a valid code, and the setup secret stays the same until then", async () => {
    const user = await createUser({ verified: true });
    const token = await createSession(t.db, user.id, { twoFactorVerified: true });
    const sessionId = token.split(".")[0]!;
    const other = await createSession(t.db, user.id, { twoFactorVerified: true });
    const setup = await getTwoFactorSetup(t.db, user.id, "Test site");
    expect(setup.enabled).toBe(false);
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Test%20site:.+\?issuer=Test\+site&algorithm=SHA1&secret=[A-Z2-7]{32}&period=30&digits=6$/);
    expect((await getTwoFactorSetup(t.db, user.id, "Test site")).secret).toBe(setup.secret);

    const now = new Date();
    const code = totpCode(setup.secret!, totpStep(now));
    expect(await enableTwoFactor(t.db, { userId: user.id, sessionId, password: "wrong password", code }, now)).toBe("wrong-password");
    expect(await enableTwoFactor(t.db, { userId: user.id, sessionId, password: PASSWORD, code: wrongCode(setup.secret!, now) }, now)).toBe("invalid-code");
    expect(await enableTwoFactor(t.db, { userId: user.id, sessionId, password: PASSWORD, code: totpCode(setup.secret!, totpStep(now) - 5) }, now)).toBe("invalid-code");
    expect((await validateSessionToken(t.db, token))!.user.totpEnabled).toBe(false);

    expect(await enableTwoFactor(t.db, { userId: user.id, sessionId, password: PASSWORD, code }, now)).toBe("enabled");
    const mineAfter = await validateSessionToken(t.db, token);
    expect(mineAfter).toMatchObject({ twoFactorVerified: true, user: { totpEnabled: true } });
    // A session opened with the password alone must now give a code.
    expect(await validateSessionToken(t.db, other)).toMatchObject({ twoFactorVerified: false });
    expect(await getTwoFactorSetup(t.db, user.id, "Test site")).toEqual({ enabled: true, secret: null, uri: null });
  });

  it("needs a confirmed email address, so nobody can lock an address's owner out in advance", async () => {
    const user = await createUser();
    const sessionId = (await createSession(t.db, user.id, { twoFactorVerified: true })).split(".")[0]!;
    const setup = await getTwoFactorSetup(t.db, user.id, "Test site");
    const now = new Date();
    const code = totpCode(setup.secret!, totpStep(now));
    expect(await enableTwoFactor(t.db, { userId: user.id, sessionId, password: PASSWORD, code }, now)).toBe("unverified-email");
    await t.db.update(schema.users).set({ emailVerifiedAt: now }).where(eq(schema.users.id, user.id));
    expect(await enableTwoFactor(t.db, { userId: user.id, sessionId, password: PASSWORD, code }, now)).toBe("enabled");
  });

  it("rejects a replayed code, accepts the next time step once, and accepts drift of one step only", async () => {
    const { user, secret, enabledAt } = await enabledUser();
    const step = totpStep(enabledAt);
    const login = await createSession(t.db, user.id, { twoFactorVerified: false });
    const sessionId = login.split(".")[0]!;
    // The code used to enable is spent.
    expect(await verifyTwoFactorLogin(t.db, { userId: user.id, sessionId, code: totpCode(secret, step) }, enabledAt)).toBe("invalid-code");
    const later = new Date(enabledAt.getTime() + TOTP_PERIOD_S * 1000);
    expect(await verifyTwoFactorLogin(t.db, { userId: user.id, sessionId, code: totpCode(secret, step + 3) }, later)).toBe("invalid-code");
    expect((await validateSessionToken(t.db, login))!.twoFactorVerified).toBe(false);
    expect(await verifyTwoFactorLogin(t.db, { userId: user.id, sessionId, code: totpCode(secret, step + 1) }, later)).toBe("verified");
    expect((await validateSessionToken(t.db, login))!.twoFactorVerified).toBe(true);
    const [row] = await t.db.select().from(schema.users).where(eq(schema.users.id, user.id));
    expect(row!.totpLastStep).toBe(step + 1);
    // Replaying that code, even within its window, fails.
    const second = (await createSession(t.db, user.id, { twoFactorVerified: false })).split(".")[0]!;
    expect(await verifyTwoFactorLogin(t.db, { userId: user.id, sessionId: second, code: totpCode(secret, step + 1) }, later)).toBe("invalid-code");
  });

  it("limits code attempts per user across sessions", async () => {
    await withinOneWindow(TOTP_RATE_RULES.short.windowMs);
    const { user, secret, enabledAt } = await enabledUser();
    expect(TOTP_RATE_RULES.short.limit).toBe(5);
    // Enabling counted once; four wrong codes from two sessions reach the limit.
    for (let i = 0; i < 4; i++) {
      const sessionId = (await createSession(t.db, user.id, { twoFactorVerified: false })).split(".")[0]!;
      expect(await verifyTwoFactorLogin(t.db, { userId: user.id, sessionId, code: wrongCode(secret) })).toBe("invalid-code");
    }
    const sessionId = (await createSession(t.db, user.id, { twoFactorVerified: false })).split(".")[0]!;
    const later = new Date(enabledAt.getTime() + TOTP_PERIOD_S * 1000);
    expect(await verifyTwoFactorLogin(t.db, { userId: user.id, sessionId, code: totpCode(secret, totpStep(later)) }, later)).toBe("rate-limited");
  });

  it("can be turned off with the password and a fresh code, but never by an admin", async () => {
    const admin = await enabledUser({ isAdmin: true });
    const later = new Date(admin.enabledAt.getTime() + TOTP_PERIOD_S * 1000);
    const adminCode = totpCode(admin.secret, totpStep(later));
    expect(await disableTwoFactor(t.db, { userId: admin.user.id, password: PASSWORD, code: adminCode }, later)).toBe("admin-required");

    const organiser = await enabledUser();
    const code = totpCode(organiser.secret, totpStep(later));
    expect(await disableTwoFactor(t.db, { userId: organiser.user.id, password: "wrong password", code }, later)).toBe("wrong-password");
    expect(await disableTwoFactor(t.db, { userId: organiser.user.id, password: PASSWORD, code: totpCode(organiser.secret, totpStep(organiser.enabledAt)) }, later)).toBe(
      "invalid-code",
    );
    expect(await disableTwoFactor(t.db, { userId: organiser.user.id, password: PASSWORD, code }, later)).toBe("disabled");
    const [row] = await t.db.select().from(schema.users).where(eq(schema.users.id, organiser.user.id));
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    expect(await authenticate(t.db, organiser.user.email, PASSWORD, uniqueIp())).toMatchObject({ ok: true, needsTwoFactor: false });
  });
});

describe("account emails", () => {
  const names = ["verify-email", "account-exists", "reset-password", "change-email", "email-changed"] as const;
  for (const name of names) {
    it(`${name} renders as HTML and text, in English and French`, async () => {
      const preview = templates[name].previewProps as unknown as Record<string, string | number>;
      const link = Object.entries(preview).find(([key]) => key.endsWith("Url"))?.[1];
      const [en, fr] = await Promise.all(
        ["en", "fr"].map((locale) => renderEmail(name, { ...templates[name].previewProps, locale, displayName: "<b>Zoé</b>" } as never)),
      );
      for (const email of [en!, fr!]) {
        expect(email.html).toMatch(/^<!DOCTYPE html/i);
        expect(email.html).toContain("&lt;b&gt;Zoé&lt;/b&gt;");
        expect(email.text).not.toMatch(/<(html|p|a|div|table)\b/i);
        if (link) {
          expect(email.html).toContain(`href="${link}"`);
          expect(email.text).toContain(String(link));
        }
      }
      expect(en!.html).toContain('lang="en"');
      expect(fr!.html).toContain('lang="fr"');
      expect(fr!.subject).not.toBe(en!.subject);
      expect(fr!.text).not.toBe(en!.text);
    });
  }
});
