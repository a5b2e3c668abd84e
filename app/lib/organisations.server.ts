import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import {
  campaignTranslations,
  campaigns,
  memberships,
  organisations,
  petitionCounts,
  petitionTranslations,
  petitions,
  users,
} from "../../db/schema";
import { recordAudit } from "./audit.server";
import { requireOrgRole, type OrgRole } from "./authorization.server";
import type { Db } from "./database.server";
import { E, fail, type Done, type Failure } from "./organiser-schemas";
import type { SessionUser } from "./sessions.server";

export type Actor = Pick<SessionUser, "id" | "isAdmin">;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** A unique index refused the row (PostgreSQL 23505), e.g. two people taking the same slug at once. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  return e.code === "23505" || (e.cause !== undefined && e.cause !== error && isUniqueViolation(e.cause));
}

/** URL segments that cannot be organisation slugs because a route uses them. */
const RESERVED_ORG_SLUGS = new Set(["new"]);

export interface MyOrganisation {
  id: string;
  slug: string;
  name: string;
  role: OrgRole;
}

/** The text in the wanted language, else the fallback language, else any. */
export function pickTranslation<T extends { locale: string }>(rows: T[], locale: string, fallback = "en"): T | undefined {
  return rows.find((r) => r.locale === locale) ?? rows.find((r) => r.locale === fallback) ?? rows[0];
}

export async function listMyOrganisations(db: Db, userId: string): Promise<MyOrganisation[]> {
  const rows = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));
  return rows.map((r) => ({ ...r, role: r.role as OrgRole }));
}

export interface PetitionListItem {
  id: string;
  slug: string;
  status: string;
  title: string;
  campaignId: string;
  organisationId: string;
  signatureCount: number;
}

/** Petitions with their title in `locale` and their count (confirmed online plus paper). */
async function listPetitions(db: Db, organisationIds: string[], locale: string): Promise<PetitionListItem[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select({
      id: petitions.id,
      slug: petitions.slug,
      status: petitions.status,
      defaultLocale: petitions.defaultLocale,
      campaignId: petitions.campaignId,
      organisationId: campaigns.organisationId,
      online: sql<number>`coalesce(${petitionCounts.total}, 0)`,
      paper: petitions.paperSignatures,
    })
    .from(petitions)
    .innerJoin(campaigns, eq(campaigns.id, petitions.campaignId))
    .leftJoin(petitionCounts, eq(petitionCounts.petitionId, petitions.id))
    .where(inArray(campaigns.organisationId, organisationIds))
    .orderBy(desc(petitions.createdAt));
  const texts = rows.length
    ? await db
        .select({ petitionId: petitionTranslations.petitionId, locale: petitionTranslations.locale, title: petitionTranslations.title })
        .from(petitionTranslations)
        .where(inArray(petitionTranslations.petitionId, rows.map((r) => r.id)))
    : [];
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    status: r.status,
    campaignId: r.campaignId,
    organisationId: r.organisationId,
    title: pickTranslation(texts.filter((t) => t.petitionId === r.id), locale, r.defaultLocale)?.title ?? r.slug,
    signatureCount: Number(r.online) + r.paper,
  }));
}

/** The signed-in organiser's home: each organisation with its petitions. */
export async function getDashboard(db: Db, userId: string, locale: string) {
  const orgs = await listMyOrganisations(db, userId);
  const items = await listPetitions(db, orgs.map((o) => o.id), locale);
  const [user] = await db.select({ verified: isNotNull(users.emailVerifiedAt) }).from(users).where(eq(users.id, userId));
  return {
    emailVerified: Boolean(user?.verified),
    organisations: orgs.map((org) => ({ ...org, petitions: items.filter((p) => p.organisationId === org.id) })),
  };
}

export interface CreateOrganisationInput {
  name: string;
  slug: string;
  country?: string;
  website?: string;
}

/** Only people who proved their address may create one; the creator becomes its owner. */
export async function createOrganisation(db: Db, actor: Actor, input: CreateOrganisationInput): Promise<({ ok: true; slug: string; id: string }) | Failure> {
  if (RESERVED_ORG_SLUGS.has(input.slug)) return fail(E.slugReserved, "slug");
  const [user] = await db.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, actor.id));
  if (!user?.verifiedAt) return fail(E.emailNotVerified);
  return db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organisations)
      .values({ name: input.name, slug: input.slug, country: input.country ?? null, website: input.website ?? null })
      .onConflictDoNothing({ target: organisations.slug })
      .returning({ id: organisations.id, slug: organisations.slug });
    if (!org) return fail(E.slugTaken, "slug");
    await tx.insert(memberships).values({ organisationId: org.id, userId: actor.id, role: "owner" });
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId: org.id,
      action: "organisation.create",
      subjectType: "organisation",
      subjectId: org.id,
      details: { name: input.name, slug: input.slug },
    });
    return { ok: true as const, slug: org.slug, id: org.id };
  });
}

export interface OrganisationRow {
  id: string;
  slug: string;
  name: string;
  country: string | null;
  website: string | null;
}

/**
 * The organisation behind a URL slug, after checking on the server that the
 * user holds `minimum` there: unknown slugs and outsiders get 404, members
 * without the role 403.
 */
export async function requireOrganisation(db: Db, user: Actor, slug: string, minimum: OrgRole) {
  const [organisation] = await db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, country: organisations.country, website: organisations.website })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  if (!organisation) throw new Response("Not found", { status: 404 });
  const role = await requireOrgRole(db, user, organisation.id, minimum);
  return { organisation: organisation satisfies OrganisationRow, role };
}

export async function getOrganisationOverview(db: Db, organisationId: string, locale: string) {
  const campaignRows = await db
    .select({ id: campaigns.id, slug: campaigns.slug, status: campaigns.status })
    .from(campaigns)
    .where(eq(campaigns.organisationId, organisationId))
    .orderBy(desc(campaigns.createdAt));
  const campaignTexts = campaignRows.length
    ? await db.select().from(campaignTranslations).where(inArray(campaignTranslations.campaignId, campaignRows.map((c) => c.id)))
    : [];
  const petitionItems = await listPetitions(db, [organisationId], locale);
  return {
    campaigns: campaignRows.map((c) => ({
      ...c,
      title: pickTranslation(campaignTexts.filter((t) => t.campaignId === c.id), locale)?.title ?? c.slug,
      petitions: petitionItems.filter((p) => p.campaignId === c.id),
    })),
    members: await listMembers(db, organisationId),
  };
}

export interface Member {
  userId: string;
  displayName: string;
  email: string;
  role: OrgRole;
}

export async function listMembers(db: Db, organisationId: string): Promise<Member[]> {
  const rows = await db
    .select({ userId: users.id, displayName: users.displayName, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.displayName));
  return rows.map((r) => ({ ...r, role: r.role as OrgRole }));
}

/**
 * Locks the organisation row so that membership changes in one organisation
 * run one at a time: two owners demoting each other at once cannot leave it
 * with none.
 */
async function lockMemberships(tx: Tx, organisationId: string, userId: string) {
  await tx.execute(sql`select 1 from organisations where id = ${organisationId} for update`);
  const [target] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  const [{ owners }] = (await tx
    .select({ owners: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")))) as [{ owners: number }];
  return { target: target as { role: OrgRole } | undefined, owners };
}

export async function changeMemberRole(db: Db, actor: Actor, organisationId: string, userId: string, role: OrgRole): Promise<Done | Failure> {
  return db.transaction(async (tx) => {
    const { target, owners } = await lockMemberships(tx, organisationId, userId);
    if (!target) return fail(E.notMember);
    if (target.role === role) return { ok: true as const };
    if (target.role === "owner" && owners <= 1) return fail(E.lastOwner);
    await tx.update(memberships).set({ role }).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId,
      action: "member.role",
      subjectType: "user",
      subjectId: userId,
      details: { from: target.role, to: role },
    });
    return { ok: true as const };
  });
}

export async function removeMember(db: Db, actor: Actor, organisationId: string, userId: string): Promise<Done | Failure> {
  return db.transaction(async (tx) => {
    const { target, owners } = await lockMemberships(tx, organisationId, userId);
    if (!target) return fail(E.notMember);
    if (target.role === "owner" && owners <= 1) return fail(E.lastOwner);
    await tx.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await recordAudit(tx, {
      actorId: actor.id,
      organisationId,
      action: "member.remove",
      subjectType: "user",
      subjectId: userId,
      details: { role: target.role },
    });
    return { ok: true as const };
  });
}
