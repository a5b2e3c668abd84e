// Drill "worker-kill": a worker process is killed (SIGKILL) in the middle of an
// update's fan-out, with batch calls in flight (the provider has them, the worker
// has not recorded the answer). A fresh worker takes over; every recipient must
// receive the update exactly once.
import { closeDatabase, connectDatabase } from "~/lib/database.server";
import { startFakeResend, startWorkerProcess } from "../lib/app";
import type { Verdict } from "../lib/drill";
import type { Cluster } from "../lib/postgres";
import { connect, petitionId } from "../lib/sql";
import { log, waitFor } from "../lib/util";
import { deliveryStatuses, exactlyOnce, queueUpdate } from "./email-common";

const RECIPIENTS = Number(process.env.DRILL_WORKER_RECIPIENTS ?? 20_000);
/** Slow enough that the kill lands mid-fan-out: 10 batch calls of 100 a second. */
const REQUESTS_PER_SECOND = "10";
const FINISH_WITHIN_MS = 240_000;

export async function workerKillDrill(cluster: Cluster): Promise<Verdict> {
  const databaseUrl = await cluster.createDatabase("hr_drill_worker_kill");
  const sql = connect(databaseUrl);
  const db = connectDatabase(databaseUrl, { max: 4, name: "drill" });
  const resend = await startFakeResend();
  const env = { EMAIL_REQUESTS_PER_SECOND: REQUESTS_PER_SECOND };
  const first = await startWorkerProcess({ databaseUrl, resend, name: "worker-before-kill", env });
  let second: Awaited<ReturnType<typeof startWorkerProcess>> | null = null;
  try {
    const prefix = "drill-worker-kill";
    const petition = await petitionId(sql);
    const { emails, messageId, subject } = await queueUpdate(db, petition, prefix, RECIPIENTS);
    log(`drill worker-kill: update queued to ${RECIPIENTS} supporters`);

    // Let a quarter go out, then hold the answers to the next batch calls so the kill lands between "sent" and "recorded".
    await waitFor("a quarter of the fan-out", async () => (await resend.recipients(subject)).recipients.length >= RECIPIENTS / 4, 120_000, 200);
    const before = (await resend.recipients()).batchKeys.length;
    await resend.delay(2, 60_000);
    await waitFor("two batch calls held in flight", async () => (await resend.recipients()).batchKeys.length >= before + 2, 30_000, 50);
    await first.kill("SIGKILL");
    const atKill = await resend.recipients();
    const statusAtKill = await deliveryStatuses(db, messageId);
    log(`drill worker-kill: killed with ${atKill.recipients.length} emails accepted; ledger ${JSON.stringify(statusAtKill)}`);

    second = await startWorkerProcess({ databaseUrl, resend, name: "worker-after-kill", env });
    const startedAgain = Date.now();
    const finished = await waitFor(
      "every delivery recorded as sent",
      async () => {
        const statuses = await deliveryStatuses(db, messageId);
        return (statuses.sent ?? 0) === RECIPIENTS ? statuses : null;
      },
      FINISH_WITHIN_MS,
      500,
    ).catch(async () => null);
    const tookS = ((Date.now() - startedAgain) / 1000).toFixed(0);
    const statuses = await deliveryStatuses(db, messageId);
    const check = await exactlyOnce(resend, emails, prefix, subject);
    const keys = (await resend.recipients()).batchKeys;
    const replayedKeys = keys.length - new Set(keys).size;

    const problems: string[] = [];
    if (!finished) problems.push(`not finished ${FINISH_WITHIN_MS / 1000} s after the restart (ledger ${JSON.stringify(statuses)})`);
    if (check.missing > 0) problems.push(`${check.missing} recipients never got it`);
    if (check.duplicated > 0) problems.push(`${check.duplicated} recipients got it more than once`);
    if (check.strangers > 0) problems.push(`${check.strangers} emails to addresses not in the audience`);
    if ((statusAtKill.sending ?? 0) === 0) problems.push("nothing was in flight at the kill: the drill did not test what it should");
    const summary = `${RECIPIENTS} recipients; killed at ${atKill.recipients.length} accepted with ${statusAtKill.sending ?? 0} deliveries in flight; a new worker finished in ${tookS} s; ${RECIPIENTS - check.missing} received, ${check.duplicated} twice, ${replayedKeys} in-flight batch calls replayed with their original key`;
    return {
      name: "worker-kill",
      status: problems.length === 0 ? "PASS" : "FAIL",
      summary: problems.length === 0 ? summary : `${summary} — ${problems.join("; ")}`,
      evidence: problems.length > 0 ? [`worker log: ${(second ?? first).saveLog("drill-worker-kill")}`] : [],
    };
  } finally {
    for (const child of [first, second, resend.child]) await child?.stop();
    await closeDatabase(db);
    await sql.end({ timeout: 2 });
  }
}
