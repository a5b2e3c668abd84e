import { randomBytes } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { createCookie } from "react-router";
import { sessions, users } from "../../db/schema";
import type { Db } from "./database.server";
import { hashSecret, newSecret, parseToken, secretMatches } from "./tokens.server";

/** A session ends after this long without use… */
export const SESSION_IDLE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** …and after this long in any case. */
export const SESSION_ABSOLUTE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Activity is written at most this often, so reading pages does not write on every request. */
const SESSION_TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  emailVerified: boolean;
  totpEnabled: boolean;
}

export interface ValidSession {
  id: string;
  twoFactorVerified: boolean;
  user: SessionUser;
}

export function sessionCookie(secure: boolean) {
  // `__Host-` pins the cookie to this host and path and requires Secure.
  return createCookie(secure ? "__Host-session" : "session", {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: SESSION_ABSOLUTE_TTL_MS / 1000,
  });
}

export async function createSession(db: Db, userId: string, options: { twoFactorVerified: boolean }): Promise<string> {
  const id = randomBytes(15).toString("base64url").replace(/_/g, "-");
  const secret = newSecret();
  await db.insert(sessions).values({
    id,
    userId,
    secretHash: hashSecret(secret),
    twoFactorVerified: options.twoFactorVerified,
    expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_TTL_MS),
  });
  return `${id}.${secret}`;
}

/** The session for a cookie token, or null when it is unknown, tampered with, idle too long or too old. */
export async function validateSessionToken(db: Db, token: string, now = new Date()): Promise<ValidSession | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const [row] = await db
    .select({
      id: sessions.id,
      secretHash: sessions.secretHash,
      twoFactorVerified: sessions.twoFactorVerified,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      displayName: users.displayName,
      isAdmin: users.isAdmin,
      emailVerifiedAt: users.emailVerifiedAt,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, parsed.id));
  if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
  if (row.expiresAt <= now || row.lastSeenAt.getTime() + SESSION_IDLE_TTL_MS <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, row.id));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
  }
  return {
    id: row.id,
    twoFactorVerified: row.twoFactorVerified,
    user: {
      id: row.userId,
      email: row.email,
      displayName: row.displayName,
      isAdmin: row.isAdmin,
      emailVerified: row.emailVerifiedAt !== null,
      totpEnabled: row.totpEnabledAt !== null,
    },
  };
}

export async function markSessionTwoFactorVerified(db: Pick<Db, "update">, sessionId: string): Promise<void> {
  await db.update(sessions).set({ twoFactorVerified: true }).where(eq(sessions.id, sessionId));
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs a user out everywhere (after a password reset, or on request), optionally keeping one session. */
export async function invalidateUserSessions(db: Pick<Db, "delete">, userId: string, exceptSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined));
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
