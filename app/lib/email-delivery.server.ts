import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import type postgres from "postgres";
import { signatures } from "../../db/schema";
import { canonicalEmail } from "./canonical-email";
import type { Db } from "./database.server";
import { renderDeliveries, type DeliveryToRender } from "./email-content.server";
import { EmailSendError, MAX_BATCH_SIZE, type BatchEmail, type Mailer, type OutgoingEmail } from "./email.server";

// The delivery ledger: one email_deliveries row per (message, recipient) or per
// transactional key, moved queued → sending → sent by batch, so that every
// recipient gets each email exactly once even when workers die. See
// docs/decisions/006-email-delivery-ledger.md for the crash windows.

export interface DeliverySettings {
  /** Public base URL for the links inside emails. */
  appUrl: string;
  /** Provider requests per second, shared by every process through PostgreSQL. */
  requestsPerSecond: number;
  /** HTTP attempts per batch before its rows are marked failed. */
  maxAttempts: number;
  /** Delay before the first retry; it doubles each time up to retryMaxMs (a 429's retry-after wins when longer). */
  retryBaseMs: number;
  retryMaxMs: number;
  /** A batch left in 'sending' this long without an owner is taken over by the sweep. */
  orphanAfterMs: number;
  /** A drain job hands over to a fresh job after this long, so shutdowns never wait on a backlog. */
  drainJobMaxMs: number;
}

export const DEFAULT_DELIVERY_SETTINGS: Omit<DeliverySettings, "appUrl" | "requestsPerSecond"> = {
  maxAttempts: 8,
  retryBaseMs: 2_000,
  retryMaxMs: 60_000,
  orphanAfterMs: 30_000,
  drainJobMaxMs: 30_000,
};

type Sql = postgres.Sql;
type ReservedSql = postgres.ReservedSql;

/** Row of the shared request clock in rate_limits: its window_start is the next free request slot. */
const RATE_CLOCK_KEY = "email-api:next-request";
/** Serialises slot reservations across processes (arbitrary fixed keys; see counting.server.ts for the others). */
const RATE_CLOCK_LOCK = 727_274_003;
/** First half of the two-key advisory lock held by whoever is sending a batch right now. */
const BATCH_LOCK_CLASS = 727_274;

/** Rows the batch drain may render from the database alone (the `send-email` job's rows carry their own props). */
const DRAINABLE = sql`(message_id is not null or transactional_key like 'confirm-signature/%' or transactional_key like 'thanks-share/%')`;

// ---------------------------------------------------------------- the shared request clock

/**
 * Reserves the next request slot shared by every worker process and returns
 * how long to wait for it. Slots are 1/rate apart (a virtual-scheduling
 * limiter): the clock row holds the earliest free slot and each reservation
 * moves it on, under an advisory lock so concurrent reservations queue.
 */
export async function reserveRequestSlot(db: Db, requestsPerSecond: number): Promise<number> {
  return withReserved(db, (conn) => moveRequestClock(conn, 0, 1000 / requestsPerSecond));
}

/** After a 429: nobody, in any process, sends before `delayMs` from now. */
export async function pushRequestClock(db: Db, delayMs: number): Promise<void> {
  await withReserved(db, (conn) => moveRequestClock(conn, delayMs, 0));
}

async function withReserved<T>(db: Db, work: (conn: ReservedSql) => Promise<T>): Promise<T> {
  const conn = await db.$client.reserve();
  try {
    return await work(conn);
  } finally {
    conn.release();
  }
}

/**
 * Takes the slot at max(clock, now + notBeforeMs), moves the clock `advanceMs`
 * past it and returns the wait, in a transaction on the given connection (a
 * sender already holding a reserved connection must not need a second one).
 */
async function moveRequestClock(conn: ReservedSql, notBeforeMs: number, advanceMs: number): Promise<number> {
  await conn`begin`;
  try {
    await conn`select pg_advisory_xact_lock(${RATE_CLOCK_LOCK})`;
    const [slot] = await conn<{ at: string; wait_ms: number }[]>`
      with slot as (
        select greatest(max(window_start), clock_timestamp() + make_interval(secs => ${notBeforeMs / 1000})) as at
        from rate_limits where key = ${RATE_CLOCK_KEY}
      )
      select at::text, greatest(0, extract(epoch from at - clock_timestamp()) * 1000)::float8 as wait_ms from slot`;
    await conn`delete from rate_limits where key = ${RATE_CLOCK_KEY}`;
    await conn`insert into rate_limits (key, window_start, hits)
      values (${RATE_CLOCK_KEY}, ${slot!.at}::timestamptz + make_interval(secs => ${advanceMs / 1000}), 1)`;
    await conn`commit`;
    return Number(slot!.wait_ms);
  } catch (error) {
    await conn`rollback`.catch(() => {});
    throw error;
  }
}

async function waitForSlot(conn: ReservedSql, mailer: Mailer, settings: DeliverySettings): Promise<void> {
  if (!mailer.rateLimited) return;
  const waitMs = await moveRequestClock(conn, 0, 1000 / settings.requestsPerSecond);
  if (waitMs > 0) await sleep(waitMs);
}

// ---------------------------------------------------------------- queueing

export interface TransactionalDelivery {
  /** What the email is about; also its idempotency key, e.g. `confirm-signature/<id>/1`. */
  key: string;
  recipient: string;
  signatureId: string | null;
  locale: string;
}

/**
 * Adds a transactional email to the ledger in the caller's transaction.
 * Returns false when that key was queued before (nothing is added twice).
 * No wake-up job: the workers poll the ledger (see `startWorker`), because a
 * job's NOTIFY would make PostgreSQL serialise the commits of every signing.
 */
export async function queueTransactionalDelivery(tx: Pick<Db, "execute">, delivery: TransactionalDelivery): Promise<boolean> {
  const inserted = await tx.execute<{ id: string }>(sql`
    insert into email_deliveries (transactional_key, recipient, signature_id, locale)
    values (${delivery.key}, ${delivery.recipient}, ${delivery.signatureId}, ${delivery.locale})
    on conflict (transactional_key) do nothing returning id`);
  return inserted.length > 0;
}

/**
 * Queues the thanks-and-share email for a signature that was just confirmed.
 * Meant for `confirmSignature` (call it only when the outcome is "confirmed",
 * ideally in the same transaction as the confirmation); calling it twice
 * sends one email.
 */
export async function queueThanksEmail(tx: Pick<Db, "execute">, signatureId: string): Promise<boolean> {
  const [signature] = await tx.execute<{ email: string; locale: string }>(sql`
    select email, locale from ${signatures} where id = ${signatureId} and anonymised_at is null`);
  if (!signature) return false;
  return queueTransactionalDelivery(tx, { key: `thanks-share/${signatureId}`, recipient: signature.email, signatureId, locale: signature.locale });
}

/**
 * Drains one worker process runs at once. More would only wait for request
 * slots while holding job slots other work needs; the shared clock, not this
 * number, is what bounds the request rate across processes.
 */
export const DRAINS_PER_PROCESS = 2;

/**
 * One cheap job per wake-up, never a shared job row: a job key would make
 * every signer's transaction wait on the same row, which is the hot-row
 * contention the signing path is designed to avoid. (Nor a named queue: a
 * worker killed mid-job keeps its queue locked for hours.)
 */
export async function wakeDrain(tx: Pick<Db, "execute">, options: { runAt?: Date } = {}): Promise<void> {
  await tx.execute(sql`select graphile_worker.add_job(
    identifier => 'send-deliveries'::text, payload => '{}'::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz, max_attempts => 5::int)`);
}

// ---------------------------------------------------------------- claiming

type LedgerRow = {
  id: string;
  message_id: string | null;
  transactional_key: string | null;
  recipient: string;
  signature_id: string | null;
  locale: string;
};

const toRender = (r: LedgerRow): DeliveryToRender => ({
  id: r.id,
  messageId: r.message_id,
  transactionalKey: r.transactional_key,
  recipient: r.recipient,
  signatureId: r.signature_id,
  locale: r.locale,
});

/** The batch's idempotency key is derived from what it sends: the same rows always give the same key. */
export function batchKeyFor(deliveryIds: string[]): string {
  return `deliveries/${createHash("sha256").update([...deliveryIds].sort().join(",")).digest("hex")}`;
}

/** Reasons a queued row must not be sent at all; checked at claim time, so late unsubscribes still count. */
async function blockedRows(tx: Pick<Db, "execute">, rows: LedgerRow[]): Promise<Map<string, string>> {
  const blocked = new Map<string, string>();
  const canonical = new Map(rows.map((r) => [r.id, canonicalEmail(r.recipient)]));
  const addresses = [...new Set(canonical.values())];
  const suppressed = await tx.execute<{ canonical_email: string; reason: string }>(sql`
    select canonical_email, reason from suppressions where canonical_email in ${sqlList(addresses)}`);
  const reasonFor = new Map(suppressed.map((s) => [s.canonical_email, s.reason]));
  const bulkSignatureIds = rows.filter((r) => r.message_id && r.signature_id).map((r) => r.signature_id!);
  const consenting = bulkSignatureIds.length
    ? new Set(
        (
          await tx.execute<{ id: string }>(sql`
            select id from signatures where id in ${sqlList(bulkSignatureIds)} and updates_opt_in and anonymised_at is null`)
        ).map((s) => s.id),
      )
    : new Set<string>();
  for (const row of rows) {
    const reason = reasonFor.get(canonical.get(row.id)!);
    const bulk = row.message_id !== null;
    // Hard bounces and complaints stop everything; "unsubscribe from everything" stops bulk mail,
    // not the confirmation of a petition the person has just signed.
    if (reason && (bulk || reason !== "unsubscribed")) blocked.set(row.id, `suppressed: ${reason}`);
    else if (bulk && row.signature_id && !consenting.has(row.signature_id)) blocked.set(row.id, "suppressed: consent withdrawn");
  }
  return blocked;
}

function sqlList(values: string[]) {
  // `in ()` is invalid SQL; a list that can match nothing keeps the statement valid.
  if (values.length === 0) return sql`(null)`;
  return sql`(${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
}

export interface ClaimedBatch {
  batchKey: string | null;
  /** Rows taken off the queue, including the suppressed ones. */
  claimed: number;
  suppressed: number;
}

/**
 * Takes up to MAX_BATCH_SIZE queued rows (skipping rows another worker is
 * claiming), marks suppressed ones 'suppressed' and the rest 'sending' with
 * the batch key, and commits before anything is sent: from then on the batch
 * is durable and can be re-sent by anyone with the same key.
 */
export async function claimBatch(db: Db): Promise<ClaimedBatch> {
  return db.transaction(async (tx) => {
    const rows = await tx.execute<LedgerRow>(sql`
      select id, message_id, transactional_key, recipient, signature_id, locale from email_deliveries
      where status = 'queued' and ${DRAINABLE}
      order by created_at, id limit ${MAX_BATCH_SIZE}
      for update skip locked`);
    if (rows.length === 0) return { batchKey: null, claimed: 0, suppressed: 0 };
    const blocked = await blockedRows(tx, rows);
    for (const [id, reason] of blocked) {
      await tx.execute(sql`update email_deliveries set status = 'suppressed', last_error = ${reason}, updated_at = now() where id = ${id}`);
    }
    const sending = rows.filter((r) => !blocked.has(r.id)).map((r) => r.id);
    if (sending.length === 0) return { batchKey: null, claimed: rows.length, suppressed: blocked.size };
    const batchKey = batchKeyFor(sending);
    await tx.execute(sql`update email_deliveries set status = 'sending', batch_key = ${batchKey}, updated_at = now() where id in ${sqlList(sending)}`);
    return { batchKey, claimed: rows.length, suppressed: blocked.size };
  });
}

// ---------------------------------------------------------------- sending one batch

export type BatchOutcome =
  | { kind: "sent"; count: number }
  | { kind: "retry"; delayMs: number; error: string }
  | { kind: "failed"; error: string }
  | { kind: "not-mine" };

async function loadBatch(client: Sql, batchKey: string): Promise<LedgerRow[]> {
  return client<LedgerRow[]>`
    select id, message_id, transactional_key, recipient, signature_id, locale from email_deliveries
    where batch_key = ${batchKey} and status = 'sending' order by id`;
}

function retryDelay(settings: DeliverySettings, attempts: number, error: EmailSendError): number {
  const backoff = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(backoff, error.retryAfterMs ?? 0);
}

/**
 * Sends batch `batchKey` once, if this process can become its owner (a
 * session advisory lock: it disappears with the connection if the process
 * dies). Rendering happens first and the rate slot is taken just before the
 * request, so requests leave at the shared rate whatever rendering costs.
 */
export async function sendBatch(db: Db, mailer: Mailer, settings: DeliverySettings, batchKey: string): Promise<BatchOutcome> {
  const preview = await loadBatch(db.$client, batchKey);
  if (preview.length === 0) return { kind: "not-mine" };
  const rendered = await renderDeliveries(db, preview.map(toRender), settings.appUrl);

  const conn = await db.$client.reserve();
  let locked = false;
  try {
    const [lock] = await conn<{ ok: boolean }[]>`select pg_try_advisory_lock(${BATCH_LOCK_CLASS}, hashtext(${batchKey})) as ok`;
    locked = Boolean(lock?.ok);
    if (!locked) return { kind: "not-mine" };
    // Under the lock, only rows still 'sending' are ours to send: someone may have finished them meanwhile.
    const rows = await loadBatch(conn, batchKey);
    const stillSending = new Set(rows.map((r) => r.id));
    if (rows.length === 0) return { kind: "not-mine" };

    const emails: BatchEmail[] = [];
    const ids: string[] = [];
    const unrenderable: { id: string; reason: string }[] = [];
    preview.forEach((row, i) => {
      if (!stillSending.has(row.id)) return;
      const outcome = rendered[i]!;
      if (outcome.ok) {
        emails.push(outcome.email);
        ids.push(row.id);
      } else unrenderable.push({ id: row.id, reason: outcome.reason });
    });
    for (const { id, reason } of unrenderable) {
      await conn`update email_deliveries set status = 'failed', last_error = ${reason}, updated_at = now() where id = ${id} and status = 'sending'`;
    }
    if (emails.length === 0) return { kind: "failed", error: "nothing left to render" };

    const [attempt] = await conn<{ attempts: number }[]>`
      update email_deliveries set attempts = attempts + 1, updated_at = now()
      where id in ${conn(ids)} and status = 'sending' returning attempts`;
    // Everything is ready: wait for this request's slot, then send at once, so requests reach
    // the provider spaced as the clock spaced them.
    await waitForSlot(conn, mailer, settings);
    try {
      const { ids: providerIds } = await mailer.sendBatch(emails, { idempotencyKey: batchKey });
      const values = ids.map((id, i) => [id, providerIds[i]!]);
      await conn`
        update email_deliveries d set status = 'sent', resend_id = v.resend_id, sent_at = now(), last_error = null, updated_at = now()
        from (values ${conn(values)}) as v (id, resend_id)
        where d.id = v.id::uuid and d.status = 'sending'`;
      return { kind: "sent", count: ids.length };
    } catch (error) {
      if (!(error instanceof EmailSendError)) throw error;
      if (error.code === "invalid_idempotent_request") {
        // The key was used before with a different payload (something the email shows changed
        // since): Resend did send that batch. Record it as sent; only the provider ids are lost.
        await conn`
          update email_deliveries set status = 'sent', sent_at = now(), updated_at = now(),
            last_error = ${"sent earlier under the same idempotency key; provider ids unknown"}
          where id in ${conn(ids)} and status = 'sending'`;
        return { kind: "sent", count: ids.length };
      }
      const attempts = Number(attempt?.attempts ?? 1);
      if (!error.retryable || attempts >= settings.maxAttempts) {
        const reason = error.retryable ? `gave up after ${attempts} attempts: ${error.message}` : error.message;
        await conn`update email_deliveries set status = 'failed', last_error = ${reason}, updated_at = now() where id in ${conn(ids)} and status = 'sending'`;
        return { kind: "failed", error: reason };
      }
      await conn`update email_deliveries set last_error = ${error.message}, updated_at = now() where id in ${conn(ids)} and status = 'sending'`;
      const delayMs = retryDelay(settings, attempts, error);
      // A 429 applies to the whole team: hold every process back, not just this one.
      if (error.statusCode === 429) await moveRequestClock(conn, delayMs, 0);
      return { kind: "retry", delayMs, error: error.message };
    }
  } finally {
    if (locked) await conn`select pg_advisory_unlock(${BATCH_LOCK_CLASS}, hashtext(${batchKey}))`;
    conn.release();
  }
}

/**
 * Sends a batch until it is sent, failed, or owned by someone else, backing off between
 * attempts. A backoff that would end after `deadline` is not waited out: the batch stays
 * 'sending' (its attempts counted) and the sweep carries on, so a job never keeps a
 * shutdown waiting through a provider outage.
 */
export async function sendBatchToTheEnd(db: Db, mailer: Mailer, settings: DeliverySettings, batchKey: string, deadline = Infinity): Promise<BatchOutcome> {
  for (;;) {
    const outcome = await sendBatch(db, mailer, settings, batchKey);
    if (outcome.kind !== "retry" || Date.now() + outcome.delayMs > deadline) return outcome;
    await sleep(outcome.delayMs);
  }
}

// ---------------------------------------------------------------- draining and recovery

export async function hasQueuedDeliveries(db: Db): Promise<boolean> {
  const [row] = await db.execute<{ any: boolean }>(sql`select exists (select 1 from email_deliveries where status = 'queued' and ${DRAINABLE}) as any`);
  return Boolean(row?.any);
}

export interface DrainReport {
  batches: number;
  sent: number;
  suppressed: number;
  failed: number;
  /** Work was left when the time ran out. */
  more: boolean;
}

/** Claims and sends batches until the queue is empty or `maxMs` has passed. */
export async function drainDeliveries(db: Db, mailer: Mailer, settings: DeliverySettings, maxMs = settings.drainJobMaxMs): Promise<DrainReport> {
  const report: DrainReport = { batches: 0, sent: 0, suppressed: 0, failed: 0, more: false };
  const deadline = Date.now() + maxMs;
  for (;;) {
    if (Date.now() >= deadline) {
      report.more = await hasQueuedDeliveries(db);
      break;
    }
    const claim = await claimBatch(db);
    report.suppressed += claim.suppressed;
    if (claim.claimed === 0) break;
    if (!claim.batchKey) continue;
    const outcome = await sendBatchToTheEnd(db, mailer, settings, claim.batchKey, deadline);
    report.batches++;
    if (outcome.kind === "sent") report.sent += outcome.count;
    if (outcome.kind === "failed") report.failed++;
  }
  await completeFinishedMessages(db);
  return report;
}

/**
 * Batches left in 'sending' by a worker that died (or gave up its turn while
 * backing off): re-sent with their original key, so those the provider had
 * already accepted are answered from its idempotency cache, not sent again.
 */
export async function recoverOrphanedBatches(db: Db, mailer: Mailer, settings: DeliverySettings): Promise<number> {
  const keys = await db.execute<{ batch_key: string }>(sql`
    select batch_key from email_deliveries
    where status = 'sending' and batch_key is not null and ${DRAINABLE}
    group by batch_key
    having max(updated_at) < now() - make_interval(secs => ${settings.orphanAfterMs / 1000})
    limit 100`);
  let recovered = 0;
  const deadline = Date.now() + settings.drainJobMaxMs;
  for (const { batch_key: batchKey } of keys) {
    if (Date.now() >= deadline) break;
    const outcome = await sendBatchToTheEnd(db, mailer, settings, batchKey, deadline);
    if (outcome.kind !== "not-mine") recovered++;
  }
  if (recovered > 0) await completeFinishedMessages(db);
  return recovered;
}

/** Messages whose every delivery has left the queue are done. */
export async function completeFinishedMessages(db: Db): Promise<void> {
  await db.execute(sql`
    update email_messages m set status = 'sent', sent_at = now()
    where m.status = 'sending'
      and not exists (select 1 from email_deliveries d where d.message_id = m.id and d.status in ('queued', 'sending'))`);
}

// ---------------------------------------------------------------- single transactional sends (`send-email` jobs)

export interface SingleSend extends Omit<OutgoingEmail, "idempotencyKey"> {
  idempotencyKey: string;
  locale: string;
}

export type SingleOutcome = "sent" | "already-sent" | "suppressed" | "rejected";

/**
 * One email from a `send-email` job (account mail, invitations, tests): still
 * recorded in the ledger under its idempotency key, so suppressions apply and
 * webhooks find it, and so a re-run job never sends it twice. Retryable
 * failures are thrown for graphile-worker to retry with backoff.
 */
export async function sendSingleEmail(db: Db, mailer: Mailer, settings: DeliverySettings, email: SingleSend, options: { lastAttempt: boolean }): Promise<SingleOutcome> {
  const [row] = await db.execute<{ id: string; status: string }>(sql`
    insert into email_deliveries (transactional_key, recipient, locale, status, batch_key)
    values (${email.idempotencyKey}, ${email.to}, ${email.locale}, 'sending', ${`single/${email.idempotencyKey}`})
    on conflict (transactional_key) do update set updated_at = now()
    returning id, status`);
  if (row!.status !== "sending" && row!.status !== "queued") return row!.status === "suppressed" ? "suppressed" : "already-sent";
  const [suppressed] = await db.execute<{ reason: string }>(sql`
    select reason from suppressions where canonical_email = ${canonicalEmail(email.to)} and reason <> 'unsubscribed'`);
  if (suppressed) {
    await db.execute(sql`update email_deliveries set status = 'suppressed', last_error = ${`suppressed: ${suppressed.reason}`}, updated_at = now() where id = ${row!.id}`);
    return "suppressed";
  }
  await db.execute(sql`update email_deliveries set attempts = attempts + 1, updated_at = now() where id = ${row!.id}`);
  if (mailer.rateLimited) {
    const waitMs = await reserveRequestSlot(db, settings.requestsPerSecond);
    if (waitMs > 0) await sleep(waitMs);
  }
  try {
    const { id } = await mailer.send(email);
    await db.execute(sql`update email_deliveries set status = 'sent', resend_id = ${id}, sent_at = now(), last_error = null, updated_at = now()
      where id = ${row!.id} and status = 'sending'`);
    return "sent";
  } catch (error) {
    if (!(error instanceof EmailSendError)) throw error;
    if (error.code === "invalid_idempotent_request") {
      await db.execute(sql`update email_deliveries set status = 'sent', sent_at = now(), updated_at = now() where id = ${row!.id}`);
      return "already-sent";
    }
    const final = !error.retryable || options.lastAttempt;
    await db.execute(sql`update email_deliveries set last_error = ${error.message}, updated_at = now(),
      status = ${final ? "failed" : "sending"} where id = ${row!.id}`);
    if (!error.retryable) return "rejected";
    if (error.statusCode === 429) await pushRequestClock(db, error.retryAfterMs ?? settings.retryBaseMs);
    throw error;
  }
}
