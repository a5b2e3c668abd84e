// Drill "scale-out": two web processes (RUN_WORKER=false) and two workers on
// one database. Signings spread over both, confirmed through the emailed
// links: counts exact, and every signer gets exactly one confirmation email.
import { startApp, startFakeResend, startWorkerProcess } from "../lib/app";
import { fmtStatuses, missingIds, settledRecount, type Verdict } from "../lib/drill";
import { startLoad, type LoadResult } from "../lib/load";
import type { Cluster } from "../lib/postgres";
import { acknowledgedId, apiSigning, PETITION_SLUG } from "../lib/signers";
import { connect, petitionId } from "../lib/sql";
import { inParallel, log, waitFor } from "../lib/util";

const PER_APP = Number(process.env.DRILL_SCALE_SIGNINGS_PER_APP ?? 200);
/** Confirmation emails leave at the rate the email system allows (a few per second here). */
const EMAIL_WAIT_MS = 300_000;

const CONFIRM_LINK = /https?:\/\/[^\s"<>]+\/petitions\/[^\s"<>/]+\/confirm\/[^\s"<>]+/;

export async function scaleOutDrill(cluster: Cluster): Promise<Verdict> {
  const databaseUrl = await cluster.createDatabase("hr_drill_scale");
  const sql = connect(databaseUrl);
  const resend = await startFakeResend();
  const common = { databaseUrl, resend };
  const apps = [await startApp({ ...common, runWorker: false, name: "app-1" }), await startApp({ ...common, runWorker: false, name: "app-2" })];
  const workers = [await startWorkerProcess({ ...common, name: "worker-1" }), await startWorkerProcess({ ...common, name: "worker-2" })];
  try {
    const petition = await petitionId(sql);
    const acknowledged: string[] = [];
    log(`drill scale-out: ${PER_APP} signings on each of 2 apps`);
    const results: LoadResult[] = await Promise.all(
      apps.map((app, i) =>
        startLoad({
          url: app.url,
          connections: 10,
          amount: PER_APP,
          timeoutS: 60,
          next: apiSigning({ prefix: `drill-scale-${i}`, varyClientIp: true }),
          onResponse: (status, body) => {
            const id = status === 202 ? acknowledgedId(body) : null;
            if (id) acknowledged.push(id);
          },
        }).result,
      ),
    );
    const missing = await missingIds(sql, acknowledged);
    const signers = await sql<{ id: string; email: string }[]>`select id, email from signatures where id = any(${acknowledged}::uuid[])`;
    const emailOf = new Map(signers.map((s) => [s.email.toLowerCase(), s.id]));

    log("drill scale-out: waiting for every confirmation email");
    const emails = await waitFor(
      "a confirmation email to every signer",
      async () => {
        const sent = await resend.emails();
        const reached = new Set(sent.flatMap((e) => e.to.map((t) => t.toLowerCase())).filter((t) => emailOf.has(t)));
        return reached.size >= emailOf.size ? sent : null;
      },
      EMAIL_WAIT_MS,
      2_000,
    ).catch(async () => resend.emails());

    const perSigner = new Map<string, number>();
    const keys = new Map<string, number>();
    const links = new Map<string, string>();
    for (const email of emails) {
      for (const to of email.to) {
        const id = emailOf.get(to.toLowerCase());
        if (!id) continue;
        perSigner.set(id, (perSigner.get(id) ?? 0) + 1);
        const link = CONFIRM_LINK.exec(email.text ?? "")?.[0] ?? CONFIRM_LINK.exec(email.html ?? "")?.[0];
        if (link) links.set(id, link);
      }
      // A batch call's key covers all its emails: an email is repeated when the same key and recipient recur.
      if (email.idempotencyKey) for (const to of email.to) keys.set(`${email.idempotencyKey} ${to}`, (keys.get(`${email.idempotencyKey} ${to}`) ?? 0) + 1);
    }
    const noEmail = signers.filter((s) => !perSigner.has(s.id)).length;
    const twice = [...perSigner.values()].filter((n) => n > 1).length;
    const repeatedKeys = [...keys.values()].filter((n) => n > 1).length;

    // Confirm through the links, alternating between the two apps as a load balancer would.
    const confirmStatus: Record<string, number> = {};
    await inParallel([...links.entries()], 20, async ([, link], i) => {
      const url = new URL(link);
      const response = await fetch(`${apps[i % 2]!.url}${url.pathname}`, { signal: AbortSignal.timeout(30_000) }).catch(() => null);
      const key = String(response?.status ?? "error");
      confirmStatus[key] = (confirmStatus[key] ?? 0) + 1;
      await response?.arrayBuffer();
    });
    const counts = await settledRecount(sql, petition);
    const shown = await Promise.all(
      apps.map(async (app) => ((await (await fetch(`${app.url}/petitions/${PETITION_SLUG}/count.json`)).json()) as { signatureCount: number }).signatureCount),
    );
    const [paper] = await sql<{ paper: number }[]>`select paper_signatures as paper from petitions where id = ${petition}`;
    const expectedShown = counts.recountTotal + Number(paper?.paper ?? 0);

    const problems: string[] = [];
    const signStatus = results.map((r) => fmtStatuses(r.status)).join(" / ");
    if (acknowledged.length < 2 * PER_APP) problems.push(`${acknowledged.length} of ${2 * PER_APP} signings acknowledged (${signStatus})`);
    if (missing.length > 0) problems.push(`${missing.length} acknowledged signatures missing`);
    if (noEmail > 0) problems.push(`${noEmail} signers got no confirmation email within ${EMAIL_WAIT_MS / 1000} s`);
    if (twice > 0) problems.push(`${twice} signers got more than one confirmation email`);
    if (repeatedKeys > 0) problems.push(`${repeatedKeys} emails accepted twice under one idempotency key`);
    if ((confirmStatus[200] ?? 0) !== links.size) problems.push(`${confirmStatus[200] ?? 0} of ${links.size} confirmations answered 200 (${fmtStatuses(confirmStatus)})`);
    if (!counts.equal) problems.push(`count tables ${counts.tableTotal} ≠ recount ${counts.recountTotal}`);
    if (shown.some((n) => n !== expectedShown)) problems.push(`count.json shows ${shown.join(" / ")}, recount says ${expectedShown}`);

    const summary = `2 apps + 2 workers: ${acknowledged.length} acknowledged, ${acknowledged.length - missing.length} in db, ${emails.length} emails (${noEmail} signers without, ${twice} with more than one, ${repeatedKeys} repeated under one key), ${confirmStatus[200] ?? 0} confirmed, counts ${counts.equal ? "equal" : "differ from"} recount (${counts.tableTotal}), count.json ${shown.join("/")}`;
    return {
      name: "scale-out",
      status: problems.length === 0 ? "PASS" : "FAIL",
      summary: problems.length === 0 ? summary : `${summary} — ${problems.join("; ")}`,
      evidence: [`signing statuses per app: ${signStatus}`],
    };
  } finally {
    for (const child of [...workers, ...apps.map((a) => a.child), resend.child]) await child.stop();
    await sql.end({ timeout: 2 });
  }
}
