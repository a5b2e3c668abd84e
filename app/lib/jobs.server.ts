import { Logger, run, runMigrations, type Runner, type Task, type TaskList } from "graphile-worker";
import { sql } from "drizzle-orm";
import type { TemplateName, TemplateProps } from "../../emails";
import type { Db } from "./database.server";
import { reconcileAllCounts } from "./counting.server";
import { fanOutMessage, fanOutOverdueMessages } from "./email-audience.server";
import {
  DEFAULT_DELIVERY_SETTINGS,
  DRAINS_PER_PROCESS,
  completeFinishedMessages,
  drainDeliveries,
  hasQueuedDeliveries,
  recoverOrphanedBatches,
  sendSingleEmail,
  wakeDrain,
  type DeliverySettings,
} from "./email-delivery.server";
import { renderEmail, type Mailer } from "./email.server";
import { detectMilestones, detectOutcomes } from "./email-events.server";
import { parseEnv, type Env } from "./env.server";
import { pruneRateLimits } from "./rate-limit.server";

/** Errors and warnings only: one line per job is noise at thousands of jobs a minute. */
const logger = new Logger((scope) => (level, message, meta) => {
  if (level !== "error" && level !== "warning") return;
  const where = scope.taskIdentifier ? ` [${scope.taskIdentifier}${scope.jobId ? `#${scope.jobId}` : ""}]` : "";
  console.error(`worker ${level}${where}: ${message}${meta?.error ? ` ${String(meta.error)}` : ""}`);
});

export interface SendEmailPayload<N extends TemplateName = TemplateName> {
  template: N;
  props: TemplateProps<N>;
  to: string;
  idempotencyKey: string;
  headers?: Record<string, string>;
}

export interface JobPayloads {
  /** One transactional email whose props travel in the job (account mail, invitations, test sends). */
  "send-email": SendEmailPayload;
  /** Drains the delivery ledger in batches (confirmations, thanks, bulk messages). */
  "send-deliveries": Record<string, never>;
  /** Fans a due bulk message out into delivery rows. */
  "send-message": { messageId: string };
  "email-sweep": Record<string, never>;
  "check-petition-emails": Record<string, never>;
  "reconcile-counts": Record<string, never>;
}

/**
 * Recounts every 15 minutes; every minute, re-sends batches orphaned by dead
 * workers and fans out messages whose job died, and looks for petitions that
 * passed a milestone or changed outcome.
 */
const CRONTAB = [
  "*/15 * * * * reconcile-counts ?max=1",
  "* * * * * email-sweep ?max=1",
  "* * * * * check-petition-emails ?max=1",
].join("\n");

export interface EnqueueOptions {
  /** Deduplicates: a job with the same key replaces a pending one instead of adding another. */
  jobKey?: string;
  maxAttempts?: number;
  runAt?: Date;
  /** Jobs in the same named queue run one at a time, across all workers. */
  queueName?: string;
}

/** Queues a job in the caller's transaction (or connection), so it exists exactly when the data it refers to does. */
export async function enqueueJob<K extends keyof JobPayloads>(
  db: Pick<Db, "execute">,
  task: K,
  payload: JobPayloads[K],
  options: EnqueueOptions = {},
): Promise<void> {
  await db.execute(sql`select graphile_worker.add_job(
    identifier => ${task}::text,
    payload => ${JSON.stringify(payload)}::json,
    queue_name => ${options.queueName ?? null}::text,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 10}::int,
    job_key => ${options.jobKey ?? null}::text
  )`);
}

/** Removes a pending job by key (a cancelled scheduled send). A running job is left to notice by itself. */
export async function removeJob(db: Pick<Db, "execute">, jobKey: string): Promise<void> {
  await db.execute(sql`select graphile_worker.remove_job(${jobKey}::text)`);
}

export interface WorkerDependencies {
  mailer: Mailer;
  db: Db;
  /** Read from the process environment when absent (APP_URL, EMAIL_REQUESTS_PER_SECOND). */
  env?: Env;
  /** Overrides for tests (shorter backoff, faster orphan recovery). */
  delivery?: Partial<DeliverySettings>;
}

export function deliverySettings(deps: Pick<WorkerDependencies, "env" | "delivery">): DeliverySettings {
  const env = deps.env ?? parseEnv();
  return {
    ...DEFAULT_DELIVERY_SETTINGS,
    appUrl: env.APP_URL,
    requestsPerSecond: env.EMAIL_REQUESTS_PER_SECOND,
    ...deps.delivery,
  };
}

/** What the tasks of one process share: how many drains it runs right now. */
export interface WorkerState {
  drainsRunning: number;
}

export function createTaskList(deps: WorkerDependencies, state: WorkerState = { drainsRunning: 0 }): TaskList {
  const settings = deliverySettings(deps);
  const { db, mailer } = deps;

  const sendEmail: Task = async (rawPayload, helpers) => {
    const payload = rawPayload as SendEmailPayload;
    const rendered = await renderEmail(payload.template, payload.props);
    const locale = typeof (payload.props as { locale?: unknown }).locale === "string" ? (payload.props as { locale: string }).locale : "en";
    const outcome = await sendSingleEmail(
      db,
      mailer,
      settings,
      { ...rendered, to: payload.to, headers: payload.headers, idempotencyKey: payload.idempotencyKey, locale },
      { lastAttempt: helpers.job.attempts >= helpers.job.max_attempts },
    );
    // Retrying a message the provider rejects as invalid cannot succeed; record it and move on.
    if (outcome === "rejected") helpers.logger.error(`Email ${payload.idempotencyKey} rejected permanently`);
  };

  const sendDeliveries: Task = async () => {
    // Enough drains are already at work in this process: they loop until the queue is empty.
    if (state.drainsRunning >= DRAINS_PER_PROCESS) return;
    state.drainsRunning++;
    let report;
    try {
      report = await drainDeliveries(db, mailer, settings);
    } finally {
      state.drainsRunning--;
    }
    // Rows queued after this drain's last look had their wake-up job turned away while it ran:
    // look once more now that it has stopped. And hand over instead of running for ever, so a
    // shutdown never waits on a backlog.
    if (report.more || (await hasQueuedDeliveries(db))) await wakeDrain(db);
  };

  const sendMessage: Task = async (rawPayload) => {
    await fanOutMessage(db, (rawPayload as JobPayloads["send-message"]).messageId);
  };

  const emailSweep: Task = async () => {
    await recoverOrphanedBatches(db, mailer, settings);
    await fanOutOverdueMessages(db);
    if (await hasQueuedDeliveries(db)) await wakeDrain(db);
    await completeFinishedMessages(db);
  };

  const checkPetitionEmails: Task = async () => {
    await detectMilestones(db);
    await detectOutcomes(db);
  };

  const reconcileCounts: Task = async (_payload, helpers) => {
    for (const report of await reconcileAllCounts(db)) {
      if (report.drift !== 0) {
        helpers.logger.warn(`Count drift repaired for petition ${report.petitionId}: ${report.before} → ${report.after} (off by ${report.drift})`);
      }
    }
    await pruneRateLimits(db);
  };

  return {
    "send-email": sendEmail,
    "send-deliveries": sendDeliveries,
    "send-message": sendMessage,
    "email-sweep": emailSweep,
    "check-petition-emails": checkPetitionEmails,
    "reconcile-counts": reconcileCounts,
  };
}

/** Installs (or upgrades) graphile-worker's own schema, so web processes can queue jobs before any worker runs. */
export async function installJobSchema(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger });
}

export interface StartWorkerOptions extends WorkerDependencies {
  connectionString: string;
  concurrency: number;
  /** How often this process looks for queued transactional emails (default 500 ms). */
  deliveryPollMs?: number;
  /** Told when the runner dies (a database restart) and is being started again. */
  onRestart?: (error: unknown, attempt: number) => void;
}

/** A job worker that outlives database restarts: its runner is started again with backoff. */
export interface Worker {
  stop(): Promise<void>;
  /** Settles when the worker has been stopped. */
  promise: Promise<void>;
  addJob: Runner["addJob"];
}

const RESTART_BACKOFF_MS = [250, 500, 1_000, 2_000, 5_000];

export async function startWorker(options: StartWorkerOptions): Promise<Worker> {
  const state: WorkerState = { drainsRunning: 0 };
  const taskList = createTaskList(options, state);
  const startRunner = () =>
    run({
      connectionString: options.connectionString,
      concurrency: options.concurrency,
      maxPoolSize: options.concurrency + 2,
      // The process owns signal handling and stops the worker in order during shutdown.
      noHandleSignals: true,
      pollInterval: 2_000,
      logger,
      taskList,
      crontab: CRONTAB,
    });

  let runner = await startRunner();
  let stopping = false;
  let wakeStop: () => void = () => {};
  const stopRequested = new Promise<void>((resolve) => {
    wakeStop = resolve;
  });
  // Not unref'd: a standalone worker must stay alive while it waits to start its runner again.
  const pause = (ms: number) => Promise.race([new Promise((resolve) => setTimeout(resolve, ms)), stopRequested]);
  // A worker that starts (or restarts after a crash) picks up at once what a dead one left behind.
  const sweepAtStart = (r: Runner) => r.addJob("email-sweep", {}, { jobKey: "email-sweep-at-start", maxAttempts: 3 });
  await sweepAtStart(runner);

  const supervised = (async () => {
    for (;;) {
      const error = await runner.promise.then(
        () => undefined,
        (e: unknown) => e ?? new Error("the job runner stopped"),
      );
      if (stopping) return;
      // The runner gave up (typically: PostgreSQL restarted under it). Start a new one once the database answers.
      for (let attempt = 1; ; attempt++) {
        options.onRestart?.(error ?? new Error("the job runner stopped"), attempt);
        await pause(RESTART_BACKOFF_MS[Math.min(attempt - 1, RESTART_BACKOFF_MS.length - 1)]!);
        if (stopping) return;
        try {
          runner = await startRunner();
          await sweepAtStart(runner).catch(() => {});
          break;
        } catch {
          // Still away: wait longer and try again.
        }
      }
    }
  })();

  // Signing and confirming add ledger rows without a wake-up job (a NOTIFY in every signing
  // transaction would serialise their commits); this loop notices them instead.
  const pollMs = options.deliveryPollMs ?? 500;
  let polling = false;
  const poller = setInterval(() => {
    if (polling || stopping || state.drainsRunning >= DRAINS_PER_PROCESS) return;
    polling = true;
    hasQueuedDeliveries(options.db)
      .then((queued) => (queued && !stopping ? runner.addJob("send-deliveries", {}, { maxAttempts: 5 }) : undefined))
      .catch(() => {
        // The database is away; the next tick tries again.
      })
      .finally(() => {
        polling = false;
      });
  }, pollMs);
  poller.unref();

  return {
    addJob: (...args) => runner.addJob(...args),
    promise: supervised,
    async stop() {
      stopping = true;
      clearInterval(poller);
      wakeStop();
      await runner.stop().catch(() => {});
      await supervised;
    },
  };
}
