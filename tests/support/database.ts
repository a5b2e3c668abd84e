import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { closeDatabase, connectDatabase, type Db } from "~/lib/database.server";
import { databaseUrl } from "./database-names";

export interface TestDatabase {
  url: string;
  name: string;
  db: Db;
  /** Drops the database; call from afterAll. */
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated, seeded template: each test file gets its own. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("adminDatabaseUrl");
  const template = inject("templateDatabase");
  const name = `hr_test_${randomBytes(4).toString("hex")}_${template.split("_").pop()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, name);
  const db = connectDatabase(url, { max: 10, name: "hr-test" });
  return {
    url,
    name,
    db,
    async drop() {
      await closeDatabase(db);
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
