import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { invitations, memberships, organisations, users } from "../../db/schema";
import { recordAudit } from "./audit.server";
import type { OrgRole } from "./authorization.server";
import type { Db } from "./database.server";
import { enqueueJob } from "./jobs.server";
import { E, fail, type Done, type Failure } from "./organiser-schemas";
import type { Actor } from "./organisations.server";
import { hashSecret, newSecret, parseToken, secretMatches } from "./tokens.server";

/** An invitation link works for a week, once. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface InviteMeta {
  appUrl: string;
  locale: string;
  siteName: string;
}

/** Stores only a hash of the secret and emails the link `<appUrl>/invitations/<id>.<secret>`. */
export async function createInvitation(
  db: Db,
  actor: Actor & { displayName: string },
  organisation: { id: string; name: string },
  input: { email: string; role: OrgRole },
  meta: InviteMeta,
  now = new Date(),
): Promise<({ ok: true; token: string }) | Failure> {
  const [member] = await db
    .select({ id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisation.id), eq(sql`lower(${users.email})`, input.email.toLowerCase())));
  if (member) return fail(E.alreadyMember, "email");
  const secret = newSecret();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        organisationId: organisation.id,
        email: input.email,
        role: input.role,
        invitedBy: actor.id,
        secretHash: hashSecret(secret),
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
      })
      .returning({ id: invitations.id });
    const token = `${row!.id}.${secret}`;
    await enqueueJob(tx, "send-email", {
      template: "invitation",
      to: input.email,
      idempotencyKey: `invitation/${row!.id}`,
      props: {
        locale: meta.locale,
        siteName: meta.siteName,
        organisationName: organisation.name,
        inviterName: actor.displayName,
        role: input.role,
        acceptUrl: `${meta.appUrl}/invitations/${token}`,
        expiresInDays: INVITE_TTL_MS / (24 * 60 * 60 * 1000),
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: organisation.id,
      action: "member.invite",
      subjectType: "invitation",
      subjectId: row!.id,
      details: { email: input.email, role: input.role },
    });
    return { ok: true as const, token };
  });
}

export type InvitationState = "valid" | "expired" | "used" | "invalid";

export interface InvitationView {
  state: InvitationState;
  organisation?: { name: string; slug: string };
  role?: OrgRole;
}

function stateOf(row: { secretHash: string; expiresAt: Date; acceptedAt: Date | null } | undefined, secret: string, now: Date): InvitationState {
  if (!row || !secretMatches(secret, row.secretHash)) return "invalid";
  if (row.acceptedAt) return "used";
  if (row.expiresAt <= now) return "expired";
  return "valid";
}

async function findInvitation(db: Pick<Db, "select">, token: string) {
  const parsed = parseToken(token);
  if (!parsed || !UUID.test(parsed.id)) return null;
  const [row] = await db
    .select({
      id: invitations.id,
      organisationId: invitations.organisationId,
      role: invitations.role,
      secretHash: invitations.secretHash,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      name: organisations.name,
      slug: organisations.slug,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.id, parsed.id));
  return row ? { row, secret: parsed.secret } : { row: undefined, secret: parsed.secret };
}

/** What the accept page shows; nothing about the organisation leaks for a wrong secret. */
export async function describeInvitation(db: Db, token: string, now = new Date()): Promise<InvitationView> {
  const found = await findInvitation(db, token);
  if (!found) return { state: "invalid" };
  const state = stateOf(found.row, found.secret, now);
  if (state === "invalid" || !found.row) return { state };
  return { state, organisation: { name: found.row.name, slug: found.row.slug }, role: found.row.role as OrgRole };
}

export type AcceptOutcome =
  | { ok: true; slug: string }
  | { ok: false; reason: "invalid" | "expired" | "used" }
  | { ok: false; reason: "already-member"; slug: string };

/**
 * Makes the signed-in user a member with the invited role. Single use: the
 * row is locked and marked in one transaction, so two clicks cannot both win.
 * Someone who is already a member keeps their role and leaves the link unused.
 */
export async function acceptInvitation(db: Db, user: Actor, token: string, now = new Date()): Promise<AcceptOutcome> {
  const parsed = parseToken(token);
  if (!parsed || !UUID.test(parsed.id)) return { ok: false, reason: "invalid" };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from invitations where id = ${parsed.id} for update`);
    const found = await findInvitation(tx, token);
    const state = stateOf(found?.row, parsed.secret, now);
    if (state !== "valid" || !found?.row) return { ok: false as const, reason: state as "invalid" | "expired" | "used" };
    const invitation = found.row;
    const [existing] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.organisationId, invitation.organisationId), eq(memberships.userId, user.id)));
    if (existing) return { ok: false as const, reason: "already-member" as const, slug: invitation.slug };
    await tx.insert(memberships).values({ organisationId: invitation.organisationId, userId: user.id, role: invitation.role });
    await tx.update(invitations).set({ acceptedAt: now, acceptedBy: user.id }).where(eq(invitations.id, invitation.id));
    await recordAudit(tx, {
      actorId: user.id,
      organisationId: invitation.organisationId,
      action: "member.join",
      subjectType: "invitation",
      subjectId: invitation.id,
      details: { role: invitation.role },
    });
    return { ok: true as const, slug: invitation.slug };
  });
}

export async function listPendingInvitations(db: Db, organisationId: string, now = new Date()) {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)))
    .orderBy(asc(invitations.createdAt));
}

export async function revokeInvitation(db: Db, actor: Actor, organisationId: string, invitationId: string): Promise<Done | Failure> {
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt)))
      .returning({ email: invitations.email });
    if (deleted.length === 0) return fail(E.notFound);
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId,
      action: "member.revoke-invitation",
      subjectType: "invitation",
      subjectId: invitationId,
      details: { email: deleted[0]!.email },
    });
    return { ok: true as const };
  });
}
