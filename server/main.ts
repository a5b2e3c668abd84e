import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import { closeDatabase, connectDatabase } from "~/lib/database.server";
import { createMailer } from "~/lib/email.server";
import { startCountingLoop } from "~/lib/counting.server";
import { startWorker } from "~/lib/jobs.server";
import { getOrCreateSecret } from "~/lib/secrets.server";
import { createApp } from "./app";
import { DatabaseHealth, dedicatedHealthCheck } from "./database-health";
import { loadEnv, prepareDatabase } from "./boot";
import { isDatabaseUnavailable } from "~/lib/database-errors";
import { log, logError, logWorkerRestart, surviveDatabaseOutages } from "./log";

/** Where `react-router build` wrote the app (BUILD_DIR lets several test runs share a checkout). */
const BUILD_DIR = path.resolve(process.env.BUILD_DIR ?? "build");
/** How long in-flight requests may take to finish after a shutdown signal. */
const DRAIN_TIMEOUT_MS = 10_000;

async function main() {
  surviveDatabaseOutages(isDatabaseUnavailable);
  const env = loadEnv();
  const database = await prepareDatabase(env);
  const db = connectDatabase(database.url, { max: env.DATABASE_POOL_SIZE });
  const mailer = createMailer(env, db);
  if (mailer.transport === "outbox") {
    log(`RESEND_API_KEY is not set: no email leaves this machine; messages are kept in the outbox at ${env.APP_URL}/dev/outbox`);
  }
  const worker = env.RUN_WORKER
    ? await startWorker({ connectionString: database.url, concurrency: env.WORKER_CONCURRENCY, mailer, db, onRestart: logWorkerRestart })
    : null;
  const counting = env.RUN_WORKER ? startCountingLoop(db, undefined, (error) => logError("Counting failed", error)) : null;

  let build: ServerBuild | (() => Promise<ServerBuild>);
  let vite: import("vite").ViteDevServer | undefined;
  if (env.isDevelopment) {
    const { createServer } = await import("vite");
    vite = await createServer({ server: { middlewareMode: true }, appType: "custom" });
    const devServer = vite;
    build = () => devServer.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
  } else {
    const buildPath = path.join(BUILD_DIR, "server/index.js");
    build = (await import(pathToFileURL(buildPath).href).catch((error: unknown) => {
      throw new Error(`Cannot load ${buildPath}; run \`npm run build\` first (${(error as Error).message})`);
    })) as ServerBuild;
  }

  const ipHashKey = await getOrCreateSecret(db, "ip-hash-key");
  const probe = dedicatedHealthCheck(database.url);
  const health = new DatabaseHealth(probe.check, (up) => (up ? log("Database reachable again") : logError("Database unreachable: answering 503")));
  health.start();
  const app = createApp({ health, env, db, mailer, ipHashKey, build, vite, clientDir: path.join(BUILD_DIR, "client") });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(env.PORT, env.HOST, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  log(`Listening on ${env.APP_URL} (${env.NODE_ENV}${worker ? ", with the job worker" : ""})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logError(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: no new requests; finishing the ones in flight`);
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
    await drained;
    clearTimeout(timer);
    health.stop();
    await probe.close();
    await vite?.close();
    await counting?.stop();
    await worker?.stop();
    await closeDatabase(db);
    await database.stop();
    log("Stopped cleanly");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  logError("Could not start", error);
  if (process.env.NODE_ENV === "development" && error instanceof Error) console.error(error.stack);
  process.exit(1);
});
