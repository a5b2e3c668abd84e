import { randomBytes } from "node:crypto";
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from "@oslojs/encoding";
import { createTOTPKeyURI, verifyHOTP } from "@oslojs/otp";
import { and, eq, isNull, sql } from "drizzle-orm";
import { sessions, users } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { Db } from "./database.server";
import { verifyPassword } from "./passwords.server";
import { hitRateLimit, type RateLimitRule } from "./rate-limit.server";
import { markSessionTwoFactorVerified } from "./sessions.server";

/** RFC 6238 defaults, which every authenticator app understands. */
export const TOTP_PERIOD_S = 30;
export const TOTP_DIGITS = 6;
/** Codes one step either side are accepted: phone clocks drift. */
const TOTP_DRIFT_STEPS = 1;
const TOTP_SECRET_BYTES = 20;

/**
 * Per user, whatever the session: a million codes, three valid at a time. Twenty tries a
 * day gives a password thief a 0.006 % daily chance, and every try counts (successes too).
 */
export const TOTP_RATE_RULES = {
  short: { name: "totp-user", windowMs: 15 * 60 * 1000, limit: 5 },
  day: { name: "totp-user-day", windowMs: 24 * 60 * 60 * 1000, limit: 20 },
} satisfies Record<string, RateLimitRule>;

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / (TOTP_PERIOD_S * 1000));
}

/** Accepts "123 456" as typed from an app that groups digits. */
export function normaliseTotpCode(code: string): string {
  return code.replace(/\s+/g, "");
}

/**
 * The time step a code belongs to, or null. Steps at or before `lastStep` are refused:
 * a code seen once (over a shoulder, in a phishing proxy) cannot be used again.
 */
export function matchTotpStep(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  const otp = normaliseTotpCode(code);
  if (!/^\d+$/.test(otp)) return null;
  const key = decodeBase32IgnorePadding(secret);
  const current = totpStep(now);
  for (let step = current - TOTP_DRIFT_STEPS; step <= current + TOTP_DRIFT_STEPS; step++) {
    if (lastStep !== null && step <= lastStep) continue;
    if (verifyHOTP(key, BigInt(step), TOTP_DIGITS, otp)) return step;
  }
  return null;
}

async function totpRateLimited(db: Db, userId: string): Promise<boolean> {
  const [short, day] = await Promise.all([hitRateLimit(db, userId, TOTP_RATE_RULES.short), hitRateLimit(db, userId, TOTP_RATE_RULES.day)]);
  return short.exceeded || day.exceeded;
}

export interface TwoFactorSetup {
  enabled: boolean;
  /** Base32, shown as text for typing into an app; null once enabled (it is never shown again). */
  secret: string | null;
  uri: string | null;
}

/** The state of two-factor sign-in; before it is on, a pending secret is created (once) to set it up with. */
export async function getTwoFactorSetup(db: Db, userId: string, issuer: string): Promise<TwoFactorSetup> {
  const secret = encodeBase32UpperCaseNoPadding(randomBytes(TOTP_SECRET_BYTES));
  // Only fills an empty slot, so reloading the page (or two tabs) keeps showing the same secret.
  await db.update(users).set({ totpSecret: secret }).where(and(eq(users.id, userId), isNull(users.totpSecret), isNull(users.totpEnabledAt)));
  const [user] = await db.select({ email: users.email, totpSecret: users.totpSecret, totpEnabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
  if (!user) throw new Error(`user ${userId} vanished`);
  if (user.totpEnabledAt) return { enabled: true, secret: null, uri: null };
  const stored = user.totpSecret!;
  return { enabled: false, secret: stored, uri: createTOTPKeyURI(issuer, user.email, decodeBase32IgnorePadding(stored), TOTP_PERIOD_S, TOTP_DIGITS) };
}

export type EnableTwoFactorResult = "enabled" | "already-enabled" | "unverified-email" | "wrong-password" | "invalid-code" | "rate-limited";

/**
 * Turns two-factor sign-in on once the user proves the app works (a code) and who they are (the password).
 * Only for confirmed addresses: otherwise someone could sign up with another person's address, turn it
 * on, and lock the real owner out even after they take the account back with a password reset.
 */
export async function enableTwoFactor(
  db: Db,
  input: { userId: string; sessionId: string; password: string; code: string },
  now = new Date(),
): Promise<EnableTwoFactorResult> {
  if (await totpRateLimited(db, input.userId)) return "rate-limited";
  const [user] = await db.select({ passwordHash: users.passwordHash, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, input.userId));
  if (!user || !(await verifyPassword(user.passwordHash, input.password))) return "wrong-password";
  if (!user.emailVerifiedAt) return "unverified-email";
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (row!.enabledAt) return "already-enabled" as const;
    const step = row!.secret ? matchTotpStep(row!.secret, input.code, now, row!.lastStep) : null;
    if (step === null) return "invalid-code" as const;
    await tx.update(users).set({ totpEnabledAt: now, totpLastStep: step }).where(eq(users.id, input.userId));
    await markSessionTwoFactorVerified(tx, input.sessionId);
    // Other sessions were opened with the password alone: they must now give a code too.
    await tx
      .update(sessions)
      .set({ twoFactorVerified: false })
      .where(and(eq(sessions.userId, input.userId), sql`${sessions.id} <> ${input.sessionId}`));
    await recordAudit(tx, { actorId: input.userId, action: "account.two-factor-enabled", subjectType: "user", subjectId: input.userId });
    return "enabled" as const;
  });
}

export type DisableTwoFactorResult = "disabled" | "not-enabled" | "admin-required" | "wrong-password" | "invalid-code" | "rate-limited";

/** Turns two-factor sign-in off (password and a current code). Admins must keep it. */
export async function disableTwoFactor(db: Db, input: { userId: string; password: string; code: string }, now = new Date()): Promise<DisableTwoFactorResult> {
  if (await totpRateLimited(db, input.userId)) return "rate-limited";
  const [user] = await db.select({ passwordHash: users.passwordHash, isAdmin: users.isAdmin }).from(users).where(eq(users.id, input.userId));
  if (!user) return "wrong-password";
  if (user.isAdmin) return "admin-required";
  if (!(await verifyPassword(user.passwordHash, input.password))) return "wrong-password";
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!row!.enabledAt || !row!.secret) return "not-enabled" as const;
    if (matchTotpStep(row!.secret, input.code, now, row!.lastStep) === null) return "invalid-code" as const;
    await tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, input.userId));
    await recordAudit(tx, { actorId: input.userId, action: "account.two-factor-disabled", subjectType: "user", subjectId: input.userId });
    return "disabled" as const;
  });
}

export type TwoFactorLoginResult = "verified" | "not-enabled" | "invalid-code" | "rate-limited";

/** The second step of signing in: a valid, never-used code marks the session as fully signed in. */
export async function verifyTwoFactorLogin(db: Db, input: { userId: string; sessionId: string; code: string }, now = new Date()): Promise<TwoFactorLoginResult> {
  if (await totpRateLimited(db, input.userId)) return "rate-limited";
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!row?.enabledAt || !row.secret) return "not-enabled" as const;
    const step = matchTotpStep(row.secret, input.code, now, row.lastStep);
    if (step === null) return "invalid-code" as const;
    await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, input.userId));
    await markSessionTwoFactorVerified(tx, input.sessionId);
    return "verified" as const;
  });
}
