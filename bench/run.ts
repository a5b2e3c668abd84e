// `npm run bench`: starts PostgreSQL (fsync on), the built app as a separate
// process and a fake Resend, loads the app with autocannon over loopback, and
// writes bench/results/latest.{json,md}: every figure beside a baseline
// measured in the same run.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startApp, startFakeResend } from "./lib/app";
import { runMain } from "./lib/cleanup";
import type { BenchContext } from "./lib/context";
import { codeState, machineInfo } from "./lib/machine";
import { findPgbench } from "./lib/pgbench";
import { startCluster } from "./lib/postgres";
import { PROJECT_ROOT } from "./lib/processes";
import { Report } from "./lib/report";
import { apiSigning } from "./lib/signers";
import { runLoad } from "./lib/load";
import { connect, dropQueuedEmailJobs, petitionId } from "./lib/sql";
import { log } from "./lib/util";
import { confirmingPhase } from "./phases/confirming";
import { countReads, fillTo, lagIdle, lagUnderLoad } from "./phases/counting";
import { emailFanOutPhase } from "./phases/email";
import { exportPhase } from "./phases/export";
import { pageThroughput, pageWeight } from "./phases/page";
import { signingPhase, signingWithoutWorker } from "./phases/signing";
import { addFindings } from "./phases/findings";

/** Seconds per load run (BENCH_SECONDS overrides, e.g. 3 for a quick check of the harness). */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LARGE = Number(process.env.BENCH_LARGE_COUNT ?? 1_000_000);

function ensureBuild(): void {
  if (fs.existsSync(path.join(PROJECT_ROOT, "build/server/index.js"))) return;
  log("build/server/index.js is missing: running react-router build");
  execFileSync("npx", ["react-router", "build"], { cwd: PROJECT_ROOT, stdio: "inherit" });
}

/** Runs one phase; a failure is recorded in the results instead of ending the whole run. */
async function phase(report: Report, name: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    log(`phase ${name} failed: ${(error as Error).stack ?? String(error)}`);
    report.notMeasured(`failed.${name}`, "Failed", name, `the phase failed: ${(error as Error).message.split("\n")[0]}`);
  }
}

async function main(): Promise<number> {
  const startedAt = new Date();
  ensureBuild();
  const code = codeState();
  if (code.appFilesNewerThanBuild > 0) log(`warning: ${code.appFilesNewerThanBuild} files under app/ changed after the build; the routes measured are the built ones`);
  const pgbench = findPgbench();
  if (!pgbench) log("warning: pgbench not found; database baselines will be missing");

  const cluster = await startCluster();
  const databaseUrl = await cluster.createDatabase("hr_bench");
  const sql = connect(databaseUrl);
  const resend = await startFakeResend();
  const app = await startApp({ databaseUrl, resend });
  log(`app on ${app.url}`);
  const [activity] = await sql<{ connections: number }[]>`select count(*)::int as connections from pg_stat_activity`;
  const reserved = Number(cluster.settings.superuser_reserved_connections ?? 3);
  const context: BenchContext = {
    cluster,
    databaseUrl,
    sql,
    petitionId: await petitionId(sql),
    app,
    resend,
    report: new Report(),
    pgbench,
    seconds: SECONDS,
    // The app's pool (10) and worker (7) may open more connections under load than are open now.
    pgbenchMaxClients: cluster.maxConnections - reserved - Number(activity?.connections ?? 0) - 25,
  };

  // JIT and connection pools warm up before anything is measured.
  log("warming up");
  await runLoad({ url: app.url, connections: 20, durationS: 3, next: apiSigning({ prefix: "warmup", varyClientIp: true }) });
  await dropQueuedEmailJobs(sql);

  const { report } = context;
  // 1. Reads at ~1,000 signatures.
  await fillTo(context, 1_000);
  await phase(report, "count.json at 1k", () => countReads(context, "1k"));
  await phase(report, "page at 1k", () => pageThroughput(context, "1k"));
  await phase(report, "page weight", () => pageWeight(context));
  const idleLag = await lagIdle(context);

  // 2. Writes.
  await phase(report, "signing", () => signingPhase(context));
  await phase(report, "signing without the in-process worker", () => signingWithoutWorker(context));
  await phase(report, "counter lag under load", () => lagUnderLoad(context, idleLag));
  await phase(report, "confirming", () => confirmingPhase(context));

  // 3. Reads again at ~1,000,000 signatures.
  await dropQueuedEmailJobs(sql);
  const filled = await fillTo(context, LARGE);
  report.add({
    id: "counting.reconcile.large",
    section: "Counting",
    label: `reconcilePetitionCounts at ${LARGE.toLocaleString("en")} signatures (holds the counting lock meanwhile)`,
    value: filled.reconcileMs,
    unit: "ms",
    baseline: { label: "counting interval (COUNT_INTERVAL_MS)", value: 500, unit: "ms" },
    details: { inserted: filled.inserted },
  });
  const large = `${Math.round(LARGE / 1000)}k`;
  await phase(report, `count.json at ${large}`, () => countReads(context, large));
  // Requests/s swing with whatever else runs on the machine; CPU per request does not, so growth is judged on that.
  const cpuPerRequest = (id: string) => {
    const details = report.figures.find((f) => f.id === id)?.details as { appCpuMsPerUsefulResponse?: number | null; postgresCpuMsPerUsefulResponse?: number | null } | undefined;
    return details?.appCpuMsPerUsefulResponse != null && details.postgresCpuMsPerUsefulResponse != null ? details.appCpuMsPerUsefulResponse + details.postgresCpuMsPerUsefulResponse : null;
  };
  report.add({
    id: "counting.count-json.growth",
    section: "Counting",
    label: `count.json cost at ${LARGE.toLocaleString("en")} signatures vs 1,000: app + PostgreSQL CPU per request (ratio 1 = does not grow)`,
    value: cpuPerRequest(`counting.count-json.${large}`),
    unit: "CPU ms/request",
    baseline: { label: "at 1,000 signatures", value: cpuPerRequest("counting.count-json.1k"), unit: "CPU ms/request" },
  });
  await phase(report, `page at ${large}`, () => pageThroughput(context, large));
  report.add({
    id: "page.petition.growth",
    section: "Page",
    label: `Petition page cost at ${LARGE.toLocaleString("en")} signatures vs 1,000: app + PostgreSQL CPU per page (ratio 1 = does not grow)`,
    value: cpuPerRequest(`page.petition.${large}`),
    unit: "CPU ms/page",
    baseline: { label: "at 1,000 signatures", value: cpuPerRequest("page.petition.1k"), unit: "CPU ms/page" },
  });

  await phase(report, "email fan-out", () => emailFanOutPhase(context));
  await phase(report, "CSV export", () => exportPhase(context));
  addFindings(context.report);

  const finishedAt = new Date();
  const written = context.report.write({
    timestamp: startedAt.toISOString(),
    durationS: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    machine: machineInfo(cluster.serverVersion),
    database: `${cluster.kind === "embedded" ? "embedded cluster in a temp dir" : "DATABASE_URL server"}; fsync=${cluster.settings.fsync}, synchronous_commit=${cluster.settings.synchronous_commit}, full_page_writes=${cluster.settings.full_page_writes}, max_connections=${cluster.maxConnections}, shared_buffers=${Number(cluster.settings.shared_buffers) * 8} kB`,
    app: "node --import tsx server/main.ts, NODE_ENV=production, RUN_WORKER=true (default: jobs and counting in the web process), DATABASE_POOL_SIZE=10 (default), TRUST_PROXY=true",
    method: `${SECONDS} s per run after a 3 s warm-up; queued confirmation-email jobs are dropped between runs so no run inherits another's email backlog; pgbench with --protocol=prepared and at most ${context.pgbenchMaxClients} clients (max_connections)`,
    code,
    settings: cluster.settings,
  });
  process.stdout.write(fs.readFileSync(written.md, "utf8"));
  log(`wrote ${written.json} and ${written.md}`);
  return 0;
}

runMain(main);
