// What every benchmark phase gets: the running system and ways to measure it.
import type { AppProcess, FakeResendProcess } from "./app";
import { runLoad, type LoadOptions, type LoadResult } from "./load";
import { startCpuMonitor, type CpuUsage } from "./machine";
import { runPgbench, type PgbenchOptions, type PgbenchResult } from "./pgbench";
import type { Cluster } from "./postgres";
import type { Report } from "./report";
import type { Sql } from "./sql";
import { round } from "./stats";

export interface BenchContext {
  cluster: Cluster;
  databaseUrl: string;
  sql: Sql;
  petitionId: string;
  app: AppProcess;
  resend: FakeResendProcess;
  report: Report;
  /** Path of pgbench, or null when it could not be found. */
  pgbench: string | null;
  /** Seconds per load run. */
  seconds: number;
  /** Most pgbench clients the server accepts beside the app's own connections. */
  pgbenchMaxClients: number;
}

function cpuGroups(context: BenchContext) {
  return () => ({
    app: [context.app.child.process.pid ?? -1],
    postgres: [context.cluster.pid() ?? -1],
    "fake resend": [context.resend.child.process.pid ?? -1],
  });
}

export interface Measured<T> {
  result: T;
  cpu: CpuUsage;
}

export async function measureLoad(context: BenchContext, options: Omit<LoadOptions, "url"> & { url?: string }): Promise<Measured<LoadResult>> {
  const monitor = startCpuMonitor(cpuGroups(context));
  const result = await runLoad({ url: context.app.url, durationS: context.seconds, ...options });
  return { result, cpu: monitor.stop() };
}

export async function measurePgbench(context: BenchContext, options: Omit<PgbenchOptions, "pgbench" | "url" | "durationS">): Promise<Measured<PgbenchResult>> {
  const monitor = startCpuMonitor(cpuGroups(context));
  const result = await runPgbench({ pgbench: context.pgbench!, url: context.databaseUrl, durationS: context.seconds, ...options });
  return { result, cpu: monitor.stop() };
}

/** The details every load figure carries: latencies, statuses, CPU per group and per request. */
export function loadDetails(measured: Measured<LoadResult>, useful: number) {
  const { result, cpu } = measured;
  const perRequestMs = (group: string) => (useful > 0 ? round(((cpu.cpuS[group] ?? 0) * 1000) / useful) : null);
  return {
    connections: result.connections,
    durationS: result.durationS,
    responses: result.responses,
    status: result.status,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    latencyMs: result.latencyMs,
    cpuSeconds: cpu.cpuS,
    appCpuMsPerUsefulResponse: perRequestMs("app"),
    postgresCpuMsPerUsefulResponse: perRequestMs("postgres"),
    otherProcessesCpuPct: cpu.othersPct,
    machineBusyPct: cpu.machineBusyPct,
  };
}

export function pgbenchDetails(measured: Measured<PgbenchResult>) {
  return {
    clients: measured.result.clients,
    transactions: measured.result.transactions,
    failed: measured.result.failed,
    latencyMs: measured.result.latencyMs,
    cpuSeconds: measured.cpu.cpuS,
    otherProcessesCpuPct: measured.cpu.othersPct,
  };
}
