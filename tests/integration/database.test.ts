import { verify } from "@node-rs/argon2";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as schema from "../../db/schema";
import { closeDatabase, connectDatabase, migrateDatabase } from "~/lib/database.server";
import { seedDatabase } from "~/lib/seed.server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD, databaseUrl } from "../support/database-names";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("the seeded template", () => {
  it("holds the seven explainers in English and French, published", async () => {
    const rows = await t.db
      .select({ slug: schema.explainers.slug, locale: schema.explainerTranslations.locale, body: schema.explainerTranslations.bodyMarkdown })
      .from(schema.explainers)
      .innerJoin(schema.explainerTranslations, eq(schema.explainerTranslations.explainerId, schema.explainers.id))
      .where(eq(schema.explainers.status, "published"));
    const slugs = new Set(rows.map((r) => r.slug));
    expect([...slugs].sort()).toEqual([
      "myths-and-facts",
      "naloxone-and-overdose-response",
      "needle-and-syringe-programmes",
      "opioid-agonist-treatment",
      "peer-support-and-community-mobilisation",
      "rights-and-policy-reform",
      "what-is-harm-reduction",
    ]);
    for (const slug of slugs) {
      expect(rows.filter((r) => r.slug === slug).map((r) => r.locale).sort()).toEqual(["en", "fr"]);
    }
    expect(rows.every((r) => r.body.length > 500)).toBe(true);
  });

  it("lists sources for every explainer", async () => {
    const rows = await t.db.select({ sources: schema.explainers.sources }).from(schema.explainers);
    for (const row of rows) {
      expect(row.sources.length).toBeGreaterThanOrEqual(2);
      for (const source of row.sources) expect(source.publisher.length).toBeGreaterThan(0);
    }
  });

  it("has the open demo petition with its texts and related explainers", async () => {
    const petition = await t.db.query.petitions.findFirst({ where: eq(schema.petitions.slug, "police-for-harm-reduction") });
    expect(petition?.status).toBe("open");
    const texts = await t.db.select().from(schema.petitionTranslations).where(eq(schema.petitionTranslations.petitionId, petition!.id));
    expect(texts.map((x) => x.locale).sort()).toEqual(["en", "fr"]);
    const related = await t.db.select().from(schema.petitionExplainers).where(eq(schema.petitionExplainers.petitionId, petition!.id));
    expect(related.length).toBeGreaterThan(0);
  });

  it("has one admin whose password is stored as an argon2id hash", async () => {
    const admins = await t.db.select().from(schema.users).where(eq(schema.users.isAdmin, true));
    expect(admins).toHaveLength(1);
    expect(admins[0]!.email).toBe(TEST_ADMIN_EMAIL);
    expect(admins[0]!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(admins[0]!.passwordHash, TEST_ADMIN_PASSWORD)).toBe(true);
    expect(await verify(admins[0]!.passwordHash, "wrong password")).toBe(false);
  });
});

describe("seeding again", () => {
  it("adds nothing twice and keeps organisers' edits", async () => {
    await t.db.execute(sql`update explainer_translations set title = 'Edited' where locale = 'en'
      and explainer_id = (select id from explainers where slug = 'myths-and-facts')`);
    const count = async () =>
      (await t.db.execute<{ n: number }>(sql`select
        (select count(*) from explainers) + (select count(*) from explainer_translations) +
        (select count(*) from petitions) + (select count(*) from users) + (select count(*) from organisations) as n`))[0]!.n;
    const before = await count();
    await seedDatabase(t.db, { adminEmail: "someone-else@test.example", log: () => {} });
    expect(await count()).toBe(before);
    const [row] = await t.db.execute<{ title: string }>(sql`select title from explainer_translations
      where locale = 'en' and explainer_id = (select id from explainers where slug = 'myths-and-facts')`);
    expect(row!.title).toBe("Edited");
  });
});

describe("migrations", () => {
  it("are applied once when several processes start together on an empty database", async () => {
    const adminUrl = inject("adminDatabaseUrl");
    const name = `hr_test_migrate_${inject("templateDatabase").split("_").pop()}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name}`);
    await admin.unsafe(`create database ${name}`);
    const url = databaseUrl(adminUrl, name);
    try {
      const seeds: string[] = [];
      await Promise.all(
        [1, 2, 3].map((n) =>
          migrateDatabase(url, (db) =>
            seedDatabase(db, { adminEmail: `admin${n}@test.example`, adminPassword: "a long enough password", log: () => {} }).then(() => {
              seeds.push(`seed ${n}`);
            }),
          ),
        ),
      );
      expect(seeds).toHaveLength(3);
      const db = connectDatabase(url, { max: 1 });
      try {
        const applied = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
        const journal = await import("../../db/migrations/meta/_journal.json", { with: { type: "json" } });
        expect(applied[0]!.n).toBe(journal.default.entries.length);
        const explainers = await db.execute<{ n: number }>(sql`select count(*)::int as n from explainers`);
        expect(explainers[0]!.n).toBe(7);
        const admins = await db.execute<{ n: number }>(sql`select count(*)::int as n from users where is_admin`);
        expect(admins[0]!.n).toBe(1);
      } finally {
        await closeDatabase(db);
      }
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
