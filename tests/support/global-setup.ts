import os from "node:os";
import path from "node:path";
import fs from "node:fs/promises";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "~/lib/database.server";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "~/lib/embedded-postgres.server";
import { installJobSchema } from "~/lib/jobs.server";
import { seedDatabase } from "~/lib/seed.server";
import { TEST_ADMIN_EMAIL, TEST_ADMIN_PASSWORD, databaseUrl } from "./database-names";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

/**
 * Starts one throwaway PostgreSQL for the whole run (or uses DATABASE_URL),
 * and builds a migrated, seeded template that every test file clones.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedPostgres | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "hr-test-pg-"));
    await fs.chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir, durable: false });
    adminUrl = embedded.url;
  }
  const template = `hr_test_template_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${template}`);
  await admin.unsafe(`create database ${template}`);
  const templateUrl = databaseUrl(adminUrl, template);
  await migrateDatabase(templateUrl, (db) =>
    seedDatabase(db, { adminEmail: TEST_ADMIN_EMAIL, adminPassword: TEST_ADMIN_PASSWORD, log: () => {} }),
  );
  await installJobSchema(templateUrl);

  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", template);

  return async () => {
    const leftovers = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`hr_test_%_${process.pid}%`} or datname = ${template}`;
    for (const { datname } of leftovers) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    await admin.end();
    await embedded?.stop();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  };
}
