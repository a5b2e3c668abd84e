// `npm run drill`: failure drills against the real app on loopback. Each prints
// one verdict line; the command fails unless every drill passed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { machineInfo } from "./lib/machine";
import { runMain } from "./lib/cleanup";
import type { Verdict } from "./lib/drill";
import { startCluster } from "./lib/postgres";
import { PROJECT_ROOT, SAVED_LOG_DIR } from "./lib/processes";

const RESULTS_DIR = path.join(PROJECT_ROOT, "bench/results");
import { log } from "./lib/util";
import { appKillDrill } from "./drills/app-kill";
import { badInputDrill } from "./drills/bad-input";
import { dbRestartDrill } from "./drills/db-restart";
import { loadDrill } from "./drills/load";
import { resendOutageDrill } from "./drills/resend-outage";
import { scaleOutDrill } from "./drills/scale-out";
import { workerKillDrill } from "./drills/worker-kill";
import type { Cluster } from "./lib/postgres";

type Drill = { name: string; run: (cluster: Cluster) => Promise<Verdict> };

const DRILLS: Drill[] = [
  { name: "load", run: loadDrill },
  { name: "db-restart", run: dbRestartDrill },
  { name: "app-kill", run: appKillDrill },
  { name: "worker-kill", run: workerKillDrill },
  { name: "resend-outage", run: resendOutageDrill },
  { name: "bad-input", run: badInputDrill },
  { name: "scale-out", run: scaleOutDrill },
];

async function main(): Promise<number> {
  // DRILLS=load,bad-input runs a subset (for working on one drill); the verdict counts only those.
  const only = process.env.DRILLS?.split(",").map((s) => s.trim());
  const selected = DRILLS.filter((d) => !only || only.includes(d.name));
  // Logs kept from an earlier run would be mistaken for this one's.
  fs.rmSync(SAVED_LOG_DIR, { recursive: true, force: true });
  const startedAt = new Date();
  const cluster = await startCluster();
  const loadAtStart = os.loadavg()[0]!.toFixed(1);
  const verdicts: Verdict[] = [];
  for (const drill of selected) {
    log(`drill ${drill.name}: starting`);
    let verdict: Verdict;
    try {
      verdict = await drill.run(cluster);
    } catch (error) {
      verdict = { name: drill.name, status: "FAIL", summary: `the drill itself failed: ${(error as Error).message.split("\n")[0]}`, evidence: [(error as Error).stack ?? ""] };
    }
    verdicts.push(verdict);
    process.stdout.write(`drill ${verdict.name}: ${verdict.status} — ${verdict.summary}\n`);
    for (const line of verdict.status === "PASS" ? [] : (verdict.evidence ?? [])) process.stdout.write(`    ${line}\n`);
  }
  // Throughput verdicts depend on what else the machine was doing.
  process.stdout.write(`machine: ${os.cpus().length} CPUs, 1-minute load average ${loadAtStart} at start, ${os.loadavg()[0]!.toFixed(1)} at end\n`);
  const passed = verdicts.filter((v) => v.status === "PASS").length;
  process.stdout.write(`${passed} passed, ${verdicts.length - passed} failed\n`);
  // A full run (not a DRILLS= subset) is kept for the README to quote.
  if (!only) writeResults(verdicts, cluster.serverVersion, loadAtStart, startedAt);
  return passed === verdicts.length ? 0 : 1;
}

runMain(main);

function writeResults(verdicts: Verdict[], serverVersion: string, loadAtStart: string, startedAt: Date): void {
  const machine = machineInfo(serverVersion);
  const lines = [
    "# Drill results",
    "",
    `Run ${startedAt.toISOString()} by \`npm run drill\` on ${machine.cpuCount} × ${machine.cpuModel}, ${machine.totalMemoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}; 1-minute load average ${loadAtStart} at start, ${os.loadavg()[0]!.toFixed(1)} at end.`,
    "",
    "| drill | verdict | what was found |",
    "|---|---|---|",
    ...verdicts.map((v) => `| ${v.name} | ${v.status} | ${v.summary.replace(/\|/g, "\\|")} |`),
    "",
  ];
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, "drill-latest.md"), lines.join("\n"));
  fs.writeFileSync(path.join(RESULTS_DIR, "drill-latest.json"), `${JSON.stringify({ startedAt, machine, verdicts }, null, 2)}\n`);
}
