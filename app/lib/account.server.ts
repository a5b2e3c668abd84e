import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { AppLoadContext } from "react-router";
import { accountTokens, users, type AccountTokenPurpose } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { Db } from "./database.server";
import { detectLocale, getFixedT } from "./i18n.server";
import { enqueueJob } from "./jobs.server";
import { hashPassword, verifyPassword } from "./passwords.server";
import { hitRateLimit, type RateLimitRule } from "./rate-limit.server";
import { invalidateUserSessions } from "./sessions.server";
import { hashSecret, newSecret, parseToken, secretMatches } from "./tokens.server";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const HOUR_MS = 60 * 60 * 1000;

/** How long each kind of emailed link works. */
export const ACCOUNT_TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  "verify-email": 24 * HOUR_MS,
  "reset-password": 1 * HOUR_MS,
  "change-email": 24 * HOUR_MS,
};

/** Shared by every process (PostgreSQL). None of them reveals whether an address has an account. */
export const ACCOUNT_RATE_RULES = {
  signupIp: { name: "signup-ip", windowMs: HOUR_MS, limit: 20 },
  /** "Someone tried to sign up with your address" notices, per address: no mail-bombing through the form. */
  signupNotice: { name: "signup-notice", windowMs: 24 * HOUR_MS, limit: 3 },
  resetAccount: { name: "reset-account", windowMs: HOUR_MS, limit: 3 },
  resetIp: { name: "reset-ip", windowMs: HOUR_MS, limit: 20 },
  resendVerification: { name: "verify-resend", windowMs: HOUR_MS, limit: 3 },
  /** Password checks on the account pages: a stolen session must not become a password oracle. */
  passwordCheck: { name: "account-password", windowMs: 15 * 60 * 1000, limit: 10 },
} satisfies Record<string, RateLimitRule>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AccountMailMeta {
  locale: string;
  appUrl: string;
  siteName: string;
}

/** What account emails need from the request: the reader's language and the public URL. */
export async function accountMailMeta(request: Request, context: AppLoadContext): Promise<AccountMailMeta> {
  const locale = await detectLocale(request);
  const t = await getFixedT(locale);
  return { locale, appUrl: context.env.APP_URL, siteName: t("meta.siteName") };
}

const emailKey = (email: string) => email.trim().toLowerCase();

/** True when `error` (or what drizzle wrapped) is PostgreSQL's unique violation on `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const pg = e as Error & { code?: string; constraint_name?: string };
    if (pg.code === "23505") return pg.constraint_name === constraint;
  }
  return false;
}

// ---------------------------------------------------------------- tokens

export type TokenCheck =
  | { ok: true; tokenId: string; userId: string; newEmail: string | null }
  | { ok: false; reason: "invalid" | "expired" | "used" };

/**
 * Issues a `<id>.<secret>` link token; only the hash is stored. Older unused links of the
 * same purpose are deleted, so only the newest email works.
 */
export async function issueAccountToken(
  tx: Pick<Db, "insert" | "delete">,
  userId: string,
  purpose: AccountTokenPurpose,
  options: { newEmail?: string; now?: Date } = {},
): Promise<{ tokenId: string; token: string }> {
  const now = options.now ?? new Date();
  await tx.delete(accountTokens).where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  const tokenId = randomUUID();
  const secret = newSecret();
  await tx.insert(accountTokens).values({
    id: tokenId,
    userId,
    purpose,
    secretHash: hashSecret(secret),
    newEmail: options.newEmail ?? null,
    expiresAt: new Date(now.getTime() + ACCOUNT_TOKEN_TTL_MS[purpose]),
  });
  return { tokenId, token: `${tokenId}.${secret}` };
}

async function checkToken(db: Pick<Db, "select">, token: string, purpose: AccountTokenPurpose, now: Date, lock: boolean): Promise<TokenCheck> {
  const parsed = parseToken(token);
  if (!parsed || !UUID.test(parsed.id)) return { ok: false, reason: "invalid" };
  const query = db.select().from(accountTokens).where(eq(accountTokens.id, parsed.id));
  const [row] = lock ? await query.for("update") : await query;
  // A wrong purpose looks exactly like an unknown token: a reset link cannot verify an address.
  if (!row || row.purpose !== purpose || !secretMatches(parsed.secret, row.secretHash)) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, tokenId: row.id, userId: row.userId, newEmail: row.newEmail };
}

/** Looks at a link without using it up (to show the form behind it). */
export function inspectAccountToken(db: Db, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<TokenCheck> {
  return checkToken(db, token, purpose, now, false);
}

/** Uses a link up, inside the caller's transaction: of two concurrent requests, one wins. */
export async function consumeAccountToken(tx: Tx, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<TokenCheck> {
  const check = await checkToken(tx, token, purpose, now, true);
  if (check.ok) await tx.update(accountTokens).set({ usedAt: now }).where(eq(accountTokens.id, check.tokenId));
  return check;
}

// ---------------------------------------------------------------- emails

async function queueVerificationEmail(tx: Tx, user: { id: string; email: string; displayName: string }, meta: AccountMailMeta, now: Date) {
  const { tokenId, token } = await issueAccountToken(tx, user.id, "verify-email", { now });
  await enqueueJob(tx, "send-email", {
    template: "verify-email",
    to: user.email,
    idempotencyKey: `verify-email/${tokenId}`,
    props: {
      locale: meta.locale,
      siteName: meta.siteName,
      displayName: user.displayName,
      verifyUrl: `${meta.appUrl}/verify-email/${token}`,
      expiresInHours: ACCOUNT_TOKEN_TTL_MS["verify-email"] / HOUR_MS,
    },
  });
}

// ---------------------------------------------------------------- sign-up and verification

export interface SignUpInput {
  displayName: string;
  email: string;
  password: string;
}

export type SignUpResult = { outcome: "created"; userId: string } | { outcome: "existing" } | { outcome: "rate-limited" };

/**
 * Creates an unverified organiser and emails a verification link. When the address
 * already has an account nothing is created: its owner gets a notice instead, and the
 * caller must answer exactly as for a new account.
 */
export async function signUp(db: Db, input: SignUpInput, meta: AccountMailMeta & { ipHash: string | null }, now = new Date()): Promise<SignUpResult> {
  if (meta.ipHash && (await hitRateLimit(db, meta.ipHash, ACCOUNT_RATE_RULES.signupIp)).exceeded) return { outcome: "rate-limited" };
  // Hashed on both paths, so a known address does not answer faster.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email.trim(), displayName: input.displayName, passwordHash })
        .returning({ id: users.id, email: users.email, displayName: users.displayName });
      await queueVerificationEmail(tx, user!, meta, now);
      await recordAudit(tx, { actorId: user!.id, action: "account.signed-up", subjectType: "user", subjectId: user!.id });
      return { outcome: "created" as const, userId: user!.id };
    });
  } catch (error) {
    if (!isUniqueViolation(error, "users_email_key")) throw error;
  }
  await notifyExistingAccount(db, input.email, meta);
  return { outcome: "existing" };
}

async function notifyExistingAccount(db: Db, email: string, meta: AccountMailMeta): Promise<void> {
  if ((await hitRateLimit(db, emailKey(email), ACCOUNT_RATE_RULES.signupNotice)).exceeded) return;
  const [owner] = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(eq(sql`lower(${users.email})`, emailKey(email)));
  if (!owner) return;
  await enqueueJob(db, "send-email", {
    template: "account-exists",
    to: owner.email,
    idempotencyKey: `account-exists/${owner.id}/${randomUUID()}`,
    props: {
      locale: meta.locale,
      siteName: meta.siteName,
      displayName: owner.displayName,
      loginUrl: `${meta.appUrl}/login`,
      forgotPasswordUrl: `${meta.appUrl}/forgot-password`,
    },
  });
}

/** Whether the account has TOTP switched on. */
export async function hasSecondFactor(db: Db, userId: string): Promise<boolean> {
  const [row] = await db.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  return Boolean(row?.enabledAt);
}

export type VerifyEmailResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "expired" | "used" };

export async function verifyEmail(db: Db, token: string, now = new Date()): Promise<VerifyEmailResult> {
  return db.transaction(async (tx) => {
    const check = await consumeAccountToken(tx, token, "verify-email", now);
    if (!check.ok) return check;
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(users.id, check.userId));
    await recordAudit(tx, { actorId: check.userId, action: "account.email-verified", subjectType: "user", subjectId: check.userId });
    return { ok: true as const, userId: check.userId };
  });
}

export type ResendVerificationResult = "sent" | "already-verified" | "rate-limited";

export async function resendVerification(db: Db, userId: string, meta: AccountMailMeta, now = new Date()): Promise<ResendVerificationResult> {
  if ((await hitRateLimit(db, userId, ACCOUNT_RATE_RULES.resendVerification)).exceeded) return "rate-limited";
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, displayName: users.displayName, verifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!user) throw new Error(`user ${userId} vanished`);
    if (user.verifiedAt) return "already-verified" as const;
    await queueVerificationEmail(tx, user, meta, now);
    return "sent" as const;
  });
}

// ---------------------------------------------------------------- password reset

export type ResetRequestResult = "accepted" | "rate-limited";

/**
 * Emails a reset link when the address has an account. Answers "accepted" whether or not
 * it does (and, silently, when that address has asked too often); only a busy IP is told.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  meta: AccountMailMeta & { ipHash: string | null },
  now = new Date(),
): Promise<ResetRequestResult> {
  if (meta.ipHash && (await hitRateLimit(db, meta.ipHash, ACCOUNT_RATE_RULES.resetIp)).exceeded) return "rate-limited";
  if ((await hitRateLimit(db, emailKey(email), ACCOUNT_RATE_RULES.resetAccount)).exceeded) return "accepted";
  const [user] = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(eq(sql`lower(${users.email})`, emailKey(email)));
  if (!user) return "accepted";
  await db.transaction(async (tx) => {
    const { tokenId, token } = await issueAccountToken(tx, user.id, "reset-password", { now });
    await enqueueJob(tx, "send-email", {
      template: "reset-password",
      to: user.email,
      idempotencyKey: `reset-password/${tokenId}`,
      props: {
        locale: meta.locale,
        siteName: meta.siteName,
        displayName: user.displayName,
        resetUrl: `${meta.appUrl}/reset-password/${token}`,
        expiresInMinutes: ACCOUNT_TOKEN_TTL_MS["reset-password"] / 60_000,
      },
    });
  });
  return "accepted";
}

export type ResetPasswordResult = { ok: true; userId: string; needsTwoFactor: boolean } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Sets a new password from a reset link, and signs the account out everywhere. */
export async function resetPassword(db: Db, token: string, newPassword: string, now = new Date()): Promise<ResetPasswordResult> {
  // Checked before hashing so garbage links do not cost an argon2 run; checked again under lock below.
  const peek = await inspectAccountToken(db, token, "reset-password", now);
  if (!peek.ok) return peek;
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const check = await consumeAccountToken(tx, token, "reset-password", now);
    if (!check.ok) return check;
    await tx
      .delete(accountTokens)
      .where(and(eq(accountTokens.userId, check.userId), eq(accountTokens.purpose, "reset-password"), isNull(accountTokens.usedAt)));
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: now,
        // The link arrived at the address, which proves it as well as a verification link would.
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`,
      })
      .where(eq(users.id, check.userId))
      .returning({ totpEnabledAt: users.totpEnabledAt });
    await invalidateUserSessions(tx, check.userId);
    await recordAudit(tx, { actorId: check.userId, action: "account.password-reset", subjectType: "user", subjectId: check.userId });
    return { ok: true as const, userId: check.userId, needsTwoFactor: user!.totpEnabledAt !== null };
  });
}

// ---------------------------------------------------------------- signed-in changes

/** Checks the current password of a signed-in user, counting the attempt. */
async function checkCurrentPassword(db: Db, userId: string, password: string): Promise<"ok" | "wrong-password" | "rate-limited"> {
  if ((await hitRateLimit(db, userId, ACCOUNT_RATE_RULES.passwordCheck)).exceeded) return "rate-limited";
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, password))) return "wrong-password";
  return "ok";
}

export type ChangePasswordResult = "changed" | "wrong-password" | "rate-limited";

/** Changes the password and signs out every other session (this one stays). */
export async function changePassword(
  db: Db,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
  now = new Date(),
): Promise<ChangePasswordResult> {
  const checked = await checkCurrentPassword(db, input.userId, input.currentPassword);
  if (checked !== "ok") return checked;
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: now }).where(eq(users.id, input.userId));
    await invalidateUserSessions(tx, input.userId, input.sessionId);
    await tx
      .delete(accountTokens)
      .where(and(eq(accountTokens.userId, input.userId), eq(accountTokens.purpose, "reset-password"), isNull(accountTokens.usedAt)));
    await recordAudit(tx, { actorId: input.userId, action: "account.password-changed", subjectType: "user", subjectId: input.userId });
  });
  return "changed";
}

export type EmailChangeRequestResult = "sent" | "same-email" | "wrong-password" | "rate-limited";

/**
 * Emails a confirmation link to the new address; nothing changes until it is opened. The
 * answer is "sent" even when the new address belongs to another account (the link then
 * fails for its owner only), so the form cannot be used to probe addresses.
 */
export async function requestEmailChange(
  db: Db,
  input: { userId: string; password: string; newEmail: string },
  meta: AccountMailMeta,
  now = new Date(),
): Promise<EmailChangeRequestResult> {
  const checked = await checkCurrentPassword(db, input.userId, input.password);
  if (checked !== "ok") return checked;
  const newEmail = input.newEmail.trim();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, input.userId));
    if (emailKey(user!.email) === emailKey(newEmail)) return "same-email" as const;
    const { tokenId, token } = await issueAccountToken(tx, input.userId, "change-email", { newEmail, now });
    await enqueueJob(tx, "send-email", {
      template: "change-email",
      to: newEmail,
      idempotencyKey: `change-email/${tokenId}`,
      props: {
        locale: meta.locale,
        siteName: meta.siteName,
        displayName: user!.displayName,
        newEmail,
        confirmUrl: `${meta.appUrl}/change-email/${token}`,
        expiresInHours: ACCOUNT_TOKEN_TTL_MS["change-email"] / HOUR_MS,
      },
    });
    await recordAudit(tx, { actorId: input.userId, action: "account.email-change-requested", subjectType: "user", subjectId: input.userId });
    return "sent" as const;
  });
}

export type ConfirmEmailChangeResult = { ok: true; userId: string; newEmail: string } | { ok: false; reason: "invalid" | "expired" | "used" | "taken" };

/** Opens the link sent to the new address: switches the account to it and tells the old one. */
export async function confirmEmailChange(db: Db, token: string, meta: AccountMailMeta, now = new Date()): Promise<ConfirmEmailChangeResult> {
  try {
    return await db.transaction(async (tx) => {
      const check = await consumeAccountToken(tx, token, "change-email", now);
      if (!check.ok) return check;
      const newEmail = check.newEmail!;
      const [before] = await tx.select({ email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, check.userId)).for("update");
      await tx.update(users).set({ email: newEmail, emailVerifiedAt: now }).where(eq(users.id, check.userId));
      // Links already sent to the old address (or for another new one) must not work any more.
      await tx
        .delete(accountTokens)
        .where(and(eq(accountTokens.userId, check.userId), isNull(accountTokens.usedAt), inArray(accountTokens.purpose, ["verify-email", "reset-password", "change-email"])));
      await enqueueJob(tx, "send-email", {
        template: "email-changed",
        to: before!.email,
        idempotencyKey: `email-changed/${check.tokenId}`,
        props: { locale: meta.locale, siteName: meta.siteName, displayName: before!.displayName, newEmail },
      });
      await recordAudit(tx, { actorId: check.userId, action: "account.email-changed", subjectType: "user", subjectId: check.userId });
      return { ok: true as const, userId: check.userId, newEmail };
    });
  } catch (error) {
    // Someone else took the address since the link was sent; the link stays unused.
    if (isUniqueViolation(error, "users_email_key")) return { ok: false, reason: "taken" };
    throw error;
  }
}

/** Ends every session of the user, including the caller's. */
export async function signOutEverywhere(db: Db, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await invalidateUserSessions(tx, userId);
    await recordAudit(tx, { actorId: userId, action: "account.signed-out-everywhere", subjectType: "user", subjectId: userId });
  });
}
