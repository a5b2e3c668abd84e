// Drill "db-restart": PostgreSQL stops for ~5 s while signing goes on. The app
// must answer 503 with Retry-After meanwhile (no crash, no request hanging),
// recover by itself, and lose nothing it acknowledged.
import { countStatuses, fmtStatuses, freshSystem, missingIds, stopSystem, type Verdict } from "../lib/drill";
import { startLoad } from "../lib/load";
import type { Cluster } from "../lib/postgres";
import { acknowledgedId, apiSigning } from "../lib/signers";
import { log, sleep, waitFor } from "../lib/util";

const OUTAGE_MS = 5_000;
/** "No hang beyond a few seconds per request." */
const MAX_OUTAGE_LATENCY_MS = 5_000;
/** Time after PostgreSQL is back within which signing must succeed again. */
const MAX_RECOVERY_MS = 10_000;
/** How long signing goes on after PostgreSQL is back. */
const AFTER_RESTART_MS = 20_000;

export async function dbRestartDrill(cluster: Cluster): Promise<Verdict> {
  if (cluster.kind !== "embedded") {
    return { name: "db-restart", status: "NOT RUN", summary: "DATABASE_URL is set: this drill needs the embedded cluster it can stop and start" };
  }
  const system = await freshSystem(cluster, "restart");
  try {
    const acknowledged: string[] = [];
    const failures: { at: number; status: number; retryAfter: boolean }[] = [];
    const load = startLoad({
      url: system.app.url,
      connections: 20,
      // Stopped explicitly once PostgreSQL has been back for a while (its shutdown checkpoint takes a variable time).
      durationS: 600,
      timeoutS: 30,
      timeline: true,
      next: apiSigning({ prefix: "drill-restart", varyClientIp: true }),
      onResponse: (status, body, headers) => {
        if (status === 202) {
          const id = acknowledgedId(body);
          if (id) acknowledged.push(id);
        } else if (status >= 500) {
          failures.push({ at: Date.now(), status, retryAfter: headers["retry-after"] !== undefined });
        }
      },
    });
    await sleep(10_000);
    log("drill db-restart: stopping PostgreSQL");
    const downAt = Date.now();
    await cluster.stop();
    await sleep(OUTAGE_MS);
    log("drill db-restart: starting PostgreSQL again");
    await cluster.start();
    const upAt = Date.now();
    await sleep(AFTER_RESTART_MS);
    load.stop();
    const result = await load.result;
    const appAlive = system.app.child.alive();
    const healthy = appAlive
      ? await waitFor("healthz after the restart", async () => (await fetch(`${system.app.url}/healthz`).catch(() => null))?.status === 200, 20_000).catch(() => false)
      : false;

    // Everything answered while the database was away, or just after.
    const window = result.timeline.filter((e) => e.at >= downAt && e.at <= upAt + 1_000);
    const windowStatus: Record<string, number> = {};
    for (const e of window) windowStatus[e.status === 0 ? "connection error" : e.status] = (windowStatus[e.status === 0 ? "connection error" : e.status] ?? 0) + 1;
    const slowest = Math.max(0, ...window.map((e) => e.latencyMs));
    const firstSuccessAfter = result.timeline.find((e) => e.at > upAt && e.status === 202);
    const recoveryMs = firstSuccessAfter ? firstSuccessAfter.at - upAt : null;
    const non503 = failures.filter((f) => f.status !== 503);
    const without = failures.filter((f) => f.status === 503 && !f.retryAfter);
    const missing = await missingIds(system.sql, [...new Set(acknowledged)]);
    const errorLines = system.app.child
      .output()
      .split("\n")
      .filter((l) => /error|unreachable|reachable again/i.test(l));

    const problems: string[] = [];
    if (!appAlive) problems.push(`the app process died (exit ${String(await system.app.child.exited)})`);
    if (non503.length > 0) problems.push(`${non503.length} 5xx other than 503 (${fmtStatuses(countBy(non503.map((f) => f.status)))})`);
    if (without.length > 0) problems.push(`${without.length} 503 without Retry-After`);
    if (countStatuses(windowStatus, (c) => c === 503) === 0) problems.push("no 503 during the outage");
    if (slowest > MAX_OUTAGE_LATENCY_MS) problems.push(`a request took ${slowest} ms during the outage (limit ${MAX_OUTAGE_LATENCY_MS})`);
    if (result.timeouts > 0) problems.push(`${result.timeouts} requests timed out (30 s)`);
    if (recoveryMs === null || recoveryMs > MAX_RECOVERY_MS) problems.push(recoveryMs === null ? "signing never succeeded again" : `signing recovered only ${recoveryMs} ms after PostgreSQL was back`);
    if (!healthy) problems.push("/healthz not 200 after the restart");
    if (missing.length > 0) problems.push(`${missing.length} acknowledged signatures lost`);

    const summary = `PostgreSQL down ${((upAt - downAt) / 1000).toFixed(1)} s; during it: ${fmtStatuses(windowStatus)}, slowest ${slowest} ms; recovered ${recoveryMs ?? "never"} ms after restart; ${acknowledged.length} acknowledged, ${missing.length} lost`;
    return {
      name: "db-restart",
      status: problems.length === 0 ? "PASS" : "FAIL",
      summary: problems.length === 0 ? summary : `${summary} — ${problems.join("; ")}`,
      evidence: [...(problems.length > 0 ? [`app log: ${system.app.child.saveLog("drill-db-restart-app")}`] : []), `all statuses: ${fmtStatuses(result.status)}`, ...errorLines.slice(0, 8).map((l) => `app log: ${l.slice(0, 300)}`)],
    };
  } finally {
    await stopSystem(system);
    // The next drill needs the server, whatever happened here.
    if (cluster.pid() === null) await cluster.start();
  }
}

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
