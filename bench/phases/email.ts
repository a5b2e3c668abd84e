// Email fan-out: a standalone worker process (server/worker.ts) hands one update
// for 100,000 supporters to the fake Resend. Measured: its throughput when the
// rate limit does not hold it back, against a plain loop posting the same
// batches to the fake; its peak memory, against its own idle memory; and, with a
// low limit, the rate it achieves as a fraction of that limit.
//
// The phase runs on a database of its own. The web process under test runs its
// in-process worker with the default limit (2 requests/s), and the request clock
// is shared through PostgreSQL by every process on a database: on the bench's
// database, that worker would take slots 500 ms apart and hold this one back.
import { reconcilePetitionCounts } from "~/lib/counting.server";
import { closeDatabase, connectDatabase, type Db } from "~/lib/database.server";
import { renderDeliveries, type MessageAudience } from "~/lib/email-content.server";
import { DRAINS_PER_PROCESS } from "~/lib/email-delivery.server";
import { MAX_BATCH_SIZE } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";
import { enqueueJob } from "~/lib/jobs.server";
import { createScheduledMessage } from "../../tests/support/email-fixtures";
import { startWorkerProcess, type FakeResendProcess } from "../lib/app";
import type { BenchContext } from "../lib/context";
import { startCpuMonitor, type CpuUsage } from "../lib/machine";
import { lifetimePeakRssMiB, rssMiB, watchRss } from "../lib/memory";
import type { Child } from "../lib/processes";
import { connect, petitionId, type Sql } from "../lib/sql";
import { round } from "../lib/stats";
import { inParallel, log, sleep } from "../lib/util";

/** Supporters who get the update (BENCH_EMAIL_RECIPIENTS overrides, e.g. for a quick check of the harness). */
const RECIPIENTS = Number(process.env.BENCH_EMAIL_RECIPIENTS ?? 100_000);
/** The most EMAIL_REQUESTS_PER_SECOND accepts (env.server.ts): the nearest the app gets to "no limit". */
const CEILING_REQUESTS_PER_SECOND = 100;
/**
 * The limited run: the app's default, Resend's default team limit (200 emails/s at
 * most). A limit near what one worker manages unthrottled on a busy 2-core machine
 * (the throughput figure's batchRequestsPerSecond) would measure the worker's speed,
 * not the limiter.
 */
const LIMITED_REQUESTS_PER_SECOND = 2;
/** Supporters are spread over these countries; the limited run's update goes to the last one (a tenth of them). */
const COUNTRIES = ["FR", "SN", "BR", "IN", "CA", "AU", "NG", "MX", "DE", "KE"] as const;
const LIMITED_COUNTRY = COUNTRIES[COUNTRIES.length - 1]!;
/**
 * A fixed goal above the supporter count: passing a rung of the goal ladder makes the
 * worker's cron queue a milestone email to the same supporters, which would be sent
 * in the middle of the measurement.
 */
const FIXED_GOAL = 10_000_000;
/** The worker is given this long after start-up for its first sweep and cron jobs, so "idle" means idle. */
const SETTLE_MS = 3_000;
/** The APP_URL a standalone worker gets from bench/lib/app.ts (port 0): the links in its emails. */
const WORKER_APP_URL = "http://127.0.0.1:0";

const UPDATE_BODY = [
  "Thank you for signing. Last week we met the **health minister** with 100,000 signatures.",
  "",
  "She agreed to review how police officers are trained to respond to overdoses, and to meet us again in March.",
  "",
  "- Read the [minister's statement](https://example.org/statement)",
  "- Share the petition with a colleague",
  "",
  "We will write again when the review starts.",
].join("\n");

/** Confirmed supporters who ticked "keep me updated", already folded into the counts, in one statement. */
async function addSupporters(sql: Sql, petition: string, count: number): Promise<void> {
  await sql`
    insert into signatures (petition_id, status, full_name, email, canonical_email, country, locale, custom_fields,
      updates_opt_in, consent_version, consent_text, channel, confirmed_at, confirm_seq, counted, created_at)
    select ${petition}, 'confirmed', 'Bench Supporter ' || i, 'supporter-' || i || '@bench.example', 'supporter-' || i || '@bench.example',
      (${`{${COUNTRIES.join(",")}}`}::text[])[1 + i % ${COUNTRIES.length}], 'en', '{"law_enforcement":"yes"}',
      true, '2026-11-24', 'bench consent text', 'api',
      now() - make_interval(secs => i), nextval('signature_confirm_seq'), true, now() - make_interval(secs => i + 60)
    from generate_series(1, ${count}::int) i`;
}

async function deliveryStatuses(sql: Sql, messageId: string): Promise<Record<string, number>> {
  const rows = await sql<{ status: string; n: number }[]>`
    select status, count(*)::int as n from email_deliveries where message_id = ${messageId} group by status`;
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

interface SendResult {
  /** Enqueue of the send-message job → every delivery row left the queue and the fake holds every email sent. */
  elapsedMs: number;
  /** Enqueue → the delivery rows exist (the fan-out transaction committed). */
  fanOutMs: number;
  recipients: number;
  statuses: Record<string, number>;
  /** Batch requests recorded as sent, and the time between the first and the last one. */
  batches: number;
  batchSpanMs: number;
}

/**
 * Queues the update as the app does (a send-message job) and waits until it is
 * out. Polls the cheap partial index of queued rows while there are any, then
 * the statuses every 50 ms for the last batches in flight.
 */
async function sendAndWait(sql: Sql, db: Db, resend: FakeResendProcess, messageId: string, subject: string, timeoutMs: number): Promise<SendResult> {
  const started = performance.now();
  await enqueueJob(db, "send-message", { messageId }, { jobKey: `send-message/${messageId}` });
  let fanOutMs: number | null = null;
  let recipients = 0;
  let statuses: Record<string, number> = {};
  while (performance.now() - started < timeoutMs) {
    if (fanOutMs === null) {
      const [message] = await sql<{ status: string; recipient_count: number | null }[]>`
        select status, recipient_count from email_messages where id = ${messageId}`;
      if (message?.status === "scheduled") {
        await sleep(50);
        continue;
      }
      fanOutMs = performance.now() - started;
      recipients = Number(message?.recipient_count ?? 0);
    }
    const [queued] = await sql<{ any: boolean }[]>`
      select exists (select 1 from email_deliveries where status = 'queued' and message_id = ${messageId}) as any`;
    if (queued?.any) {
      await sleep(250);
      continue;
    }
    statuses = await deliveryStatuses(sql, messageId);
    if ((statuses.queued ?? 0) + (statuses.sending ?? 0) > 0) {
      await sleep(50);
      continue;
    }
    // The provider answers before the ledger records "sent", so this normally holds at the first look.
    const accepted = (await resend.recipients(subject)).recipients.length;
    if (accepted < (statuses.sent ?? 0)) {
      await sleep(50);
      continue;
    }
    const elapsedMs = performance.now() - started;
    // One `update … set sent_at = now()` per batch: every row of a batch has the same sent_at.
    const [span] = await sql<{ batches: number; span_ms: number | null }[]>`
      select count(distinct batch_key)::int as batches, (extract(epoch from max(sent_at) - min(sent_at)) * 1000)::float8 as span_ms
      from email_deliveries where message_id = ${messageId} and status = 'sent'`;
    return { elapsedMs, fanOutMs, recipients, statuses, batches: Number(span?.batches ?? 0), batchSpanMs: Number(span?.span_ms ?? 0) };
  }
  throw new Error(`the update to ${recipients} supporters was not out after ${timeoutMs / 1000} s (ledger ${JSON.stringify(statuses)})`);
}

/** Batch requests per second between the first and the last one: what a rate limiter sees. */
const batchRate = (result: SendResult) => (result.batches > 1 && result.batchSpanMs > 0 ? (result.batches - 1) / (result.batchSpanMs / 1000) : null);

async function startWorker(context: BenchContext, databaseUrl: string, name: string, requestsPerSecond: number): Promise<Child> {
  const worker = await startWorkerProcess({
    databaseUrl,
    resend: context.resend,
    name,
    env: { EMAIL_REQUESTS_PER_SECOND: String(requestsPerSecond) },
  });
  await sleep(SETTLE_MS);
  return worker;
}

const cpuGroups = (context: BenchContext, worker: Child) => () => ({
  worker: [worker.process.pid ?? -1],
  postgres: [context.cluster.pid() ?? -1],
  "fake resend": [context.resend.child.process.pid ?? -1],
});

const cpuDetails = (cpu: CpuUsage) => ({ cpuSeconds: cpu.cpuS, otherProcessesCpuPct: cpu.othersPct, machineBusyPct: cpu.machineBusyPct });

/**
 * The fake's own ceiling: the same number of batch requests, each 100 emails as
 * the worker renders them (one real batch of this update, readdressed), posted
 * by a plain loop with as many in flight as a worker process runs drains.
 */
async function fakeCeiling(context: BenchContext, db: Db, sql: Sql, messageId: string, emails: number) {
  const rows = await sql<{ id: string; recipient: string; signature_id: string | null; locale: string }[]>`
    select id, recipient, signature_id, locale from email_deliveries where message_id = ${messageId} order by id limit ${MAX_BATCH_SIZE}`;
  const rendered = await renderDeliveries(
    db,
    rows.map((r) => ({ id: r.id, messageId, transactionalKey: null, recipient: r.recipient, signatureId: r.signature_id, locale: r.locale })),
    WORKER_APP_URL,
  );
  const from = parseEnv({ EMAIL_FROM: process.env.EMAIL_FROM }).EMAIL_FROM;
  // The JSON the Resend SDK sends for a batch (email.server.ts toApi).
  const sample = rendered.flatMap((r) => (r.ok ? [{ from, to: [r.email.to], subject: `${r.email.subject} (baseline)`, html: r.email.html, text: r.email.text, headers: r.email.headers, tags: r.email.tags }] : []));
  if (sample.length === 0) throw new Error("no email of the update could be rendered for the baseline");
  const batches = Math.ceil(emails / MAX_BATCH_SIZE);
  let accepted = 0;
  let bytes = 0;
  const monitor = startCpuMonitor(() => ({ postgres: [context.cluster.pid() ?? -1], "fake resend": [context.resend.child.process.pid ?? -1] }));
  const started = performance.now();
  await inParallel(
    Array.from({ length: batches }, (_, k) => k),
    DRAINS_PER_PROCESS,
    async (k) => {
      const size = Math.min(MAX_BATCH_SIZE, emails - k * MAX_BATCH_SIZE);
      // Serialised per request, as the SDK does.
      const body = JSON.stringify(Array.from({ length: size }, (_, j) => ({ ...sample[j % sample.length]!, to: [`baseline-${k * MAX_BATCH_SIZE + j}@bench.example`] })));
      bytes += Buffer.byteLength(body);
      const response = await fetch(`${context.resend.url}/emails/batch`, {
        method: "POST",
        headers: { authorization: `Bearer ${context.resend.apiKey}`, "content-type": "application/json", "idempotency-key": `baseline/${k}` },
        body,
      });
      if (!response.ok) throw new Error(`the fake answered ${response.status} to a baseline batch: ${await response.text()}`);
      accepted += ((await response.json()) as { data: unknown[] }).data.length;
    },
  );
  const elapsedMs = performance.now() - started;
  return { elapsedMs, accepted, batches, meanBatchKiB: bytes / batches / 1024, cpu: monitor.stop() };
}

export async function emailFanOutPhase(context: BenchContext): Promise<void> {
  log(`email fan-out: a database of its own with ${RECIPIENTS} consenting supporters`);
  const databaseUrl = await context.cluster.createDatabase("hr_bench_email");
  const sql = connect(databaseUrl);
  const db = connectDatabase(databaseUrl, { max: 2, name: "hr-bench-email" });
  let worker: Child | null = null;
  try {
    const petition = await petitionId(sql);
    await sql`update petitions set goal = ${FIXED_GOAL}, goal_fixed = true where id = ${petition}`;
    await addSupporters(sql, petition, RECIPIENTS);
    await reconcilePetitionCounts(db, petition);
    await sql`vacuum analyze signatures`;

    // 1. The ceiling: the highest limit the app accepts, one worker process, nothing else sending.
    await context.resend.reset();
    const subject = "News from the campaign: we met the minister";
    const messageId = await createScheduledMessage(db, petition, { subject, body: UPDATE_BODY });
    worker = await startWorker(context, databaseUrl, "worker-email-ceiling", CEILING_REQUESTS_PER_SECOND);
    const pid = worker.process.pid ?? -1;
    const idleMiB = rssMiB(pid);
    log(`email fan-out: update to ${RECIPIENTS} supporters, EMAIL_REQUESTS_PER_SECOND=${CEILING_REQUESTS_PER_SECOND}`);
    const memory = watchRss(pid, 200);
    const monitor = startCpuMonitor(cpuGroups(context, worker));
    const ceiling = await sendAndWait(sql, db, context.resend, messageId, subject, 30 * 60_000);
    const cpu = monitor.stop();
    const watched = memory.stop();
    const lifetimePeakMiB = lifetimePeakRssMiB(pid);
    await worker.stop();
    worker = null;
    const sent = ceiling.statuses.sent ?? 0;
    const ceilingBatchRate = batchRate(ceiling);

    log(`email fan-out baseline: ${Math.ceil(sent / MAX_BATCH_SIZE)} batches posted straight to the fake`);
    await context.resend.reset();
    const baseline = await fakeCeiling(context, db, sql, messageId, sent);
    await context.resend.reset();

    context.report.add({
      id: "email.fan-out.throughput",
      section: "Email",
      label: `Update to ${sent.toLocaleString("en")} supporters through a worker process (server/worker.ts) to the fake Resend, EMAIL_REQUESTS_PER_SECOND=${CEILING_REQUESTS_PER_SECOND} (the most it accepts): job queued → every delivery 'sent'`,
      value: sent / (ceiling.elapsedMs / 1000),
      unit: "emails/s",
      baseline: {
        label: `plain Node loop posting the same ${baseline.batches} batches of ${MAX_BATCH_SIZE} (${Math.round(baseline.meanBatchKiB)} KiB each, this update as rendered) to the fake, ${DRAINS_PER_PROCESS} in flight`,
        value: baseline.accepted / (baseline.elapsedMs / 1000),
        unit: "emails/s",
      },
      details: {
        elapsedS: round(ceiling.elapsedMs / 1000),
        fanOutS: round(ceiling.fanOutMs / 1000),
        recipientCount: ceiling.recipients,
        ledger: ceiling.statuses,
        batches: ceiling.batches,
        batchRequestsPerSecond: ceilingBatchRate === null ? null : round(ceilingBatchRate),
        requestsPerSecondLimit: CEILING_REQUESTS_PER_SECOND,
        ...cpuDetails(cpu),
        baselineElapsedS: round(baseline.elapsedMs / 1000),
        baselineAccepted: baseline.accepted,
        baselineCpuSeconds: baseline.cpu.cpuS,
      },
      note:
        `${sent.toLocaleString("en")} emails in ${(ceiling.elapsedMs / 1000).toFixed(1)} s (delivery rows written after ${(ceiling.fanOutMs / 1000).toFixed(1)} s), ` +
        `${ceilingBatchRate === null ? "?" : ceilingBatchRate.toFixed(1)} batch requests/s against a limit of ${CEILING_REQUESTS_PER_SECOND}; ` +
        `CPU: worker ${(cpu.cpuS.worker ?? 0).toFixed(0)} s, PostgreSQL ${(cpu.cpuS.postgres ?? 0).toFixed(0)} s, fake ${(cpu.cpuS["fake resend"] ?? 0).toFixed(0)} s; baseline ${(baseline.elapsedMs / 1000).toFixed(1)} s. ` +
        `Own database: no other process sends or takes slots of the shared request clock.`,
    });
    context.report.add({
      id: "email.fan-out.memory",
      section: "Email",
      label: `Worker process resident memory (peak, sampled every 200 ms) while it sends the update to ${sent.toLocaleString("en")} supporters`,
      value: watched.peakMiB,
      unit: "MiB",
      baseline: { label: "the same process idle, just before the job was queued", value: idleMiB, unit: "MiB" },
      details: { samples: watched.samples, lifetimePeakMiB: lifetimePeakMiB === null ? null : round(lifetimePeakMiB) },
      note:
        watched.peakMiB !== null && idleMiB !== null
          ? `+${(watched.peakMiB - idleMiB).toFixed(0)} MiB over idle; the process's lifetime peak (VmHWM, start-up included) was ${lifetimePeakMiB?.toFixed(0) ?? "?"} MiB`
          : "",
    });

    // 2. A low limit: how close the shared request clock lets one worker get to it.
    const limitedSubject = `News for supporters in ${LIMITED_COUNTRY}`;
    const audience: MessageAudience = { scope: "petition", petitionId: petition, countries: [LIMITED_COUNTRY] };
    const limitedId = await createScheduledMessage(db, petition, { subject: limitedSubject, body: UPDATE_BODY, audience });
    worker = await startWorker(context, databaseUrl, "worker-email-limited", LIMITED_REQUESTS_PER_SECOND);
    log(`email rate limit: update to the supporters in ${LIMITED_COUNTRY}, EMAIL_REQUESTS_PER_SECOND=${LIMITED_REQUESTS_PER_SECOND}`);
    const limitedMonitor = startCpuMonitor(cpuGroups(context, worker));
    const expectedS = RECIPIENTS / COUNTRIES.length / MAX_BATCH_SIZE / LIMITED_REQUESTS_PER_SECOND;
    const limited = await sendAndWait(sql, db, context.resend, limitedId, limitedSubject, (expectedS * 3 + 120) * 1000);
    const limitedCpu = limitedMonitor.stop();
    await worker.stop();
    worker = null;
    await context.resend.reset();
    const limitedRate = batchRate(limited);
    context.report.add({
      id: "email.rate-limit",
      section: "Email",
      label: `Batch requests/s achieved sending an update to ${(limited.statuses.sent ?? 0).toLocaleString("en")} supporters with EMAIL_REQUESTS_PER_SECOND=${LIMITED_REQUESTS_PER_SECOND} (ratio: fraction of the limit used; must not exceed 1)`,
      value: limitedRate,
      unit: "requests/s",
      baseline: { label: "configured limit (EMAIL_REQUESTS_PER_SECOND)", value: LIMITED_REQUESTS_PER_SECOND, unit: "requests/s" },
      details: {
        batches: limited.batches,
        firstToLastBatchS: round(limited.batchSpanMs / 1000),
        elapsedS: round(limited.elapsedMs / 1000),
        fanOutS: round(limited.fanOutMs / 1000),
        batchesOverElapsed: round(limited.batches / (limited.elapsedMs / 1000)),
        unthrottledRequestsPerSecond: ceilingBatchRate === null ? null : round(ceilingBatchRate),
        ledger: limited.statuses,
        ...cpuDetails(limitedCpu),
      },
      note: `(batches − 1) ÷ time from the first batch recorded sent to the last (ledger sent_at): ${limited.batches} batches in ${(limited.batchSpanMs / 1000).toFixed(1)} s; ${(limited.elapsedMs / 1000).toFixed(1)} s from queueing the job to the last`,
    });
  } finally {
    await worker?.stop();
    await closeDatabase(db);
    await sql.end({ timeout: 2 });
  }
}
