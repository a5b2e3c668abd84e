// Drill "app-kill": the app process is killed (SIGKILL) while signing goes on
// and started again on the same port: nothing it acknowledged may be lost, and
// signing works again once it is back (the load runs on 10 s past the restart).
import { countStatuses, fmtStatuses, freshSystem, missingIds, stopSystem, type Verdict } from "../lib/drill";
import { startLoad } from "../lib/load";
import type { Cluster } from "../lib/postgres";
import { acknowledgedId, apiSigning } from "../lib/signers";
import { log, sleep } from "../lib/util";

export async function appKillDrill(cluster: Cluster): Promise<Verdict> {
  const system = await freshSystem(cluster, "kill");
  let restarted: Awaited<ReturnType<typeof system.app.restart>> | null = null;
  try {
    const acknowledged: string[] = [];
    const load = startLoad({
      url: system.app.url,
      connections: 20,
      // Stopped 10 s after the restart, however long the restart takes.
      durationS: 600,
      timeoutS: 30,
      timeline: true,
      next: apiSigning({ prefix: "drill-kill", varyClientIp: true }),
      onResponse: (status, body) => {
        if (status !== 202) return;
        const id = acknowledgedId(body);
        if (id) acknowledged.push(id);
      },
    });
    await sleep(10_000);
    const beforeKill = acknowledged.length;
    log("drill app-kill: SIGKILL to the app");
    await system.app.child.kill("SIGKILL");
    const killedAt = Date.now();
    restarted = await system.app.restart();
    const upAt = Date.now();
    log(`drill app-kill: app back after ${upAt - killedAt} ms`);
    await sleep(10_000);
    load.stop();
    const result = await load.result;
    const afterRestart = result.timeline.filter((e) => e.at > upAt && e.status === 202).length;
    const missing = await missingIds(system.sql, [...new Set(acknowledged)]);
    const serverErrors = countStatuses(result.status, (c) => c >= 500);

    const problems: string[] = [];
    if (missing.length > 0) problems.push(`${missing.length} acknowledged signatures lost`);
    if (afterRestart === 0) problems.push("no signature acknowledged after the restart");
    if (!restarted.child.alive()) problems.push("the restarted app died");
    const summary = `${acknowledged.length} acknowledged (${beforeKill} before the kill, ${afterRestart} after the restart ${upAt - killedAt} ms later), ${missing.length} lost; ${result.errors} connection errors while it was down; ${serverErrors} 5xx`;
    return {
      name: "app-kill",
      status: problems.length === 0 ? "PASS" : "FAIL",
      summary: problems.length === 0 ? summary : `${summary} — ${problems.join("; ")}`,
      evidence: [...(problems.length > 0 ? [`app logs: ${system.app.child.saveLog("drill-app-kill-app")}, ${restarted.child.saveLog("drill-app-kill-app-restarted")}`] : []), `statuses: ${fmtStatuses(result.status)}`],
    };
  } finally {
    await restarted?.child.stop();
    await stopSystem(system);
  }
}
