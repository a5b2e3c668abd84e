// Drill "load": sign 100,000 times through the JSON API as fast as the app
// goes, then prove every acknowledged signature is stored exactly once and that
// the count tables equal a recount after confirming a sample.
import { countStatuses, duplicateSigners, fmtStatuses, freshSystem, missingIds, settledRecount, stopSystem, type Verdict } from "../lib/drill";
import { startLoad } from "../lib/load";
import type { Cluster } from "../lib/postgres";
import { acknowledgedId, apiSigning, emailLike, PETITION_SLUG } from "../lib/signers";
import { confirmPath, setKnownTokens } from "../lib/sql";
import { runLoad } from "../lib/load";
import { log } from "../lib/util";

const TARGET = Number(process.env.DRILL_LOAD_SIGNINGS ?? 100_000);
/** The drill is bounded: a server slower than TARGET / TIME_LIMIT_S fails it for throughput. */
const TIME_LIMIT_S = Number(process.env.DRILL_LOAD_TIME_LIMIT_S ?? 1_200);
const CONNECTIONS = Number(process.env.DRILL_LOAD_CONNECTIONS ?? 50);
/** Confirmed through their links; the rest stay pending (a sample keeps the drill short). */
const CONFIRM_SAMPLE = Number(process.env.DRILL_LOAD_CONFIRM_SAMPLE ?? 5_000);

export async function loadDrill(cluster: Cluster): Promise<Verdict> {
  const system = await freshSystem(cluster, "load");
  try {
    const acknowledged: string[] = [];
    const prefix = "drill-load";
    log(`drill load: ${TARGET} signings, ${CONNECTIONS} connections, at most ${TIME_LIMIT_S} s`);
    const started = performance.now();
    const load = startLoad({
      url: system.app.url,
      connections: CONNECTIONS,
      amount: TARGET,
      durationS: TIME_LIMIT_S * 10,
      timeoutS: 60,
      // Many client addresses, as real traffic: from one address every signature would be held as flagged.
      next: apiSigning({ prefix, varyClientIp: true }),
      onResponse: (status, body) => {
        if (status !== 202) return;
        const id = acknowledgedId(body);
        if (id) acknowledged.push(id);
      },
    });
    const timer = setTimeout(() => load.stop(), TIME_LIMIT_S * 1000);
    const progress = setInterval(() => log(`  … ${acknowledged.length} acknowledged`), 30_000);
    const result = await load.result;
    clearTimeout(timer);
    clearInterval(progress);
    const elapsedS = (performance.now() - started) / 1000;
    const rate = acknowledged.length / elapsedS;
    log(`drill load: ${acknowledged.length} acknowledged in ${elapsedS.toFixed(0)} s (${rate.toFixed(0)}/s): ${fmtStatuses(result.status)}`);

    const unique = new Set(acknowledged);
    const missing = await missingIds(system.sql, [...unique]);
    const duplicates = (acknowledged.length - unique.size) + (await duplicateSigners(system.sql, emailLike(prefix)));
    const serverErrors = countStatuses(result.status, (c) => c >= 500);

    // Confirm an evenly spread sample through the emailed link (its token is replaced by a known one).
    const all = [...unique];
    const stride = Math.max(1, Math.floor(all.length / CONFIRM_SAMPLE));
    const sample = all.filter((_, i) => i % stride === 0).slice(0, CONFIRM_SAMPLE);
    await setKnownTokens(system.sql, sample);
    let next = 0;
    const confirmStatus: Record<string, number> = {};
    if (sample.length > 0) {
      const confirm = await runLoad({
        url: system.app.url,
        connections: 20,
        amount: sample.length,
        timeoutS: 60,
        next: () => ({ method: "GET", path: confirmPath(sample[next++ % sample.length]!, PETITION_SLUG) }),
      });
      Object.assign(confirmStatus, confirm.status);
    }
    const counts = await settledRecount(system.sql, system.petitionId);
    const confirmedOk = confirmStatus[200] ?? 0;

    const problems: string[] = [];
    if (acknowledged.length < TARGET) problems.push(`only ${acknowledged.length} of ${TARGET} acknowledged within ${TIME_LIMIT_S} s (${rate.toFixed(0)}/s; ${TARGET} needs ≥ ${Math.ceil(TARGET / TIME_LIMIT_S)}/s)`);
    if (missing.length > 0) problems.push(`${missing.length} acknowledged signatures missing from the database`);
    if (duplicates > 0) problems.push(`${duplicates} duplicates`);
    if (serverErrors > 0) problems.push(`${serverErrors} 5xx (${fmtStatuses(result.status)})`);
    if (confirmedOk !== sample.length) problems.push(`${confirmedOk} of ${sample.length} confirmation links answered 200 (${fmtStatuses(confirmStatus)})`);
    if (!counts.equal) problems.push(`count tables ${counts.tableTotal} ≠ recount ${counts.recountTotal} (${counts.countryDiffs.length} countries differ, ${counts.unfolded} unfolded)`);

    const summary = `${acknowledged.length} acknowledged (${rate.toFixed(0)}/s, ${CONNECTIONS} connections), ${unique.size - missing.length} in db, ${duplicates} duplicates, ${serverErrors} 5xx, ${confirmedOk}/${sample.length} sampled confirmations, counts ${counts.equal ? "equal" : "differ from"} recount (${counts.tableTotal} vs ${counts.recountTotal})`;
    return {
      name: "load",
      status: problems.length === 0 ? "PASS" : "FAIL",
      summary: problems.length === 0 ? summary : `${summary} — ${problems.join("; ")}`,
      evidence: [...(problems.length > 0 ? [`app log: ${system.app.child.saveLog("drill-load-app")}`] : []), `statuses: ${fmtStatuses(result.status)}; connection errors ${result.errors}; latency p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms`],
    };
  } finally {
    await stopSystem(system);
  }
}
