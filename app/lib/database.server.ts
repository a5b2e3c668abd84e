import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "../../db/schema";

export type Db = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
export type Sql = postgres.Sql;

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../db/migrations");
/** Arbitrary, fixed key for pg_advisory_lock: serialises migration and seeding across processes. */
const SETUP_LOCK_KEY = 727_274_001;

export interface ConnectOptions {
  max?: number;
  /** Application name shown in pg_stat_activity, handy when several processes share a database. */
  name?: string;
}

/** Seconds before reconnecting after `retries` failed connections in a row: 0.1, 0.2, 0.4, 0.8, then 1. */
export const reconnectDelayS = (retries: number): number => Math.min(0.05 * 2 ** retries, 1);

export function connectDatabase(url: string, options: ConnectOptions = {}): Db {
  const client = postgres(url, {
    max: options.max ?? 10,
    idle_timeout: 30,
    // PostgreSQL on the same network answers a connection in milliseconds; while it restarts, a
    // request should fail fast (and be answered 503) rather than wait ten seconds.
    connect_timeout: 3,
    // postgres.js waits up to 20 s before reconnecting a connection that failed several times, so the
    // first requests after PostgreSQL came back would hang that long. Retry within a second instead:
    // during an outage the health check answers 503 up front, so this does not storm the server.
    backoff: reconnectDelayS,
    onnotice: () => {},
    connection: { application_name: options.name ?? "harm-reduction-web" },
  });
  return drizzle(client, { schema }) as Db;
}

export async function closeDatabase(db: Db): Promise<void> {
  await db.$client.end({ timeout: 5 });
}

/**
 * Applies pending migrations on a single connection while holding an advisory
 * lock, then runs `afterMigrate` (the seed) under the same lock, so processes
 * that start together take turns instead of racing.
 */
export async function migrateDatabase(url: string, afterMigrate?: (db: Db) => Promise<void>): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: "harm-reduction-migrate" } });
  const db = drizzle(client, { schema }) as Db;
  try {
    await client`select pg_advisory_lock(${SETUP_LOCK_KEY})`;
    try {
      await migrate(db, { migrationsFolder: MIGRATIONS_DIR, migrationsSchema: "drizzle" });
      await afterMigrate?.(db);
    } finally {
      await client`select pg_advisory_unlock(${SETUP_LOCK_KEY})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Answers whether the database responds within `timeoutMs`. */
export async function pingDatabase(db: Db, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.$client`select 1`.then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Makes sure database `name` exists on the server that `adminUrl` points at and
 * returns its URL. Safe when several processes do it at once.
 */
export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<string> {
  const client = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await client`select 1 from pg_database where datname = ${name}`;
    if (rows.length === 0) {
      try {
        await client.unsafe(`create database "${name.replace(/"/g, '""')}"`);
      } catch (error) {
        // 42P04 duplicate_database: another process created it first.
        if ((error as { code?: string }).code !== "42P04") throw error;
      }
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}
