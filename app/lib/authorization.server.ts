import { and, eq } from "drizzle-orm";
import { campaigns, memberships, petitions } from "../../db/schema";
import type { Db } from "./database.server";
import type { SessionUser } from "./sessions.server";

export const ORG_ROLES = ["owner", "editor", "viewer"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

const RANK: Record<OrgRole, number> = { viewer: 1, editor: 2, owner: 3 };

/**
 * What each role may do: viewers see stats and supporters' counts, editors
 * change campaigns and petitions and write to supporters, owners also manage
 * members. Platform admins may do everything (they moderate).
 */
export function roleAllows(role: OrgRole | null, minimum: OrgRole): boolean {
  return role !== null && RANK[role] >= RANK[minimum];
}

export async function getOrgRole(db: Db, userId: string, organisationId: string): Promise<OrgRole | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return (row?.role as OrgRole | undefined) ?? null;
}

/**
 * Checks on the server that `user` holds at least `minimum` in the
 * organisation. Outsiders get 404 (they learn nothing about what exists);
 * members without the role get 403.
 */
export async function requireOrgRole(db: Db, user: Pick<SessionUser, "id" | "isAdmin">, organisationId: string, minimum: OrgRole): Promise<OrgRole | "admin"> {
  const role = await getOrgRole(db, user.id, organisationId);
  if (roleAllows(role, minimum)) return role!;
  if (user.isAdmin) return "admin";
  if (role === null) throw new Response("Not found", { status: 404 });
  throw new Response("Forbidden", { status: 403 });
}

/** The organisation that owns a petition, after checking the user's role there. */
export async function requirePetitionRole(db: Db, user: Pick<SessionUser, "id" | "isAdmin">, petitionId: string, minimum: OrgRole) {
  if (!/^[0-9a-f-]{36}$/i.test(petitionId)) throw new Response("Not found", { status: 404 });
  const [row] = await db
    .select({ petitionId: petitions.id, organisationId: campaigns.organisationId, campaignId: campaigns.id })
    .from(petitions)
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .where(eq(petitions.id, petitionId));
  if (!row) throw new Response("Not found", { status: 404 });
  const role = await requireOrgRole(db, user, row.organisationId, minimum);
  return { ...row, role };
}

export async function requireCampaignRole(db: Db, user: Pick<SessionUser, "id" | "isAdmin">, campaignId: string, minimum: OrgRole) {
  if (!/^[0-9a-f-]{36}$/i.test(campaignId)) throw new Response("Not found", { status: 404 });
  const [row] = await db.select({ campaignId: campaigns.id, organisationId: campaigns.organisationId }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!row) throw new Response("Not found", { status: 404 });
  const role = await requireOrgRole(db, user, row.organisationId, minimum);
  return { ...row, role };
}
