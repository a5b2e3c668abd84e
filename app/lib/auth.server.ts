import { eq, sql } from "drizzle-orm";
import { redirect, type AppLoadContext } from "react-router";
import { users } from "../../db/schema";
import type { Db } from "./database.server";
import { verifyAgainstDummy, verifyPassword } from "./passwords.server";
import { hitRateLimit, type RateLimitRule } from "./rate-limit.server";
import { hashIp } from "./secrets.server";
import { createSession, invalidateSession, sessionCookie, validateSessionToken, type SessionUser, type ValidSession } from "./sessions.server";

/** Per account and per address, shared by every process. Messages never say which one tripped. */
export const LOGIN_RATE_RULES = {
  account: { name: "login-account", windowMs: 15 * 60 * 1000, limit: 5 },
  ip: { name: "login-ip", windowMs: 15 * 60 * 1000, limit: 30 },
} satisfies Record<string, RateLimitRule>;

export function cookieFor(context: AppLoadContext) {
  return sessionCookie(context.env.isProduction && context.env.APP_URL.startsWith("https://"));
}

export async function getSession(request: Request, context: AppLoadContext): Promise<ValidSession | null> {
  const token = (await cookieFor(context).parse(request.headers.get("Cookie"))) as unknown;
  if (typeof token !== "string") return null;
  return validateSessionToken(context.db, token);
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
}

/** The signed-in organiser, or a redirect to the login page (or to the second-factor step). */
export async function requireUser(request: Request, context: AppLoadContext): Promise<SessionUser & { sessionId: string }> {
  const session = await getSession(request, context);
  if (!session) loginRedirect(request);
  if (session.user.totpEnabled && !session.twoFactorVerified) {
    const url = new URL(request.url);
    throw redirect(`/login/two-factor?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return { ...session.user, sessionId: session.id };
}

/** Platform admins moderate; they must have two-factor sign-in turned on. */
export async function requireAdmin(request: Request, context: AppLoadContext): Promise<SessionUser & { sessionId: string }> {
  const user = await requireUser(request, context);
  if (!user.isAdmin) throw new Response("Forbidden", { status: 403 });
  if (!user.totpEnabled) throw redirect("/account/two-factor?required=admin");
  return user;
}

/** Only same-site paths: an open redirect after login would help phishing. */
export function safeRedirectPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}

export type LoginResult =
  | { ok: true; userId: string; needsTwoFactor: boolean }
  | { ok: false; reason: "invalid" | "rate-limited" };

export async function authenticate(db: Db, email: string, password: string, ipHash: string | null): Promise<LoginResult> {
  const accountKey = email.trim().toLowerCase();
  const [byAccount, byIp] = await Promise.all([
    hitRateLimit(db, accountKey, LOGIN_RATE_RULES.account),
    ipHash ? hitRateLimit(db, ipHash, LOGIN_RATE_RULES.ip) : Promise.resolve({ exceeded: false }),
  ]);
  if (byAccount.exceeded || byIp.exceeded) return { ok: false, reason: "rate-limited" };
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, accountKey));
  if (!user) {
    await verifyAgainstDummy(password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "invalid" };
  return { ok: true, userId: user.id, needsTwoFactor: user.totpEnabledAt !== null };
}

/** Starts a session and returns the Set-Cookie header for it. */
export async function startSession(context: AppLoadContext, userId: string, twoFactorVerified: boolean): Promise<string> {
  const token = await createSession(context.db, userId, { twoFactorVerified });
  return cookieFor(context).serialize(token);
}

export async function endSession(request: Request, context: AppLoadContext): Promise<string> {
  const session = await getSession(request, context);
  if (session) await invalidateSession(context.db, session.id);
  return cookieFor(context).serialize("", { maxAge: 0 });
}

export function clientIpHash(context: AppLoadContext): string | null {
  return context.clientIp ? hashIp(context.ipHashKey, context.clientIp) : null;
}
