import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hash } from "@node-rs/argon2";
import { eq, sql } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { demoCampaign, demoOrganisation, demoPetition } from "./content/demo-petition";
import * as schema from "./schema";

type Database = PostgresJsDatabase<typeof schema>;

const CONTENT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "content", "explainers");

interface ExplainerIndexEntry {
  slug: string;
  position: number;
  translations: Record<string, { title: string; summary: string }>;
  sources: schema.ExplainerSource[];
}

export interface SeedOptions {
  adminEmail: string;
  /** When absent a random password is generated and printed once. */
  adminPassword?: string;
  log?: (line: string) => void;
}

/** argon2id with the parameters OWASP recommends as a minimum (19 MiB, 2 passes). */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

async function seedExplainers(db: Database) {
  const index = JSON.parse(await fs.readFile(path.join(CONTENT_DIR, "index.json"), "utf8")) as ExplainerIndexEntry[];
  for (const entry of index) {
    const [inserted] = await db
      .insert(schema.explainers)
      .values({ slug: entry.slug, position: entry.position, status: "published", sources: entry.sources })
      .onConflictDoNothing({ target: schema.explainers.slug })
      .returning({ id: schema.explainers.id });
    // An explainer that already exists may have been edited by organisers: leave it alone.
    if (!inserted) continue;
    for (const [locale, text] of Object.entries(entry.translations)) {
      const body = await fs.readFile(path.join(CONTENT_DIR, `${entry.slug}.${locale}.md`), "utf8");
      await db.insert(schema.explainerTranslations).values({
        explainerId: inserted.id,
        locale,
        title: text.title,
        summary: text.summary,
        bodyMarkdown: body.trim(),
      });
    }
  }
}

async function seedDemoPetition(db: Database) {
  const existing = await db.query.petitions.findFirst({ where: eq(schema.petitions.slug, demoPetition.slug) });
  if (existing) return;
  const [organisation] = await db
    .insert(schema.organisations)
    .values(demoOrganisation)
    .onConflictDoUpdate({ target: schema.organisations.slug, set: { name: sql`excluded.name` } })
    .returning({ id: schema.organisations.id });
  const [campaign] = await db
    .insert(schema.campaigns)
    .values({ organisationId: organisation!.id, slug: demoCampaign.slug, status: "active" })
    .onConflictDoUpdate({ target: schema.campaigns.slug, set: { status: sql`excluded.status` } })
    .returning({ id: schema.campaigns.id });
  await db
    .insert(schema.campaignTranslations)
    .values(Object.entries(demoCampaign.translations).map(([locale, t]) => ({ campaignId: campaign!.id, locale, ...t })))
    .onConflictDoNothing();
  const [petition] = await db
    .insert(schema.petitions)
    .values({
      campaignId: campaign!.id,
      slug: demoPetition.slug,
      status: "open",
      defaultLocale: demoPetition.defaultLocale,
      verifiedDomains: [...demoPetition.verifiedDomains],
    })
    .returning({ id: schema.petitions.id });
  await db.insert(schema.petitionFields).values(
    demoPetition.fields.map((field, position) => ({ ...field, petitionId: petition!.id, position, labels: { ...field.labels } })),
  );
  await db.insert(schema.petitionTranslations).values(
    Object.entries(demoPetition.translations).map(([locale, t]) => ({
      petitionId: petition!.id,
      locale,
      title: t.title,
      target: t.target,
      ask: t.ask,
      bodyMarkdown: t.body,
    })),
  );
  const related = await db.query.explainers.findMany({ columns: { id: true, slug: true } });
  const bySlug = new Map(related.map((e) => [e.slug, e.id]));
  const links = demoPetition.relatedExplainers
    .map((slug, position) => ({ petitionId: petition!.id, explainerId: bySlug.get(slug), position }))
    .filter((link): link is { petitionId: string; explainerId: string; position: number } => Boolean(link.explainerId));
  if (links.length > 0) await db.insert(schema.petitionExplainers).values(links);
}

async function seedAdmin(db: Database, options: SeedOptions) {
  const [{ count }] = (await db
    .select({ count: sql<number>`count(*)::int` })
    .from(schema.users)
    .where(eq(schema.users.isAdmin, true))) as [{ count: number }];
  if (count > 0) return;
  const password = options.adminPassword ?? randomBytes(15).toString("base64url");
  const [admin] = await db.insert(schema.users).values({
    email: options.adminEmail,
    displayName: "Administrator",
    passwordHash: await hashPassword(password),
    isAdmin: true,
    emailVerifiedAt: new Date(),
  }).returning({ id: schema.users.id });
  // The first admin also owns the demo organisation, so the dashboard has something to show.
  const demo = await db.query.organisations.findFirst({ where: eq(schema.organisations.slug, demoOrganisation.slug) });
  if (demo) await db.insert(schema.memberships).values({ organisationId: demo.id, userId: admin!.id, role: "owner" }).onConflictDoNothing();
  if (!options.adminPassword) {
    (options.log ?? console.log)(
      `Created the first admin ${options.adminEmail} with the password ${password} (shown once; set SEED_ADMIN_PASSWORD to choose it).`,
    );
  }
}

/** Idempotent: safe on every start; only fills in what is missing. */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<void> {
  await db.transaction(async (tx) => {
    await seedExplainers(tx);
    await seedDemoPetition(tx);
    await seedAdmin(tx, options);
  });
}
