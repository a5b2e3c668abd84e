// Counting: count.json must cost the same at a thousand and at a million
// signatures, and a confirmation must show in it within about a second.
import { reconcilePetitionCounts } from "~/lib/counting.server";
import { connectDatabase, closeDatabase } from "~/lib/database.server";
import { loadDetails, measureLoad, measurePgbench, pgbenchDetails, type BenchContext } from "../lib/context";
import { startLoad } from "../lib/load";
import { apiSigning, PETITION_SLUG } from "../lib/signers";
import { confirmPath, dropQueuedEmailJobs, insertCounted, insertPending, md5Uuid, recount } from "../lib/sql";
import { summarise } from "../lib/stats";
import { log, sleep, waitFor } from "../lib/util";

export const COUNT_PATH = `/petitions/${PETITION_SLUG}/count.json`;
const COUNT_CONNECTIONS = 50;

/** The query behind count.json (petitions.server.ts getCountSnapshot). */
const COUNT_QUERY = `
select p.paper_signatures as paper, p.goal, p.goal_fixed, coalesce(c.total, 0) as total, c.updated_at,
  (select count(*)::int from petition_country_counts cc where cc.petition_id = p.id and cc.total > 0) as countries
from petitions p left join petition_counts c on c.petition_id = p.id
where p.slug = '${PETITION_SLUG}' and p.status in ('open', 'closed', 'delivered', 'won');
`;

/** Adds confirmed, already-counted signatures until the table holds `target`, then reconciles the count tables. */
export async function fillTo(context: BenchContext, target: number): Promise<{ inserted: number; reconcileMs: number }> {
  const [row] = await context.sql<{ n: number }[]>`select count(*)::int as n from signatures`;
  const missing = Math.max(0, target - Number(row!.n));
  if (missing > 0) {
    log(`inserting ${missing} confirmed signatures`);
    await insertCounted(context.sql, context.petitionId, `counted-${target}-`, missing, (done) => log(`  … ${done}/${missing}`));
    await context.sql`vacuum analyze signatures`;
  }
  const db = connectDatabase(context.databaseUrl, { max: 1, name: "hr-bench-reconcile" });
  try {
    const started = performance.now();
    await reconcilePetitionCounts(db, context.petitionId);
    return { inserted: missing, reconcileMs: performance.now() - started };
  } finally {
    await closeDatabase(db);
  }
}

async function currentCount(url: string): Promise<number | null> {
  const response = await fetch(`${url}${COUNT_PATH}`, { signal: AbortSignal.timeout(30_000) }).catch(() => null);
  if (!response?.ok) {
    await response?.arrayBuffer();
    return null;
  }
  return ((await response.json()) as { signatureCount: number }).signatureCount;
}

/**
 * Confirms pending signatures one at a time through their emailed link and
 * times how long count.json takes to include each confirmation.
 */
export async function probeCounterLag(context: BenchContext, prefix: string, probes: number, until?: () => boolean) {
  await insertPending(context.sql, context.petitionId, prefix, probes);
  await waitFor("the counts to settle", async () => (await recount(context.sql, context.petitionId)).unfolded === 0, 30_000);
  const lags: number[] = [];
  const failures: string[] = [];
  const initial = await waitFor("count.json", async () => {
    const n = await currentCount(context.app.url);
    return n === null ? null : { n };
  }, 30_000).catch((error: Error) => {
    failures.push(`no count.json before the first probe: ${error.message}`);
    return null;
  });
  if (initial === null) return { lags: summarise(lags), failures };
  let expected = initial.n;
  for (let k = 1; k <= probes && (until?.() ?? true); k++) {
    // A 503 (the app shedding load) is retried, as a person would retry the link.
    let response: Response | Error = new Error("not sent");
    for (let attempt = 0; attempt < 10; attempt++) {
      response = await fetch(`${context.app.url}${confirmPath(md5Uuid(`${prefix}${k}`))}`, { signal: AbortSignal.timeout(30_000) }).catch((e: Error) => e);
      if (response instanceof Error || response.status !== 503) break;
      await response.arrayBuffer();
      await sleep(1_000);
    }
    if (response instanceof Error || response.status !== 200) {
      failures.push(response instanceof Error ? response.message : `confirm answered ${response.status}`);
      if (!(response instanceof Error)) await response.arrayBuffer();
      continue;
    }
    await response.arrayBuffer();
    const confirmedAt = performance.now();
    const target = ++expected;
    try {
      await waitFor("count.json to include the confirmation", async () => ((await currentCount(context.app.url)) ?? 0) >= target, 30_000, 20);
      lags.push(performance.now() - confirmedAt);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  return { lags: summarise(lags), failures };
}

export async function countReads(context: BenchContext, size: string): Promise<{ rps: number } | null> {
  log(`count.json at ${size} signatures`);
  const measured = await measureLoad(context, {
    connections: COUNT_CONNECTIONS,
    next: () => ({ method: "GET", path: COUNT_PATH }),
  });
  const ok = measured.result.status[200] ?? 0;
  const baseline = context.pgbench ? await measurePgbench(context, { script: COUNT_QUERY, clients: COUNT_CONNECTIONS }) : null;
  context.report.add({
    id: `counting.count-json.${size}`,
    section: "Counting",
    label: `GET count.json, ${COUNT_CONNECTIONS} connections, ${size} signatures in the table`,
    value: ok / measured.result.durationS,
    unit: "requests/s",
    baseline: baseline ? { label: `pgbench running count.json's query, ${COUNT_CONNECTIONS} clients`, value: baseline.result.tps, unit: "queries/s" } : null,
    details: { ...loadDetails(measured, ok), baselineLatencyMs: baseline?.result.latencyMs, baseline: baseline ? pgbenchDetails(baseline) : null },
  });
  return { rps: ok / measured.result.durationS };
}

export async function lagIdle(context: BenchContext) {
  log("counter lag, idle");
  return probeCounterLag(context, "lag-idle-", 10);
}

/**
 * Counter lag while the API signs as fast as the app goes: 50 connections
 * saturate it (more only make it shed load with 503s).
 */
export async function lagUnderLoad(context: BenchContext, idle: Awaited<ReturnType<typeof lagIdle>>) {
  log("counter lag under signing load (JSON API, 50 connections)");
  const load = startLoad({
    url: context.app.url,
    connections: 50,
    durationS: 120,
    timeoutS: 30,
    next: apiSigning({ prefix: "lag-load-signer", varyClientIp: true }),
  });
  await sleep(3_000);
  const deadline = Date.now() + Math.max(20_000, context.seconds * 2_000);
  const underLoad = await probeCounterLag(context, "lag-load-", 15, () => Date.now() < deadline);
  load.stop();
  const result = await load.result;
  await dropQueuedEmailJobs(context.sql);
  context.report.add({
    id: "counting.lag.under-load",
    section: "Counting",
    label: "Counter lag: confirmation link answered → count.json includes it, under full signing load (JSON API, 50 connections)",
    value: underLoad.lags.n > 0 ? underLoad.lags.p50 : null,
    unit: "ms (p50)",
    baseline: { label: "same, idle", value: idle.lags.n > 0 ? idle.lags.p50 : null, unit: "ms (p50)" },
    details: {
      underLoad: underLoad.lags,
      idle: idle.lags,
      failures: { underLoad: underLoad.failures, idle: idle.failures },
      signingDuringProbe: { status: result.status, durationS: result.durationS, latencyMs: result.latencyMs },
    },
    note: `${underLoad.lags.n} probes: max ${Math.round(underLoad.lags.max)} ms under load, ${Math.round(idle.lags.max)} ms idle; design target ≈ 1,000 ms${underLoad.failures.length ? `; ${underLoad.failures.length} probes failed (${underLoad.failures[0]})` : ""}`,
  });
}
