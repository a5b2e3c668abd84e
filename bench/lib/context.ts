// What every benchmark phase gets: the running system and ways to measure it.
import type { AppProcess, FakeResendProcess } from "./app";
import { runLoad, type LoadOptions, type LoadResult } from "./load";
import { startCpuMonitor, type CpuUsage } from "./machine";
import { runPgbench, type PgbenchOptions, type PgbenchResult } from "./pgbench";
import type { Cluster } from "./postgres";
import type { Report } from "./report";
import type { Sql } from "./sql";
import { round } from "./stats";
import { sleep } from "./util";

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
  /** How long the app needed to become responsive before the run started. */
  settledMs?: number;
}

/**
 * Waits until the app answers /healthz quickly again: requests abandoned by the
 * previous run's clients are still being worked through (nothing cancels them).
 */
export async function settle(context: BenchContext, timeoutMs = 90_000): Promise<number> {
  const started = performance.now();
  let quick = 0;
  while (performance.now() - started < timeoutMs && quick < 3) {
    const t = performance.now();
    const response = await fetch(`${context.app.url}/healthz`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
    await response?.arrayBuffer();
    quick = response?.status === 200 && performance.now() - t < 300 ? quick + 1 : 0;
    if (quick < 3) await sleep(250);
  }
  return Math.round(performance.now() - started);
}

export async function measureLoad(context: BenchContext, options: Omit<LoadOptions, "url"> & { url?: string }): Promise<Measured<LoadResult>> {
  const settledMs = await settle(context);
  const monitor = startCpuMonitor(cpuGroups(context));
  const result = await runLoad({ url: context.app.url, durationS: context.seconds, ...options });
  return { result, cpu: monitor.stop(), settledMs };
}

export async function measurePgbench(context: BenchContext, options: Omit<PgbenchOptions, "pgbench" | "url" | "durationS">): Promise<Measured<PgbenchResult>> {
  const monitor = startCpuMonitor(cpuGroups(context));
  const result = await runPgbench({ pgbench: context.pgbench!, url: context.databaseUrl, durationS: context.seconds, ...options });
  return { result, cpu: monitor.stop() };
}

/** The details every load figure carries: latencies, statuses, CPU per group and per request. */
export function loadDetails(measured: Measured<LoadResult>, useful: number) {
  const { result, cpu, settledMs } = measured;
  const perRequestMs = (group: string) => (useful > 0 ? round(((cpu.cpuS[group] ?? 0) * 1000) / useful) : null);
  return {
    connections: result.connections,
    durationS: result.durationS,
    responses: result.responses,
    status: result.status,
    connectionErrors: result.errors,
    unanswered: result.unanswered,
    timeouts: result.timeouts,
    latencyMs: result.latencyMs,
    cpuSeconds: cpu.cpuS,
    appCpuMsPerUsefulResponse: perRequestMs("app"),
    postgresCpuMsPerUsefulResponse: perRequestMs("postgres"),
    otherProcessesCpuPct: cpu.othersPct,
    machineBusyPct: cpu.machineBusyPct,
    settledBeforeRunMs: settledMs,
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
