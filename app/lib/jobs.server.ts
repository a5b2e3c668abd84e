import { Logger, run, runMigrations, type Runner, type Task, type TaskList } from "graphile-worker";
import { sql } from "drizzle-orm";
import type { TemplateName, TemplateProps } from "../../emails";
import type { Db } from "./database.server";
import { reconcileAllCounts } from "./counting.server";
import { EmailSendError, renderEmail, type Mailer } from "./email.server";
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
  "send-email": SendEmailPayload;
  "reconcile-counts": Record<string, never>;
}

/** Recounts from the signatures table every 15 minutes and repairs any drift in the count tables. */
const CRONTAB = "*/15 * * * * reconcile-counts ?max=1";

export interface EnqueueOptions {
  /** Deduplicates: a job with the same key replaces a pending one instead of adding another. */
  jobKey?: string;
  maxAttempts?: number;
  runAt?: Date;
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
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 10}::int,
    job_key => ${options.jobKey ?? null}::text
  )`);
}

export interface WorkerDependencies {
  mailer: Mailer;
  db: Db;
}

export function createTaskList(deps: WorkerDependencies): TaskList {
  const sendEmail: Task = async (rawPayload, helpers) => {
    const payload = rawPayload as SendEmailPayload;
    const rendered = await renderEmail(payload.template, payload.props);
    try {
      await deps.mailer.send({ ...rendered, to: payload.to, headers: payload.headers, idempotencyKey: payload.idempotencyKey });
    } catch (error) {
      if (error instanceof EmailSendError && !error.retryable) {
        // Retrying a message the provider rejects as invalid cannot succeed; record it and move on.
        helpers.logger.error(`Email ${payload.idempotencyKey} rejected permanently: ${error.message}`);
        return;
      }
      throw error;
    }
  };
  const reconcileCounts: Task = async (_payload, helpers) => {
    for (const report of await reconcileAllCounts(deps.db)) {
      if (report.before !== report.after) {
        helpers.logger.warn(`Count drift repaired for petition ${report.petitionId}: ${report.before} → ${report.after}`);
      }
    }
    await pruneRateLimits(deps.db);
  };
  return { "send-email": sendEmail, "reconcile-counts": reconcileCounts };
}

/** Installs (or upgrades) graphile-worker's own schema, so web processes can queue jobs before any worker runs. */
export async function installJobSchema(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger });
}

export interface StartWorkerOptions extends WorkerDependencies {
  connectionString: string;
  concurrency: number;
}

export async function startWorker(options: StartWorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency,
    maxPoolSize: options.concurrency + 2,
    // The process owns signal handling and stops the worker in order during shutdown.
    noHandleSignals: true,
    pollInterval: 2_000,
    logger,
    taskList: createTaskList(options),
    crontab: CRONTAB,
  });
}
