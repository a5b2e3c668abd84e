import { EnvError, parseEnv, type Env } from "~/lib/env.server";
import { startEmbeddedPostgres } from "~/lib/embedded-postgres.server";
import { ensureDatabaseExists, migrateDatabase } from "~/lib/database.server";
import { installJobSchema } from "~/lib/jobs.server";
import { seedDatabase } from "~/lib/seed.server";
import { log } from "./log";

export const APP_DATABASE_NAME = "harm_reduction";

export function loadEnv(): Env {
  try {
    return parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export interface PreparedDatabase {
  url: string;
  /** Stops the embedded PostgreSQL this process started (a no-op otherwise). */
  stop: () => Promise<void>;
}

/**
 * Finds the database (DATABASE_URL, or an embedded PostgreSQL in DATA_DIR),
 * then brings its schema up to date and fills in demo content that is missing.
 */
export async function prepareDatabase(env: Env): Promise<PreparedDatabase> {
  let url = env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, log: (line) => log(line) });
    stop = embedded.stop;
    try {
      url = await ensureDatabaseExists(embedded.url, APP_DATABASE_NAME);
    } catch (error) {
      await stop();
      throw error;
    }
  }
  try {
    await migrateDatabase(url, (db) =>
      seedDatabase(db, { adminEmail: env.SEED_ADMIN_EMAIL, adminPassword: env.SEED_ADMIN_PASSWORD, log }),
    );
    await installJobSchema(url);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
