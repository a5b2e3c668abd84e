// pgbench, the database's own load generator: the baseline for "how fast could
// the database alone do this" on the same server in the same run.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onCleanup } from "./cleanup";
import { percentile } from "./stats";
import { log } from "./util";

export interface PgbenchResult {
  clients: number;
  durationS: number;
  transactions: number;
  tps: number;
  latencyMs: { p50: number; p99: number; mean: number };
  failed: number;
}

/** Finds pgbench, installing Debian's client package when we are root and it is missing. */
export function findPgbench(): string | null {
  const which = (name: string) => {
    try {
      return execFileSync("which", [name]).toString().trim() || null;
    } catch {
      return null;
    }
  };
  let found = which("pgbench");
  if (!found && process.getuid?.() === 0) {
    log("pgbench is missing: installing postgresql-client-15");
    try {
      execFileSync("apt-get", ["install", "-y", "postgresql-client-15"], { stdio: "ignore" });
      found = which("pgbench") ?? (fs.existsSync("/usr/lib/postgresql/15/bin/pgbench") ? "/usr/lib/postgresql/15/bin/pgbench" : null);
    } catch {
      found = null;
    }
  }
  return found;
}

export interface PgbenchOptions {
  pgbench: string;
  url: string;
  script: string;
  clients: number;
  durationS: number;
  /** Variables for the script (`-D name=value`). */
  define?: Record<string, string | number>;
}

/** Runs one pgbench script; latency percentiles come from its per-transaction log. */
export async function runPgbench(options: PgbenchOptions): Promise<PgbenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hr-pgbench-"));
  const unregister = onCleanup("pgbench files", () => fs.rmSync(dir, { recursive: true, force: true }));
  try {
    const scriptPath = path.join(dir, "script.sql");
    fs.writeFileSync(scriptPath, options.script);
    const url = new URL(options.url);
    const args = [
      "--no-vacuum",
      "--protocol=prepared",
      `--client=${options.clients}`,
      `--jobs=${Math.min(options.clients, os.cpus().length)}`,
      `--time=${options.durationS}`,
      `--file=${scriptPath}`,
      "--log",
      `--log-prefix=${path.join(dir, "tx")}`,
      ...Object.entries(options.define ?? {}).map(([k, v]) => `--define=${k}=${v}`),
      decodeURIComponent(url.pathname.slice(1)),
    ];
    const env = {
      ...process.env,
      PGHOST: url.hostname,
      PGPORT: url.port || "5432",
      PGUSER: decodeURIComponent(url.username),
      PGPASSWORD: decodeURIComponent(url.password),
    };
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(options.pgbench, args, { env, cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
      let text = "";
      child.stdout.on("data", (chunk) => (text += chunk));
      child.stderr.on("data", (chunk) => (text += chunk));
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve(text) : reject(new Error(`pgbench exited ${code}:\n${text.slice(-2000)}`))));
    });
    const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? NaN);
    const transactions = Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1] ?? NaN);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    // Log lines: client_id transaction_no latency_us script_no epoch epoch_us
    const latencies: number[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.startsWith("tx"))) {
      for (const line of fs.readFileSync(path.join(dir, file), "utf8").split("\n")) {
        const us = Number(line.split(" ")[2]);
        if (Number.isFinite(us) && line) latencies.push(us / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    return {
      clients: options.clients,
      durationS: options.durationS,
      transactions,
      tps,
      failed,
      latencyMs: {
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    unregister();
  }
}
