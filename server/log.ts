/** Process-level messages: one line each, prefixed so they stand out from PostgreSQL's. */
export function log(message: string): void {
  console.log(`[app ${new Date().toISOString()}] ${message}`);
}

export function logError(message: string, error?: unknown): void {
  console.error(`[app ${new Date().toISOString()}] ${message}${error ? `: ${error instanceof Error ? error.message : String(error)}` : ""}`);
}

/** The job runner died (usually a database restart) and is being started again. */
export function logWorkerRestart(error: unknown, attempt: number): void {
  if (attempt === 1 || attempt % 10 === 0) logError(`Job runner stopped; starting it again (attempt ${attempt})`, error);
}

/**
 * postgres.js (3.4.x) can write to a connection's socket after it closed and
 * throw a TypeError from a timer or an unobserved promise (porsager/postgres
 * #1154, #1208). It happens only when PostgreSQL drops connections; the pool
 * replaces the connection, so it is an outage symptom, not a bug of ours.
 */
export function isPostgresSocketRace(error: unknown): boolean {
  return error instanceof TypeError && /reading 'write'/.test(error.message) && /postgres[\\/]src[\\/]connection\.js/.test(error.stack ?? "");
}

/**
 * graphile-worker lets some promises reject unobserved when PostgreSQL goes away
 * mid-job (failing a job over a dead connection), and postgres.js has the race
 * above. Node would exit on them; an outage is not a reason to die, since the
 * pools reconnect and the worker is restarted once the database is back.
 * Anything else still ends the process, as it should.
 */
export function surviveDatabaseOutages(isDatabaseUnavailable: (error: unknown) => boolean): void {
  const outageSymptom = (error: unknown) => isDatabaseUnavailable(error) || isPostgresSocketRace(error);
  process.on("unhandledRejection", (reason) => {
    if (outageSymptom(reason)) {
      logError("Database connection lost in a background task", reason);
      return;
    }
    logError("Unhandled rejection", reason);
    if (reason instanceof Error && reason.stack) console.error(reason.stack);
    process.exit(1);
  });
  process.on("uncaughtException", (error) => {
    if (outageSymptom(error)) {
      logError("Database connection lost while writing to it", error);
      return;
    }
    logError("Uncaught exception", error);
    if (error.stack) console.error(error.stack);
    process.exit(1);
  });
}
