// The database under test: a throwaway embedded cluster with fsync ON (as in
// production), or a fresh database on the server that DATABASE_URL names.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { migrateDatabase } from "~/lib/database.server";
import { startEmbeddedPostgres } from "~/lib/embedded-postgres.server";
import { installJobSchema } from "~/lib/jobs.server";
import { seedDatabase } from "~/lib/seed.server";
import { onCleanup } from "./cleanup";
import { log, waitFor } from "./util";

export const SEED_ADMIN_PASSWORD = "bench admin password";

export interface Cluster {
  /** URL of a maintenance database on the server (for CREATE DATABASE). */
  adminUrl: string;
  /** "embedded" (ours, restartable) or "external" (DATABASE_URL). */
  kind: "embedded" | "external";
  serverVersion: string;
  maxConnections: number;
  /** Settings that make or break a write benchmark, as the server reports them. */
  settings: Record<string, string>;
  /** A fresh, migrated and seeded database; dropped at cleanup. */
  createDatabase(prefix: string): Promise<string>;
  /** Fast shutdown of the server (embedded only). */
  stop(): Promise<void>;
  /** Starts the server again on the same port and data directory (embedded only). */
  start(): Promise<void>;
  /** The postmaster's pid (embedded only), for CPU accounting. */
  pid(): number | null;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function describeServer(adminUrl: string) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ name: string; setting: string }[]>`
      select name, setting from pg_settings
      where name in ('server_version', 'max_connections', 'fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'wal_sync_method', 'superuser_reserved_connections')`;
    const settings = Object.fromEntries(rows.map((r) => [r.name, r.setting]));
    return { settings, serverVersion: settings.server_version ?? "unknown", maxConnections: Number(settings.max_connections) };
  } finally {
    await sql.end({ timeout: 2 });
  }
}

async function canConnect(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Creates `name`, applies the app's migrations and seed, and installs graphile-worker's schema. */
async function createAppDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 2 });
  }
  const url = databaseUrl(adminUrl, name);
  await migrateDatabase(url, (db) => seedDatabase(db, { adminEmail: "admin@bench.example", adminPassword: SEED_ADMIN_PASSWORD }));
  await installJobSchema(url);
  onCleanup(`drop database ${name}`, async () => {
    const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
    } finally {
      await dropper.end({ timeout: 2 });
    }
  });
  return url;
}

function postmasterPid(pgdata: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(pgdata, "postmaster.pid"), "utf8").split("\n")[0]);
    if (!Number.isInteger(pid) || pid <= 0) return null;
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** PostgreSQL refuses to run as root; embedded-postgres runs it as the `postgres` user then, and so do we. */
function runAsPostgres(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  return {
    uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()),
  };
}

async function startEmbedded(): Promise<Cluster> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hr-bench-pg-"));
  // The postgres user must be able to enter the directory.
  fs.chmodSync(dataDir, 0o755);
  const pgdata = path.join(dataDir, "postgres");
  const stopServer = async () => {
    const pid = postmasterPid(pgdata);
    if (!pid) return;
    // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
    process.kill(pid, "SIGINT");
    await waitFor("PostgreSQL to stop", async () => postmasterPid(pgdata) === null, 30_000, 50).catch(() => {
      process.kill(pid, "SIGQUIT");
    });
  };
  onCleanup(
    "embedded PostgreSQL",
    async () => {
      await stopServer();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    () => {
      const pid = postmasterPid(pgdata);
      if (pid) process.kill(pid, "SIGQUIT");
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  );
  // durable: true keeps fsync, synchronous_commit and full_page_writes ON, as production runs.
  const embedded = await startEmbeddedPostgres({ dataDir, durable: true, log: (line) => log(line) });
  const { settings, serverVersion, maxConnections } = await describeServer(embedded.url);
  // Same flags as startEmbeddedPostgres uses, so a restart is the same server on the same port.
  const flags = [
    "-D", pgdata,
    "-p", String(embedded.port),
    "-c", "listen_addresses=127.0.0.1",
    "-c", "unix_socket_directories=",
    "-c", `max_connections=${maxConnections}`,
    "-c", `shared_buffers=${settings.shared_buffers ? `${Number(settings.shared_buffers) * 8}kB` : "128MB"}`,
  ];
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };

  return {
    adminUrl: embedded.url,
    kind: "embedded",
    serverVersion,
    maxConnections,
    settings,
    createDatabase: (prefix) => createAppDatabase(embedded.url, `${prefix}_${randomBytes(3).toString("hex")}`),
    stop: stopServer,
    pid: () => postmasterPid(pgdata),
    async start() {
      const logFd = fs.openSync(path.join(dataDir, "postgres.log"), "a");
      const child = spawn(binaries.postgres, flags, { ...runAsPostgres(), detached: true, stdio: ["ignore", logFd, logFd] });
      fs.closeSync(logFd);
      child.unref();
      let exited: number | null = null;
      child.on("exit", (code) => (exited = code ?? -1));
      await waitFor(
        "PostgreSQL to accept connections again",
        async () => {
          if (exited !== null) throw new Error(`PostgreSQL exited with code ${exited}`);
          return canConnect(embedded.url);
        },
        60_000,
        50,
      );
    },
  };
}

async function useExternal(url: string): Promise<Cluster> {
  const { settings, serverVersion, maxConnections } = await describeServer(url);
  const unsupported = async () => {
    throw new Error("DATABASE_URL points at a server this tool does not control: it cannot stop or start it.");
  };
  return {
    adminUrl: url,
    kind: "external",
    serverVersion,
    maxConnections,
    settings,
    createDatabase: (prefix) => createAppDatabase(url, `${prefix}_${randomBytes(3).toString("hex")}`),
    stop: unsupported,
    start: unsupported,
    pid: () => null,
  };
}

/** DATABASE_URL when set (a fresh database is created on it), otherwise a throwaway embedded cluster. */
export async function startCluster(): Promise<Cluster> {
  const external = process.env.DATABASE_URL;
  const cluster = external ? await useExternal(external) : await startEmbedded();
  log(`PostgreSQL ${cluster.serverVersion} (${cluster.kind}; fsync=${cluster.settings.fsync}, synchronous_commit=${cluster.settings.synchronous_commit}, max_connections=${cluster.maxConnections})`);
  return cluster;
}
