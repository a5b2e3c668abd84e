// Drill "resend-outage": the email provider answers 500 for a while, then 429
// with Retry-After, while people sign (confirmation emails) and an update fans
// out. Once it recovers, every email must go out, each exactly once.
import { closeDatabase, connectDatabase } from "~/lib/database.server";
import { freshSystem, stopSystem, type Verdict } from "../lib/drill";
import { runLoad } from "../lib/load";
import type { Cluster } from "../lib/postgres";
import { acknowledgedId, apiSigning } from "../lib/signers";
import { log, sleep, waitFor } from "../lib/util";
import { deliveryStatuses, exactlyOnce, queueUpdate } from "./email-common";

const SIGNERS = Number(process.env.DRILL_OUTAGE_SIGNERS ?? 1_000);
const SUPPORTERS = Number(process.env.DRILL_OUTAGE_SUPPORTERS ?? 5_000);
const ERROR_MS = 15_000;
const THROTTLE_MS = 10_000;
const FINISH_WITHIN_MS = 240_000;

export async function resendOutageDrill(cluster: Cluster): Promise<Verdict> {
  const system = await freshSystem(cluster, "resend_outage", { EMAIL_REQUESTS_PER_SECOND: "20" });
  const db = connectDatabase(system.databaseUrl, { max: 4, name: "drill" });
  try {
    log(`drill resend-outage: provider answers 500 for ${ERROR_MS / 1000} s, then 429 for ${THROTTLE_MS / 1000} s`);
    await system.resend.outage(ERROR_MS, { status: 500, body: { statusCode: 500, name: "internal_server_error", message: "Drill outage" } });
    const outageStarted = Date.now();

    const update = await queueUpdate(db, system.petitionId, "drill-outage-update", SUPPORTERS);
    const signerPrefix = "drill-outage-signer";
    const signed: string[] = [];
    const signing = await runLoad({
      url: system.app.url,
      connections: 20,
      amount: SIGNERS,
      timeoutS: 30,
      next: apiSigning({ prefix: signerPrefix, varyClientIp: true }),
      onResponse: (status, body) => {
        const id = status === 202 ? acknowledgedId(body) : null;
        if (id) signed.push(id);
      },
    });
    const signerEmails = (await system.sql<{ email: string }[]>`select email from signatures where id = any(${signed}::uuid[])`).map((r) => r.email);

    await sleep(Math.max(0, ERROR_MS - (Date.now() - outageStarted)));
    await system.resend.outage(THROTTLE_MS, {
      status: 429,
      headers: { "retry-after": "3" },
      body: { statusCode: 429, name: "rate_limit_exceeded", message: "Drill throttling" },
    });
    await sleep(THROTTLE_MS);
    const recoveredAt = Date.now();
    const acceptedDuringOutage = (await system.resend.recipients()).recipients.length;
    log(`drill resend-outage: provider healthy again; ${acceptedDuringOutage} emails accepted during the outage`);

    const done = await waitFor(
      "every confirmation and every update delivered",
      async () => {
        const [row] = await system.sql<{ open: number; failed: number }[]>`
          select count(*) filter (where status in ('queued', 'sending'))::int as open, count(*) filter (where status = 'failed')::int as failed
          from email_deliveries`;
        return row && row.open === 0 ? row : null;
      },
      FINISH_WITHIN_MS,
      500,
    ).catch(() => null);
    const tookS = ((Date.now() - recoveredAt) / 1000).toFixed(0);
    const updateStatuses = await deliveryStatuses(db, update.messageId);
    const confirmations = await exactlyOnce(system.resend, signerEmails, signerPrefix);
    const updates = await exactlyOnce(system.resend, update.emails, "drill-outage-update", update.subject);
    const [failed] = await system.sql<{ n: number }[]>`select count(*)::int as n from email_deliveries where status = 'failed'`;

    const problems: string[] = [];
    if (signed.length < SIGNERS) problems.push(`only ${signed.length} of ${SIGNERS} signings acknowledged during the outage (${JSON.stringify(signing.status)})`);
    if (!done) problems.push(`email not finished ${FINISH_WITHIN_MS / 1000} s after the provider recovered (update ledger ${JSON.stringify(updateStatuses)})`);
    if (Number(failed?.n ?? 0) > 0) problems.push(`${failed?.n} deliveries given up as failed`);
    for (const [what, c] of [["confirmations", confirmations], ["updates", updates]] as const) {
      if (c.missing > 0) problems.push(`${c.missing} ${what} never sent`);
      if (c.duplicated > 0) problems.push(`${c.duplicated} ${what} sent more than once`);
      if (c.strangers > 0) problems.push(`${c.strangers} ${what} to unexpected addresses`);
    }
    if (acceptedDuringOutage > 0) problems.push(`${acceptedDuringOutage} emails accepted while the fake was meant to be failing: the drill did not test what it should`);
    const summary = `${ERROR_MS / 1000} s of 500s then ${THROTTLE_MS / 1000} s of 429s while ${signed.length} people signed and an update to ${SUPPORTERS} went out: all sent ${tookS} s after recovery, confirmations ${signerEmails.length - confirmations.missing}/${signerEmails.length} and updates ${SUPPORTERS - updates.missing}/${SUPPORTERS} delivered, ${confirmations.duplicated + updates.duplicated} duplicates, ${failed?.n ?? 0} given up`;
    return {
      name: "resend-outage",
      status: problems.length === 0 ? "PASS" : "FAIL",
      summary: problems.length === 0 ? summary : `${summary} — ${problems.join("; ")}`,
      evidence: problems.length > 0 ? [`app log: ${system.app.child.saveLog("drill-resend-outage-app")}`] : [],
    };
  } finally {
    await closeDatabase(db);
    await stopSystem(system);
  }
}
