import { closeDatabase, connectDatabase } from "~/lib/database.server";
import { createMailer } from "~/lib/email.server";
import { startCountingLoop } from "~/lib/counting.server";
import { startWorker } from "~/lib/jobs.server";
import { loadEnv, prepareDatabase } from "./boot";
import { isDatabaseUnavailable } from "~/lib/database-errors";
import { log, logError, logWorkerRestart, surviveDatabaseOutages } from "./log";

/** A standalone job worker: run as many as the load needs beside the web processes. */
async function main() {
  surviveDatabaseOutages(isDatabaseUnavailable);
  const env = loadEnv();
  const database = await prepareDatabase(env);
  const db = connectDatabase(database.url, { max: 3, name: "harm-reduction-worker" });
  const mailer = createMailer(env, db);
  const worker = await startWorker({ connectionString: database.url, concurrency: env.WORKER_CONCURRENCY, mailer, db, onRestart: logWorkerRestart });
  const counting = startCountingLoop(db, undefined, (error) => logError("Counting failed", error));
  log(`Worker running (concurrency ${env.WORKER_CONCURRENCY}, email via ${mailer.transport})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}: finishing running jobs`);
    await counting.stop();
    await worker.stop();
    await closeDatabase(db);
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  await worker.promise;
}

main().catch((error: unknown) => {
  logError("Worker stopped", error);
  process.exit(1);
});
