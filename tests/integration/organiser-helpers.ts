// Fixtures for the organiser tests: users, an organisation with one member per role,
// a campaign and petitions in it, and the email jobs they queue.
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import * as schema from "../../db/schema";
import type { OrgRole } from "~/lib/authorization.server";
import type { Db } from "~/lib/database.server";

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
}

const unique = () => randomBytes(4).toString("hex");

export async function createUser(db: Db, options: { name?: string; verified?: boolean; admin?: boolean; totp?: boolean } = {}): Promise<TestUser> {
  const name = options.name ?? `User ${unique()}`;
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}.${unique()}@example.org`;
  const [user] = await db
    .insert(schema.users)
    .values({
      email,
      displayName: name,
      // Never used to sign in: these tests start sessions directly.
      passwordHash: "not-a-real-hash",
      isAdmin: options.admin ?? false,
      emailVerifiedAt: options.verified === false ? null : new Date(),
      totpSecret: options.totp ? "JBSWY3DPEHPK3PXP" : null,
      totpEnabledAt: options.totp ? new Date() : null,
    })
    .returning();
  return { id: user!.id, email: user!.email, displayName: user!.displayName, isAdmin: user!.isAdmin };
}

export async function createOrgWithMembers(db: Db, label = "org") {
  const slug = `${label}-${unique()}`;
  const [org] = await db.insert(schema.organisations).values({ slug, name: `Org ${slug}` }).returning();
  const members = {} as Record<OrgRole, TestUser>;
  for (const role of ["owner", "editor", "viewer"] as const) {
    const user = await createUser(db, { name: `${label} ${role}` });
    await db.insert(schema.memberships).values({ organisationId: org!.id, userId: user.id, role });
    members[role] = user;
  }
  const [campaign] = await db.insert(schema.campaigns).values({ organisationId: org!.id, slug: `campaign-${unique()}`, status: "active" }).returning();
  await db.insert(schema.campaignTranslations).values({ campaignId: campaign!.id, locale: "en", title: `Campaign of ${slug}`, summary: "" });
  return { org: org!, campaign: campaign!, ...members };
}

export async function insertPetition(db: Db, campaignId: string, overrides: Partial<typeof schema.petitions.$inferInsert> = {}) {
  const [petition] = await db
    .insert(schema.petitions)
    .values({ campaignId, slug: `petition-${unique()}`, status: "draft", ...overrides })
    .returning();
  await db.insert(schema.petitionTranslations).values({
    petitionId: petition!.id,
    locale: petition!.defaultLocale,
    title: "Fund naloxone",
    target: "The minister",
    ask: "Fund naloxone in every clinic.",
    bodyMarkdown: "Because it saves lives.",
  });
  return petition!;
}

export interface QueuedEmail {
  template: string;
  to: string;
  idempotencyKey: string;
  props: Record<string, unknown>;
}

/** send-email jobs queued (no worker runs in these tests), oldest first. */
export async function queuedEmails(db: Db, template?: string): Promise<QueuedEmail[]> {
  const rows = await db.execute<{ payload: QueuedEmail }>(sql`
    select j.payload from graphile_worker._private_jobs j
    join graphile_worker._private_tasks t on t.id = j.task_id
    where t.identifier = 'send-email' order by j.id`);
  return rows.map((r) => r.payload).filter((p) => !template || p.template === template);
}

export async function auditActions(db: Db, subjectId: string): Promise<string[]> {
  const rows = await db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(eq(schema.auditLog.subjectId, subjectId)).orderBy(schema.auditLog.id);
  return rows.map((r) => r.action);
}
